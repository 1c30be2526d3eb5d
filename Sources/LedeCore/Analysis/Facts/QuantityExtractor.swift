/// Finds counts, amounts, percentages, measures and scores, with their hedge ("more than"), the counted noun
/// ("civilians") and what happened to it ("killed").
///
/// It is called only at number tokens and number words; everything else is a look at the few tokens around.
/// Dates, times, years, labels ("Section 3"), ordinals and phone-like strings are refused here, and numbers
/// inside the time tagger's expressions never reach it.
struct QuantityExtractor {
    let t: FactTokens
    let context: AnalysisContext
    let mentions: MentionIndex
    private(set) var facts: [Fact] = []
    /// The counted noun of the last quantity, for "injured 35 more" and "a third of them".
    private var lastWhat: (sentence: TextRange, what: String)?
    /// The blocks: "the number" goes back to a figure of its own paragraph.
    private let blocks: BlockIndex

    init(tokens: FactTokens, context: AnalysisContext, mentions: MentionIndex) {
        self.t = tokens
        self.context = context
        self.mentions = mentions
        self.blocks = BlockIndex(context.article.blocks, scalars: tokens.scalars)
    }

    private typealias L = QuantityLexicon

    /// Looks at the number starting at token `i`; returns the index to continue scanning from.
    mutating func consider(_ i: Int) -> Int {
        var value: Double
        var end: Int
        var atLeast = false, isFraction = false
        let isDigits = t.tokens[i].kind == .number
        if isDigits {
            guard let v = NumberParser.digits(t.scalars, t.tokens[i].range) else { return i + 1 }
            if let next = refusedDigits(i, v) { return next }
            value = v
            end = i + 1
        } else {
            guard let r = NumberParser.words(t, at: i) else { return i + 1 }
            // A capitalised number word inside a sentence is part of a name: "Top Ten", "Ocean's Eleven".
            if t.isCapitalized(i) && !isSentenceStart(i) && t.keys[i] != Keys.a && t.keys[i] != Keys.an {
                return r.end
            }
            value = r.value
            end = r.end
            atLeast = r.atLeast
            isFraction = r.isFraction
        }
        if L.months.contains(t.key(end)) || L.timeUnits.contains(t.key(end)) || L.clockWords.contains(t.key(end)) {
            return end
        }

        // Scores and ranges: "1 – 0", "74–25", "10-15 people".
        var score: String?
        var approx: String?
        if isDigits, let (second, dashEnd) = dashedPair(i) {
            if isScore(after: dashEnd) {
                score = t.text(from: i, through: dashEnd - 1)
            } else {
                approx = "between"
                _ = second
            }
            end = dashEnd
        }

        // Money, percentages and measures.
        var first = i
        var unit: String?
        if isDigits && score == nil {
            if t.isPunctuation(i - 1), let c = L.currency(symbol: t.first(i - 1)) {
                unit = c
                first = i - 1
                if c == "USD", t.isWord(i - 2), t.touching(i - 2, i - 1), let p = L.dollarPrefixes[t.keys[i - 2]] {
                    unit = p
                    first = i - 2
                }
            }
            if let (s, e) = NumberParser.scale(after: t, end, currency: unit != nil) {
                value *= s
                end = e
            }
        }
        if score == nil && !isFraction && !atLeast {
            if let (u, e) = unitAfter(end) {
                if unit == nil || u.hasPrefix("per") { unit = u }
                end = e
            } else if unit == nil, let c = L.currencyWords[t.key(end)] {
                unit = c
                end += 1
            }
        }
        if L.timeUnits.contains(t.key(end)) { return end }
        // A word glued to the number that is no unit: "640px", "27quasi-state", markup and footnotes.
        if t.isWord(end) && t.touching(end - 1, end) { return end + 1 }

        // A hedge after: "107 or more", "20 or so", "ten or fewer".
        if approx == nil && score == nil && t.key(end) == Self.or, let a = L.trailingApproximations[t.key(end + 1)] {
            approx = a
            end += 2
        }
        // The hedge before: "more than", "at least", "approximately".
        if approx == nil, let (text, start) = approximation(before: first) {
            approx = text
            first = start
        }
        if approx == nil && atLeast { approx = "at least" }

        // What is counted, and what happened to it.
        let sentence = context.sentence(containing: t.start(i)) ?? TextRange(t.start(first), t.end(end - 1))
        var whatEnd = end
        var what: String?
        var back = false
        var whatFrom = "the noun after it"
        if unit == nil && score == nil {
            (what, whatEnd, back) = countedNoun(from: end, before: sentence.end)
            // Counts of more than one are plural and one is singular: "16 Email" is a footnote and
            // "one Immortals" a title, not counts.
            if what != nil && !isFraction && (value != 1) != isPluralNoun(whatEnd - 1) {
                what = nil
                whatEnd = end
            }
            // A number inside a name: "Movimento 5 Stelle", "Guccifer 2.0", "Windows 10".
            if isDigits && t.isCapitalized(i - 1) && !isSentenceStart(i - 1) && approx == nil
                && !(what != nil && isPluralNoun(whatEnd - 1) && !t.isCapitalized(end)) { return end }
        }
        if what == nil && back, let last = lastWhat, last.sentence == sentence {
            what = last.what
            whatFrom = "what the figure before counted"
        }
        // "Five things we learned", "three ways to": nouns that count nothing a reader can check.
        if let w = what, L.vagueNouns.contains(t.key(whatEnd - 1)), !w.isEmpty {
            what = nil
            whatEnd = end
        }
        // "the number of Americans killed … is less than 100", "estimates the number closer to 40,000".
        if what == nil && unit == nil && score == nil, let counted = countedBefore(first, sentence: sentence) {
            what = counted
            whatFrom = "'the number' before it"
        }
        if !isDigits && value == 1 && (L.oneBlockers.contains(t.key(i + 1)) || (what == nil && unit == nil)) { return end }
        let action = actionBefore(first, sentence: sentence) ?? actionAfter(whatEnd, sentence: sentence)
            ?? what.flatMap { _ in L.actions[t.key(whatEnd - 1)] }
        // A number in words with no counted noun or unit stands only with a hedge or an action: "more than a
        // thousand", "killing all six aboard".
        if !isDigits && unit == nil && what == nil && score == nil && !(approx != nil && value >= 10) && action == nil {
            return end
        }
        // "One Rohingya, Muhammad Amin, …": a lone "one" without a hedge, action or unit is a determiner, not a count.
        if !isDigits && value == 1 && approx == nil && action == nil && unit == nil { return end }

        // "… 10 rare pygmy whales on Ninety Mile beach, 51 stranded and dead": with an action but no noun, the
        // figure counts what the one before it in the sentence counted; with neither, what happened to people.
        if what == nil && unit == nil && score == nil && action != nil {
            if let last = lastWhat, last.sentence == sentence {
                what = last.what
                whatFrom = "what the figure before counted"
            } else if !L.peopleActions.contains(action!) {
                return end
            }
        }
        // A figure needs something counted: a noun, a unit, a score or an action. "less than 100" and "tens of
        // thousands" alone count nothing.
        // "attracting thousands", "drew hundreds": a vague count as a verb's object still counts people.
        let object = !isDigits && approx != nil && t.isWord(first - 1) && ScalarClass.isLower(t.first(first - 1))
            && isVerbForm(first - 1)
        if what == nil && unit == nil && score == nil && action == nil && !object { return end }

        let range = TextRange(t.start(first), t.end(max(whatEnd, end) - 1))
        var fact = Fact(kind: .quantity, range: range, sentence: sentence, entities: mentions.ids(in: range))
        fact.value = isFraction ? NumberParser.rounded(value) : value
        fact.approx = approx
        fact.what = what
        fact.action = action
        fact.unit = unit
        fact.score = score
        if context.options.explain {
            var why: [String] = []
            if let w = what { why.append("counts \(w): \(whatFrom)") }
            if let a = action { why.append("action: \(a)") }
            if let a = approx { why.append("hedge: \(a)") }
            fact.explanation = Explanation(rule: score != nil ? "figure-score" : unit != nil ? "figure-unit" : "figure", why: why)
        }
        facts.append(fact)
        if let w = what { lastWhat = (sentence, w) }
        return end
    }

