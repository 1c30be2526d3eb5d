/// Finds the clause a date belongs to and cuts it to subject and predicate, for the timeline.
///
/// No parser: a sentence is cut into segments at commas, semicolons, colons and dashes (never inside the
/// date itself), and a segment "has a verb" when it holds an auxiliary, an "-ed" form or a common irregular
/// past. The date's segment is the event when it has a verb; a leading verbless segment ("On the same day as
/// his resignation,") hands over to the clause after it, a trailing one ("effective March 6, 2025") to the
/// clause before it, and "Hamas' surprise attack on October 7, 2023" inside a verbless segment names its own
/// event. A clause that opens with its verb or with "who"/"which" takes its subject from the segment before
/// ("Lt. Gen. Herzi Halevi, announced ..." gives "Herzi Halevi announced his resignation").
struct SummaryExtractor {
    let context: AnalysisContext

    /// The event clause's range and its summary.
    struct Event {
        var range: TextRange
        var summary: String
    }

    static let maxWords = 12

    static let verbs = WordSet([
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
        "might", "must", "shall", "should", "do", "does", "did", "began", "begins", "came", "went", "took", "made",
        "won", "lost", "met", "left", "held", "saw", "gave", "got", "ran", "fell", "found", "became", "led", "sent",
        "spoke", "wrote", "brought", "thought", "felt", "kept", "struck", "sank", "said", "says", "told", "remains",
        "remain", "announces", "launches", "resigns", "dies", "died", "takes", "begin", "start", "starts", "ends",
        "fled", "hit", "shot", "quit", "rose", "sold", "paid", "heard", "built", "fought", "caught", "bought", "comes",
        "occurred", "happened", "opened", "closed",
    ])

    static let notVerbs = WordSet([
        "need", "red", "bed", "shed", "speed", "seed", "feed", "breed", "hundred", "indeed", "united", "limited",
        "advanced", "based", "related", "interested", "concerned", "armed", "alleged", "unprecedented", "detailed",
        "renewed", "expected", "intended", "supposed", "proposed", "planned", "scheduled", "so-called",
        "coordinated", "sustained", "widespread",
    ])

    static let relativeWords = WordSet(["who", "which", "that", "whose", "whom"])
    static let functionWords = WordSet(["and", "or", "the", "a", "an", "to", "with", "of", "but"])
    static let nounPrepositions = WordSet(["on", "in", "of", "at"])
    static let nounStops = WordSet(["with", "for", "to"])
    static let asWord = WordSet(["as"])
    static let ofWord = WordSet(["of"])

    static let titles = WordSet([
        "lt", "gen", "col", "maj", "capt", "sgt", "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "pres",
        "president", "prime", "minister", "general", "lieutenant", "chief", "secretary", "king", "queen", "judge",
        "senator", "governor", "mayor", "pope", "sir", "rev", "adm", "admiral", "colonel", "major", "captain",
    ])

    static let leadWords = WordSet([
        "on", "in", "at", "since", "by", "as", "of", "from", "until", "till", "effective", "during", "around",
        "before", "after", "through", "throughout", "about", "circa", "starting", "beginning", "dated",
    ])

    /// Whether token `k` is one of `words`.
    func isWord(_ k: Int, _ words: WordSet) -> Bool {
        k >= 0 && k < context.tokens.count && words.contains(context.scalars, context.tokens[k].range)
    }

    func isBoundary(_ k: Int) -> Bool {
        let t = context.tokens[k]
        guard t.kind == .punctuation, t.range.length == 1 else { return false }
        let c = context.scalars[t.range.start]
        return c == "," || c == ";" || c == ":" || c == "\u{2014}" || c == "\u{2013}"
    }

    func isVerb(_ k: Int) -> Bool {
        let t = context.tokens[k]
        guard t.kind == .word else { return false }
        if isWord(k, SummaryExtractor.verbs) { return true }
        if isWord(k, SummaryExtractor.notVerbs) { return false }
        return t.range.length >= 5 && WordSet.hasSuffix(context.scalars, t.range, "ed")
            && ScalarClass.isLower(context.scalars[t.range.start])
    }

    /// The event around the time expression at `time` (tokens `timeTokens`) in sentence `sentence` (tokens).
    func event(timeTokens: Range<Int>, sentence: Range<Int>) -> Event {
        // A Chinese or Japanese sentence is its own summary: the clause cutter reads English commas and verbs,
        // and a Japanese verb ends its sentence, after every comma.
        if isCJK(timeTokens) {
            var end = sentence.upperBound
            while end > sentence.lowerBound + 1, context.tokens[end - 1].kind == .punctuation,
                  SentenceSplitter.isCJKStop(context.scalars[context.tokens[end - 1].range.start]) { end -= 1 }
            let span = tokenSpan(sentence.lowerBound..<end)
            return Event(range: span, summary: context.string(span))
        }
        // Segments of the sentence, as token ranges, with the date's own commas kept inside.
        var segments: [Range<Int>] = []
        var start = sentence.lowerBound
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            if isBoundary(k) && !timeTokens.contains(k) {
                if k > start { segments.append(start..<k) }
                start = k + 1
            }
            k += 1
        }
        if sentence.upperBound > start { segments.append(start..<sentence.upperBound) }
        guard let home = segments.firstIndex(where: { $0.contains(timeTokens.lowerBound) }) else {
            return Event(range: tokenSpan(timeTokens), summary: context.string(tokenSpan(timeTokens)))
        }
        let hasVerb = segments.map { seg in seg.contains { isVerb($0) && !timeTokens.contains($0) } }