    /// What "the number", "the total" or "the toll" before the figure counts: the noun after its "of" ("the number
    /// of Americans killed"), else what the last figure of the paragraph counted ("about 100,000 Greeks … the
    /// number closer to 40,000").
    private func countedBefore(_ first: Int, sentence: TextRange) -> String? {
        var k = first - 1
        while k >= 0 && t.start(k) >= sentence.start && first - k <= 14 {
            if L.countNouns.contains(t.key(k)) {
                if t.key(k + 1) == Keys.of {
                    var j = k + 2
                    while L.determiners.contains(t.key(j)) { j += 1 }
                    let (w, _, _) = countedNoun(from: j, before: t.start(first))
                    return w
                }
                if let last = lastWhat, blocks.index(last.sentence.start) == blocks.index(sentence.start) { return last.what }
                // "the death toll would have been more than a thousand": the figure it stands for.
                let modifier = k > 0 && t.isWord(k - 1) && ScalarClass.isLower(t.first(k - 1)) && !L.stopWords.contains(t.key(k - 1))
                    && !L.determiners.contains(t.key(k - 1))
                return t.text(from: modifier ? k - 1 : k, through: k)
            }
            k -= 1
        }
        return nil
    }

    // MARK: Dates, times and labels

    /// Where to continue when the digits at `i` are not a quantity; nil when they may be one.
    private func refusedDigits(_ i: Int, _ v: Double) -> Int? {
        let prev = t.key(i - 1), next = t.key(i + 1)
        // Day numbers and years next to a month: "January 21", "21 January", "Jan. 21", "March 6, 2025".
        if L.months.contains(prev) || L.months.contains(next) { return i + 1 }
        if t.isMark(i - 1, ".") && L.months.contains(t.key(i - 2)) { return i + 1 }
        if L.clockWords.contains(next) { return i + 1 }
        // Labels: "Section 3", "No. 10", "§ 4", "#2", footnotes "[12]".
        if L.labels.contains(prev) || (t.isMark(i - 1, ".") && L.labels.contains(t.key(i - 2))) {
            // "pp. 27–29", "Section 3-4": the range is a label too.
            return t.isPunctuation(i + 1) && FactTokens.isDash(t.first(i + 1)) && t.isNumber(i + 2) ? i + 3 : i + 1
        }
        if t.isMark(i - 1, "#") || t.isMark(i - 1, "§") || t.isMark(i - 1, "¶") || t.isMark(i - 1, "+") {
            return t.isPunctuation(i + 1) && FactTokens.isDash(t.first(i + 1)) && t.isNumber(i + 2) ? i + 3 : i + 1
        }
        if t.isMark(i - 1, "[") && t.isMark(i + 1, "]") { return i + 2 }
        // List numbering at the start of a block or sentence: "1." "2)".
        if (t.isMark(i + 1, ".") || t.isMark(i + 1, ")")) && t.touching(i, i + 1)
            && (i == 0 || context.sentence(containing: t.start(i))?.start == t.start(i)) { return i + 2 }
        // Phone-like: "(02) 9876 5432", "212 555 0100".
        if t.isMark(i - 1, "(") && t.isMark(i + 1, ")") && t.isNumber(i + 2) { return i + 3 }
        if t.isNumber(i + 1) {
            var k = i
            while t.isNumber(k + 1) { k += 1 }
            return k + 1
        }
        // Chains of three or more numbers: ISO dates, phone numbers, versions ("2025-01-21", "555-123-4567").
        if joined(i, i + 1), t.isNumber(i + 2), joined(i + 2, i + 3), t.isNumber(i + 4) {
            var k = i + 4
            while joined(k, k + 1) && t.isNumber(k + 2) { k += 2 }
            return k + 1
        }
        if t.isMark(i + 1, "/") && t.isNumber(i + 2) && t.touching(i, i + 1) { return i + 3 }
        // A bare four-digit number from 1000 to 2100 is a year unless a counted noun follows.
        let shape = NumberParser.shape(t.scalars, t.tokens[i].range)
        if shape.plain && shape.digits == 4 && v >= 1000 && v <= 2100 && isYear(i) { return i + 1 }
        return nil
    }