        // A verbless segment in which the date hangs off a noun: "Hamas' surprise attack on October 7, 2023".
        if !hasVerb[home], home > 0, let np = nounBefore(timeTokens.lowerBound, in: segments[home]) {
            return Event(range: tokenSpan(np.lowerBound..<timeTokens.upperBound), summary: text(Array(np)))
        }
        var first = home, last = home
        var forward = false
        if !hasVerb[home] {
            if home == 0 || segments[home].lowerBound == sentence.lowerBound {
                while last + 1 < segments.count && !hasVerb[last] { last += 1 }
                forward = true
            } else {
                while first > 0 && !hasVerb[first] { first -= 1 }
            }
        }
        let clause = segments[first].lowerBound..<segments[last].upperBound
        var predicate: [Int] = []
        var p = segments[first].lowerBound
        // The clause's own words, without the date and the word that introduces it, nor parentheses.
        var depth = 0
        while p < clause.upperBound {
            let c = context.scalars[context.tokens[p].range.start]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 {
                if !timeTokens.contains(p) && !(p + 1 == timeTokens.lowerBound && isWord(p, SummaryExtractor.leadWords))
                    && !(p + 2 == timeTokens.lowerBound && isWord(p, SummaryExtractor.asWord) && isWord(p + 1, SummaryExtractor.ofWord))
                    && !(p + 1 == timeTokens.lowerBound && isWord(p, SummaryExtractor.ofWord) && isWord(p - 1, SummaryExtractor.asWord)) {
                    predicate.append(p)
                }
            }
            p += 1
        }
        // Leading verbless segments ("On the same day as his resignation") are not part of the summary; a date
        // inside its clause ends the summary ("had assumed command ... in January 2023 with the intention ...").
        if forward && first < last {
            var f = first
            while f < last && !hasVerb[f] { f += 1 }
            let from = segments[f].lowerBound
            predicate = predicate.filter { $0 >= from }
        }
        else if predicate.contains(where: { $0 < timeTokens.lowerBound && isVerb($0) }) {
            predicate = predicate.filter { $0 < timeTokens.lowerBound }
        }
        // Drop boundary punctuation inside the merged clause.
        predicate = predicate.filter { !isBoundary($0) }
        var subject: [Int] = []
        if let firstWord = predicate.first {
            let opensWithVerb = isVerb(firstWord)
            let relative = isWord(firstWord, SummaryExtractor.relativeWords)
            if (opensWithVerb || relative), let s = subjectBefore(segmentIndex: first, segments: segments) {
                subject = s
            }
            if relative { predicate.removeFirst() }
        }
        var words = subject + predicate
        // Stop at the first boundary after the verb, and keep it short.
        if words.count > SummaryExtractor.maxWords { words = Array(words.prefix(SummaryExtractor.maxWords)) }
        while let l = words.last, isWord(l, SummaryExtractor.leadWords) || isFunctionWord(l) { words.removeLast() }
        let range = tokenSpan(clause.lowerBound..<max(clause.upperBound, timeTokens.upperBound))
        return Event(range: range, summary: text(words))
    }

    /// The date is written in CJK ("2007年9月26日", "今年", "9時"): the token after its first is CJK.
    func isCJK(_ timeTokens: Range<Int>) -> Bool {
        let k = min(timeTokens.lowerBound + 1, timeTokens.upperBound - 1)
        let c = context.scalars[context.tokens[k].range.start]
        return c.value >= ScalarClass.cjkStart && ScalarClass.cjkKind(c) != nil
    }

    func isFunctionWord(_ k: Int) -> Bool {
        isWord(k, SummaryExtractor.functionWords) || context.tokens[k].kind == .punctuation
    }

    /// A noun phrase right before "on"/"in" + the date, back to the previous preposition or verb.
    func nounBefore(_ timeStart: Int, in segment: Range<Int>) -> Range<Int>? {
        let prep = timeStart - 1
        guard prep > segment.lowerBound, isWord(prep, SummaryExtractor.nounPrepositions) else { return nil }
        var b = prep
        while b - 1 >= segment.lowerBound {
            if context.tokens[b - 1].kind == .punctuation && !ScalarClass.isApostrophe(context.scalars[context.tokens[b - 1].range.start]) { break }
            if isWord(b - 1, SummaryExtractor.leadWords) || isVerb(b - 1)
                || WordSet.hasSuffix(context.scalars, context.tokens[b - 1].range, "ing")
                || isWord(b - 1, SummaryExtractor.nounStops) { break }
            b -= 1
        }
        return b < prep ? b..<prep : nil
    }

    /// The subject for a clause that opens with its verb or a relative pronoun: the nearest verbless segment
    /// before it, titles left out; an entity's name when one is mentioned there.
    func subjectBefore(segmentIndex: Int, segments: [Range<Int>]) -> [Int]? {
        guard segmentIndex > 0 else { return nil }
        let seg = segments[segmentIndex - 1]
        if seg.contains(where: { isVerb($0) }) { return nil }
        var words = Array(seg)
        while let f = words.first, context.tokens[f].kind != .word || isWord(f, SummaryExtractor.titles)
            || (f + 1 < context.tokens.count && isPunct(f + 1, ".") && context.tokens[f].range.length <= 4
                && ScalarClass.isUpper(context.scalars[context.tokens[f].range.start])) {
            words.removeFirst()
            if let g = words.first, isPunct(g, ".") { words.removeFirst() }
        }
        return words.isEmpty || words.count > 8 ? nil : words
    }

    func isPunct(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        let t = context.tokens[k]
        return t.kind == .punctuation && t.range.length == 1 && context.scalars[t.range.start] == c
    }

    func tokenSpan(_ r: Range<Int>) -> TextRange {
        TextRange(context.tokens[r.lowerBound].range.start, context.tokens[r.upperBound - 1].range.end)
    }

    /// The words joined as written where they touch, with one space where the text had any.
    func text(_ ks: [Int]) -> String {
        var out = String.UnicodeScalarView()
        var prev: Int?
        let s = context.scalars
        for k in ks {
            let r = context.tokens[k].range
            if let p = prev, !(p + 1 == k && context.tokens[p].range.end == r.start) { out.append(" ") }
            out.append(contentsOf: s[r.start..<r.end])
            prev = k
        }
        return String(out)
    }
}