    /// Token `k` is a dash or dot touching the numbers on both sides.
    private func isSentenceStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        if t.isPunctuation(i - 1) && (FactTokens.isQuoteMark(t.first(i - 1)) || t.first(i - 1) == "(") { return true }
        return context.sentence(containing: t.start(i))?.start == t.start(i)
    }

    private func joined(_ k: Int, _ dash: Int) -> Bool {
        t.isPunctuation(dash) && t.touching(k, dash) && t.touching(dash, dash + 1)
            && (FactTokens.isDash(t.first(dash)) || t.first(dash) == ".")
    }

    private func isYear(_ i: Int) -> Bool {
        let prev = t.key(i - 1)
        if L.yearContext.contains(prev) || L.months.contains(prev) { return true }
        if t.isMark(i - 1, ",") && t.isNumber(i - 2) && L.months.contains(t.key(i - 3)) { return true }
        if t.isMark(i - 1, "(") || t.isMark(i - 1, "\u{2019}") || t.isMark(i - 1, "'") { return true }
        let n = i + 1
        guard t.isWord(n) else { return true }
        // "2000 people" counts; "her 1987 duet", "the 2018 World Cup" are years.
        return t.isCapitalized(n) || !isPluralNoun(n) || L.stopWords.contains(t.key(n))
    }

    // MARK: Scores and units

    /// "74–25", "1 – 0", "3-1": a dash between two numbers, spaced on both sides or on neither.
    /// Returns the second number and the index after it.
    private func dashedPair(_ i: Int) -> (Int, Int)? {
        let d = i + 1, b = i + 2
        guard t.isPunctuation(d), FactTokens.isDash(t.first(d)), t.tokens[d].range.length == 1, t.isNumber(b) else {
            return nil
        }
        let tight = t.touching(i, d) && t.touching(d, b)
        let spaced = !t.touching(i, d) && !t.touching(d, b)
        guard tight || spaced else { return nil }
        let sa = NumberParser.shape(t.scalars, t.tokens[i].range), sb = NumberParser.shape(t.scalars, t.tokens[b].range)
        guard sa.plain && sb.plain && sa.digits <= 3 && sb.digits <= 3 else { return nil }
        return (b, b + 1)
    }

    /// A score is followed by punctuation, a capitalised name or a word of the match, not by a counted noun.
    private func isScore(after k: Int) -> Bool {
        guard t.isWord(k) else { return true }
        if t.isCapitalized(k) || L.stopWords.contains(t.key(k)) { return true }
        return Self.scoreWords.contains(t.key(k))
    }

    private static let scoreWords: Set<UInt64> = WordKey.set([
        "win", "victory", "defeat", "loss", "lead", "draw", "margin", "scoreline", "vote", "decision", "ruling",
        "result", "home", "away", "aggregate", "final", "up", "down",
    ])

    /// A unit right after the number: "%", "percent", "per cent", "percentage points", "km", "square miles".
    private func unitAfter(_ k: Int) -> (String, Int)? {
        if t.isMark(k, "%") { return ("percent", k + 1) }
        if t.isMark(k, "°") {
            if t.isWord(k + 1) && t.touching(k, k + 1) {
                let c = t.first(k + 1)
                if c == "C" || c == "F" { return ("°" + String(c), k + 2) }
            }
            return ("degrees", k + 1)
        }
        guard t.isWord(k) else { return nil }
        let key = t.keys[k]
        if key == Self.percent || key == Self.pct { return ("percent", k + 1) }
        if key == Keys.per && t.key(k + 1) == Keys.cent { return ("percent", k + 2) }
        if key == Keys.percentage && t.key(k + 1) == Keys.points { return ("percentage points", k + 2) }
        if key == Self.square, let m = L.measures[t.key(k + 1)] { return ("sq " + m, k + 2) }
        if let m = L.measures[key] {
            // "km/h"
            if m == "km" && t.isMark(k + 1, "/") && t.isWord(k + 2) && t.text(k + 2).lowercased() == "h" { return ("km/h", k + 3) }
            return (m, k + 1)
        }
        return nil
    }

    private static let percent = WordKey.of("percent")
    private static let pct = WordKey.of("pct")
    private static let square = WordKey.of("square")

    // MARK: Hedges, counted nouns, actions

    /// The hedge phrase ending right before token `i`: its text and first token.
    private func approximation(before i: Int) -> (String, Int)? {
        for (words, text) in L.approximations {
            let s = i - words.count
            guard s >= 0 else { continue }
            var ok = true
            for (k, w) in words.enumerated() where t.key(s + k) != w { ok = false; break }
            if ok { return (text, s) }
        }
        return nil
    }

    /// The counted noun after the number: "civilians", "Israeli soldiers", "people" (after "of", "more").
    /// `back` is set for "35 more" and "a third of them", which count the noun counted just before.
    private func countedNoun(from k0: Int, before limit: Int) -> (what: String?, end: Int, back: Bool) {
        var k = k0
        var back = false
        if t.key(k) == Keys.of && t.isWord(k + 1) {
            if L.backReferences.contains(t.key(k + 1)) { return (nil, k + 2, true) }
            k += 1
            while L.determiners.contains(t.key(k)) { k += 1 }
        }
        if L.moreWords.contains(t.key(k)) && !t.isMark(k + 1, "'") {
            k += 1
            back = true
        }
        let first = k
        var last = -1
        while k < t.count && k - first < 3 && t.isWord(k) && t.end(k) <= limit {
            let key = t.keys[k]
            if isVerbForm(k) || (k > first && isAdverb(k)) { break }
            if L.stopWords.contains(key) || L.timeUnits.contains(key) || L.months.contains(key) { break }
            if k > first && t.isCapitalized(k) && !t.isCapitalized(k - 1) { break }
            if L.actions[key] != nil && (k > first || isVerbForm(k)) { break }
            last = k
            k += 1
            if isPluralNoun(last) { break }
        }
        guard last >= first else { return (nil, back ? first : k0, back) }
        return (t.text(from: first, through: last), last + 1, false)
    }

    private func isVerbForm(_ k: Int) -> Bool {
        let r = t.tokens[k].range
        guard r.length > 3 else { return false }
        let a = t.scalars[r.end - 2], b = t.scalars[r.end - 1]
        if a == "e" && b == "d" { return true }
        return r.length > 4 && t.scalars[r.end - 3] == "i" && a == "n" && b == "g"
    }

    private func isAdverb(_ k: Int) -> Bool {
        let r = t.tokens[k].range
        return r.length > 4 && t.scalars[r.end - 2] == "l" && t.scalars[r.end - 1] == "y"
    }

    private func isPluralNoun(_ k: Int) -> Bool {
        guard t.isWord(k) else { return false }
        let r = t.tokens[k].range
        let last = t.scalars[r.end - 1]
        if (last == "s" || last == "S") && r.length > 2 && t.scalars[r.end - 2] != "s" && t.scalars[r.end - 2] != "u"
            && t.scalars[r.end - 2] != "'" && t.scalars[r.end - 2] != "\u{2019}" { return true }
        return Self.irregularPlurals.contains(t.keys[k])
    }

    private static let irregularPlurals: Set<UInt64> = WordKey.set([
        "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep", "fish", "deer",
        "crew", "militia", "youth", "feet", "teeth", "mice", "geese", "people's", "folk", "livestock", "aircraft",
    ])

    /// An action word shortly before the number: "injured 35", "the release of 33", "claimed the lives of six".
    private func actionBefore(_ first: Int, sentence: TextRange) -> String? {
        var k = first - 1
        var steps = 0
        while k >= 0 && steps < 5 && t.start(k) >= sentence.start {
            if t.isNumber(k) || t.isClauseBreak(k) { return nil }
            let key = t.keys[k]
            if key == Keys.lives {
                var v = k - 1
                if L.determiners.contains(t.key(v)) { v -= 1 }
                if let a = L.lifeVerbs[t.key(v)] { return a }
            }
            if let a = L.actions[key] { return a }
            if key == Keys.and || key == Keys.that || key == Keys.who { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// A verb after the counted noun: "were killed", "are still being held", "were taken hostage",
    /// ", most of whom were civilians, lost their lives".
    private func actionAfter(_ start: Int, sentence: TextRange) -> String? {
        var k = start
        var steps = 0
        var skippedAside = false
        while k < t.count && steps < 8 && t.end(k) <= sentence.end {
            if t.isMark(k, ",") && !skippedAside {
                // Skip one aside between commas.
                var c = k + 1
                while c < t.count && c - k < 9 && !t.isMark(c, ",") && !t.isClauseBreak(c) { c += 1 }
                guard c < t.count && t.isMark(c, ",") && c - k < 9 else { return nil }
                skippedAside = true
                k = c + 1
                continue
            }
            if t.isClauseBreak(k) || t.isNumber(k) { return nil }
            let key = t.keys[k]
            if L.takeVerbs.contains(key) && (t.key(k + 1) == Keys.hostage || t.key(k + 1) == Self.captive) {
                return "taken hostage"
            }
            if let a = L.lifeVerbs[key], L.determiners.contains(t.key(k + 1)) && t.key(k + 2) == Keys.lives {
                return a
            }
            if let a = L.actions[key] { return a }
            if !L.auxiliaries.contains(key) { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    private static let captive = WordKey.of("captive")
    private static let or = WordKey.of("or")
}
