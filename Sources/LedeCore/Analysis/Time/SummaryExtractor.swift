/// Finds the clause a date belongs to and cuts it to subject and predicate, for the timeline.
///
/// No parser: a sentence is cut into segments at commas, semicolons, colons and dashes (never inside the
/// date itself, nor a dash between numbers), and again at a conjunction that joins two clauses with verbs of
/// their own ("... favored the 767 and we were prepared to move forward ..."). A segment "has a verb" when it
/// holds an auxiliary, an "-ed" form, a common irregular past or participle, a present form not after a
/// determiner ("the bodyshell dates back"), or the word after a subject pronoun ("he plans"). The date's segment
/// is the event when it has a verb; a leading verbless segment ("On the same day as his resignation,") hands
/// over to the clause after it, a trailing one ("effective March 6, 2025") to the clause before it, and
/// "Hamas' surprise attack on October 7, 2023" inside a verbless segment names its own event. A clause that
/// opens with its verb or with "who"/"which" takes its subject from before: the name or first noun phrase of a
/// verbless run ("Lt. Gen. Herzi Halevi, announced", "The automaker, in financial straits, has"), the subject
/// of the clause before ("..., but will now receive"), the noun phrase before the pronoun ("the Ford Falcon,
/// which has been built"). The date and the word introducing it are left out unless the clause needs them
/// ("has a June 1 deadline", "2009 was a pivotal year", "Next year's competition"). A summary is at most
/// `maxWords` words, cut before a phrase rather than inside it, never ending on a function word, and never
/// under three words: then the sentence itself, shortened.
struct SummaryExtractor {
    let context: AnalysisContext
    /// Verb flags of the last sentence asked about: a sentence with many dates is read once, not once a date.
    private let cache = VerbCache()

    final class VerbCache {
        var sentence = 0..<0
        var flags: [Bool] = []
    }

    init(context: AnalysisContext) { self.context = context }

    /// The event clause's range and its summary.
    struct Event {
        var range: TextRange
        var summary: String
        /// The segments the clause was taken from when the date's own segment has no verb ("an increase from
        /// the previous month" borrows "sales volume fell only 17.3% compared to 2008").
        var borrowed: TextRange? = nil
    }

    static let maxWords = 14

    static let verbs = WordSet([
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
        "might", "must", "shall", "should", "do", "does", "did", "began", "begins", "came", "went", "took", "made",
        "won", "lost", "met", "left", "held", "saw", "gave", "got", "ran", "fell", "found", "became", "led", "sent",
        "spoke", "wrote", "brought", "thought", "felt", "kept", "struck", "sank", "said", "says", "told", "remains",
        "remain", "announces", "launches", "resigns", "dies", "died", "takes", "begin", "start", "starts", "ends",
        "fled", "hit", "shot", "quit", "rose", "sold", "paid", "heard", "built", "fought", "caught", "bought", "comes",
        "occurred", "happened", "opened", "closed",
        // Irregular participles ("being given a major facelift", "has been shown").
        "given", "taken", "seen", "done", "known", "shown", "written", "driven", "chosen", "begun", "broken",
        "spoken", "stolen", "fallen", "grown", "thrown", "drawn", "born", "sworn", "risen", "flown", "beaten",
        "forgotten", "gotten", "hidden", "frozen", "ridden", "worn", "torn", "eaten",
    ])

    /// Present forms that are also nouns ("the bodyshell dates back to 1998", "the plans"): verbs unless a
    /// determiner comes before them.
    static let presentVerbs = WordSet([
        "dates", "plans", "claims", "expects", "wants", "hopes", "needs", "faces", "seeks", "holds", "includes",
        "calls", "shows", "makes", "gives", "goes", "gets", "adds", "denies", "insists", "believes", "turns",
        "serves", "marks", "leads", "owns", "runs", "sees", "knows", "lives", "works", "stands", "keeps", "means",
        "becomes", "continues", "agrees", "offers", "follows", "reports", "warns", "urges", "owes", "costs",
        "returns", "moves", "signs", "lists", "wins", "loses", "meets",
    ])

    static let subjectPronouns = WordSet(["he", "she", "it", "they", "we", "i", "you"])
    /// Words that follow a subject pronoun without being its verb ("he too was", "they also said").
    static let notAfterPronoun = WordSet([
        "too", "also", "still", "never", "always", "all", "both", "now", "then", "just", "only", "alone", "and",
        "or", "but", "who", "which", "that", "to", "in", "on", "at", "of", "for", "with", "by", "from", "as",
        "is", "s", "not", "themselves", "himself", "herself", "itself", "myself", "ourselves", "yourself",
    ])

    static let notVerbs = WordSet([
        "need", "red", "bed", "shed", "speed", "seed", "feed", "breed", "hundred", "indeed", "united", "limited",
        "advanced", "based", "related", "interested", "concerned", "armed", "alleged", "unprecedented", "detailed",
        "renewed", "expected", "intended", "supposed", "proposed", "planned", "scheduled", "so-called",
        "coordinated", "sustained", "widespread",
    ])

    static let relativeWords = WordSet(["who", "which", "that", "whose", "whom"])
    static let functionWords = WordSet(["and", "or", "the", "a", "an", "to", "with", "of", "but", "then", "than"])
    static let determiners = WordSet(["a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those"])
    /// "GM has until the end of May to restructure": the date is what is had.
    /// "on Sunday night": the part of the day the tagger left after the date goes with it.
    static let partsOfDay = WordSet(["morning", "afternoon", "evening", "night"])
    static let reportingVerbs = WordSet([
        "said", "says", "stated", "states", "announced", "announces", "told", "reported", "reports", "confirmed",
        "revealed", "added", "claimed", "warned", "insisted", "noted", "explained", "wrote", "declared",
    ])
    static let possession = WordSet(["has", "have", "had", "is", "was", "are", "were", "be", "been"])
    /// Words that hedge a date and mean nothing without it ("until at least 2007").
    static let hedges = WordSet(["least", "most", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "early", "mid"])
    static let but = WordSet(["but"])
    static let openingConjunctions = WordSet(["and", "but", "or", "yet", "so", "then"])
    /// Conjunctions that join two clauses, each with its own verb.
    static let clauseConjunctions = WordSet([
        "and", "but", "because", "when", "while", "whereas", "although", "though", "since", "yet",
    ])
    /// Words a shortened summary stops before: they open a phrase the cut would leave unfinished.
    static let phraseOpeners = WordSet([
        "to", "with", "for", "and", "but", "or", "which", "who", "that", "of", "into", "onto", "over", "under",
        "against", "between", "among", "amid", "despite", "without", "via", "because", "when", "while", "where",
        "near", "inside", "outside", "across", "along", "behind", "beyond", "toward", "towards", "up",
    ])
    static let nounPrepositions = WordSet(["on", "in", "of", "at"])
    static let nounStops = WordSet(["with", "for", "to"])
    static let asWord = WordSet(["as"])
    static let ofWord = WordSet(["of"])

    static let titles = WordSet([
        "lt", "gen", "col", "maj", "capt", "sgt", "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "pres",
        "president", "prime", "minister", "general", "lieutenant", "chief", "secretary", "king", "queen", "judge",
        "senator", "governor", "mayor", "pope", "sir", "rev", "adm", "admiral", "colonel", "major", "captain",
    ])

    static let companyTitles = WordSet(["general", "royal", "national"])

    static let leadWords = WordSet([
        "on", "in", "at", "since", "by", "as", "of", "from", "until", "till", "effective", "during", "around",
        "before", "after", "through", "throughout", "about", "circa", "starting", "beginning", "dated", "between",
    ])

    /// Whether token `k` is one of `words`.
    func isWord(_ k: Int, _ words: WordSet) -> Bool {
        k >= 0 && k < context.tokens.count && words.contains(context.scalars, context.tokens[k].range)
    }

    func isBoundary(_ k: Int) -> Bool {
        let t = context.tokens[k]
        guard t.kind == .punctuation, t.range.length == 1 else { return false }
        let c = context.scalars[t.range.start]
        if c == "\u{2013}" || c == "\u{2014}" {
            // "Sweden defeated South Korea 1 – 0": a dash between numbers is a score or a span, no clause break.
            return !(k > 0 && k + 1 < context.tokens.count && context.tokens[k - 1].kind == .number
                     && context.tokens[k + 1].kind == .number)
        }
        return c == "," || c == ";" || c == ":"
    }

    func isVerb(_ k: Int) -> Bool {
        if cache.sentence.contains(k) { return cache.flags[k - cache.sentence.lowerBound] }
        return computeIsVerb(k)
    }

    func cacheVerbs(_ sentence: Range<Int>) {
        guard cache.sentence != sentence else { return }
        cache.sentence = 0..<0
        cache.flags = sentence.map { computeIsVerb($0) }
        cache.sentence = sentence
    }

    func computeIsVerb(_ k: Int) -> Bool {
        let t = context.tokens[k]
        guard t.kind == .word else { return false }
        if isWord(k, SummaryExtractor.verbs) { return true }
        if isWord(k, SummaryExtractor.notVerbs) { return false }
        if isWord(k, SummaryExtractor.presentVerbs) { return !isWord(k - 1, SummaryExtractor.determiners) }
        // "the spending bill ignores an analysis": a present form ending in -s between a noun and a determiner.
        if t.range.length >= 4, ScalarClass.isLower(context.scalars[t.range.start]), WordSet.hasSuffix(context.scalars, t.range, "s"),
           !WordSet.hasSuffix(context.scalars, t.range, "ss"), !WordSet.hasSuffix(context.scalars, t.range, "us"),
           !WordSet.hasSuffix(context.scalars, t.range, "is"), k > 0, k + 1 < context.tokens.count,
           isWord(k + 1, SummaryExtractor.determiners), context.tokens[k - 1].kind != .number,
           !isWord(k - 1, SummaryExtractor.determiners), !isWord(k - 1, SummaryExtractor.leadWords),
           !isWord(k - 1, SummaryExtractor.functionWords) { return true }
        // The word after a subject pronoun is its verb ("he plans to meet"), unless an adverb comes between.
        if k > 0, isWord(k - 1, SummaryExtractor.subjectPronouns), ScalarClass.isLower(context.scalars[t.range.start]),
           !isWord(k, SummaryExtractor.notAfterPronoun), !WordSet.hasSuffix(context.scalars, t.range, "ly") { return true }
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
        cacheVerbs(sentence)
        let segments = self.segments(sentence, keeping: timeTokens)
        guard let home = segments.firstIndex(where: { $0.contains(timeTokens.lowerBound) }) else {
            return Event(range: tokenSpan(timeTokens), summary: context.string(tokenSpan(timeTokens)))
        }
        let hasVerb = segments.map { seg in seg.contains { isVerb($0) && !timeTokens.contains($0) } }

        // A verbless segment in which the date hangs off a noun: "Hamas' surprise attack on October 7, 2023".
        // A lone word ("Memphis, Tennessee on March 25", "then in 1960", "Michigan home on Thursday") is no
        // summary: the clause around it is.
        if !hasVerb[home], home > 0, let np = nounBefore(timeTokens.lowerBound, in: segments[home]),
           np.filter({ context.tokens[$0].kind == .word }).count >= 3 || (np.count >= 3 && np.contains { context.tokens[$0].kind == .number }) {
            return Event(range: tokenSpan(np.lowerBound..<timeTokens.upperBound), summary: text(Array(np)))
        }
        var first = home, last = home
        var forward = false
        if !hasVerb[home] {
            // Only a sentence adverb before the date ("Specifically, on June 27, 2016, Guccifer 2.0 sent", "For
            // example,"): the clause after it is the event, when there is one.
            let opening = (0..<home).allSatisfy { !hasVerb[$0] && segments[$0].count <= 3 } && hasVerb[(home + 1)...].contains(true)
            if home == 0 || segments[home].lowerBound == sentence.lowerBound || opening {
                while last + 1 < segments.count && !hasVerb[last] { last += 1 }
                forward = true
            } else {
                while first > 0 && !hasVerb[first] { first -= 1 }
            }
        }
        let clause = segments[first].lowerBound..<segments[last].upperBound
        // The date names something in its clause ("has a June 1 deadline", "his 2007 campaign", "has until the
        // end of May to restructure"): the summary keeps it, else the clause would lose its object.
        let lead = timeTokens.lowerBound - 1
        let introduced = isWord(lead, SummaryExtractor.leadWords) && clause.contains(lead)
        let before = introduced ? lead - 1 : lead
        let after = timeTokens.upperBound
        let possessive = after < clause.upperBound && isPossessive(after)
        let nounAfter = possessive || after < clause.upperBound && context.tokens[after].kind == .word && !isWord(after, SummaryExtractor.leadWords)
            && !isWord(after, SummaryExtractor.phraseOpeners) && !isVerb(after)
        // "Sunday was chosen as its date", "2009 was a pivotal year": the date is the subject.
        let subjectDate = after < clause.upperBound && isVerb(after) && !introduced
            && (!clause.contains(lead) || isBoundary(lead) || lead < segments[home].lowerBound)
        let keepDate = possessive || subjectDate || clause.contains(before) && (isWord(before, SummaryExtractor.possession)
            || (nounAfter && isWord(before, SummaryExtractor.determiners))
            || (nounAfter && !introduced && context.tokens[before].kind == .word && !isVerb(before) && clause.contains(before - 1)
                && isWord(before - 1, SummaryExtractor.determiners)))
        var predicate: [Int] = []
        var p = segments[first].lowerBound
        // The clause's own words, without the date and the word that introduces it, nor parentheses.
        var depth = 0
        while p < clause.upperBound {
            let c = context.scalars[context.tokens[p].range.start]
            if c == "(" || c == "[" { depth += 1 } else if c == ")" || c == "]" { depth = max(0, depth - 1) } else if depth == 0 {
                if keepDate || (!timeTokens.contains(p) && !(p + 1 == timeTokens.lowerBound && isWord(p, SummaryExtractor.leadWords))
                    && !(p == timeTokens.upperBound && isWord(p, SummaryExtractor.partsOfDay))
                    && !(p + 2 == timeTokens.lowerBound && isWord(p, SummaryExtractor.asWord) && isWord(p + 1, SummaryExtractor.ofWord))
                    && !(p + 1 == timeTokens.lowerBound && isWord(p, SummaryExtractor.ofWord) && isWord(p - 1, SummaryExtractor.asWord))) {
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
        else if !keepDate, predicate.contains(where: { $0 < timeTokens.lowerBound && isVerb($0) }) {
            let cut = predicate.filter { $0 < timeTokens.lowerBound }
            // "Microsoft announced on Friday that it is time ...": two words are too few, the clause goes on.
            // A clause that opens with its verb or "which" takes a subject from before it.
            let borrowsSubject = isVerb(cut[0]) || isWord(cut[0], SummaryExtractor.relativeWords)
            // "China Eastern Airlines stated on Thursday that it had signed a contract": what was said is the news.
            let reported = cut.last.map { isWord($0, SummaryExtractor.reportingVerbs) } == true
                && isWord(timeTokens.upperBound, SummaryExtractor.relativeWords)
            if !reported, cut.filter({ context.tokens[$0].kind != .punctuation }).count >= (borrowsSubject ? 2 : 3) { predicate = cut }
        }
        // Drop boundary punctuation inside the merged clause, and the conjunction that opens it ("but will now
        // receive the aircraft").
        predicate = predicate.filter { !isBoundary($0) }
        while let f = predicate.first, isWord(f, SummaryExtractor.openingConjunctions) || context.tokens[f].kind == .punctuation
            && !isQuoteMark(f) { predicate.removeFirst() }
        var subject: [Int] = []
        if let firstWord = predicate.first {
            let opensWithVerb = isVerb(firstWord)
            let relative = isWord(firstWord, SummaryExtractor.relativeWords)
            if opensWithVerb || relative, let s = subjectBefore(segmentIndex: first, segments: segments, relative: relative) {
                subject = s
            }
            if relative { predicate.removeFirst() }
        }
        let range = tokenSpan(clause.lowerBound..<max(clause.upperBound, timeTokens.upperBound))
        var borrowed: TextRange?
        if first < home { borrowed = tokenSpan(segments[first]) }
        if last > home, let f = (home + 1...last).first(where: { hasVerb[$0] }) { borrowed = tokenSpan(segments[f]) }
        var words = balanced(shortened(subject + predicate))
        // Fewer than three words ("it opened") is no summary: the sentence itself, shortened, says more.
        if words.filter({ context.tokens[$0].kind != .punctuation }).count < 3 {
            let whole = (sentence.lowerBound..<sentence.upperBound).filter { k in
                !timeTokens.contains(k) && !(k + 1 == timeTokens.lowerBound && isWord(k, SummaryExtractor.leadWords))
                    && !(k + 1 == sentence.upperBound && context.tokens[k].kind == .punctuation)
            }
            words = balanced(shortened(whole))
        }
        return Event(range: range, summary: text(words), borrowed: borrowed)
    }

    /// The sentence cut at commas, semicolons, colons and dashes (never inside the date itself), and each piece
    /// again at a conjunction that joins two clauses with verbs of their own ("the Air Force had favored the
    /// 767 and we were prepared to move forward ...", "a scandal erupted when it emerged that ...").
    func segments(_ sentence: Range<Int>, keeping timeTokens: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = sentence.lowerBound
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            if isBoundary(k) && !timeTokens.contains(k) {
                if k > start { pieces.append(start..<k) }
                start = k + 1
            }
            k += 1
        }
        if sentence.upperBound > start { pieces.append(start..<sentence.upperBound) }
        // The nearest verb at or after each token, so each conjunction asks in one step (a long sentence with
        // many dates and many "and"s would otherwise rescan its rest for every one).
        let base = sentence.lowerBound
        var nextVerb = [Int](repeating: sentence.upperBound, count: sentence.count + 1)
        var v = sentence.upperBound - 1
        while v >= base {
            nextVerb[v - base] = isVerb(v) && !timeTokens.contains(v) ? v : nextVerb[v - base + 1]
            v -= 1
        }
        var segments: [Range<Int>] = []
        for piece in pieces {
            var from = piece.lowerBound
            var verbBefore = false
            var k = piece.lowerBound
            while k < piece.upperBound {
                // "Toulouse, France but by 2010-11 production ... will be carried out": a name that ends the
                // previous clause before "but" is no clause of its own.
                let tail = !verbBefore && from == piece.lowerBound && k - from <= 3 && isWord(k, SummaryExtractor.but)
                    && piece.lowerBound - 1 > sentence.lowerBound && pieceBeforeHasVerb(piece.lowerBound - 1, sentence)
                    && (from..<k).allSatisfy { ScalarClass.isUpper(context.scalars[context.tokens[$0].range.start]) }
                if k > from, verbBefore || tail, isWord(k, SummaryExtractor.clauseConjunctions), !timeTokens.contains(k),
                   nextVerb[k + 1 - base] < piece.upperBound {
                    segments.append(from..<k)
                    from = k + 1
                    verbBefore = false
                } else if nextVerb[k - base] == k { verbBefore = true }
                k += 1
            }
            if piece.upperBound > from { segments.append(from..<piece.upperBound) }
        }
        return segments
    }

    /// Whether the comma piece that ends at boundary token `boundary` holds a verb.
    func pieceBeforeHasVerb(_ boundary: Int, _ sentence: Range<Int>) -> Bool {
        var k = boundary - 1
        while k >= sentence.lowerBound && !isBoundary(k) {
            if isVerb(k) { return true }
            k -= 1
        }
        return false
    }

    /// The words cut to `maxWords`: a long subject before the verb gives way to the verb ("As a result of this
    /// announcement Chrysler's auto sales volume in Canada dropped" keeps "Chrysler's ... dropped"), and a cut
    /// lands before a preposition or conjunction rather than inside its phrase.
    func shortened(_ words: [Int]) -> [Int] {
        var words = words
        let maxWords = SummaryExtractor.maxWords
        if words.count > maxWords, let v = words.firstIndex(where: { isVerb($0) }), v >= maxWords - 2 {
            var start = max(0, v - 4)
            for p in max(0, v - 7)..<v where goodStart(words, p) { start = p; break }
            words.removeFirst(start)
        }
        if words.count > maxWords {
            let verb = words.firstIndex(where: { isVerb($0) }) ?? 0
            words = Array(words.prefix(maxWords))
            if let cut = (max(verb + 2, maxWords - 4)..<maxWords).first(where: {
                isWord(words[$0], SummaryExtractor.phraseOpeners) || isWord(words[$0], SummaryExtractor.leadWords) }) {
                words = Array(words.prefix(cut))
            }
        }
        while let l = words.last, isWord(l, SummaryExtractor.leadWords) || isFunctionWord(l) || isWord(l, SummaryExtractor.phraseOpeners)
                || isWord(l, SummaryExtractor.determiners) || isWord(l, SummaryExtractor.hedges) {
            words.removeLast()
        }
        return words
    }

    /// The words without a quotation mark or bracket left open or closed alone by the cut.
    func balanced(_ words: [Int]) -> [Int] {
        var input = words
        // A straight quotation mark that closes at the start, or opens at the end, belongs to text left out.
        if let f = input.first, isPunct(f, "\""), context.tokens[f].range.end < context.scalars.count,
           ScalarClass.isSpace(context.scalars[context.tokens[f].range.end]) { input.removeFirst() }
        if let l = input.last, isPunct(l, "\""), context.tokens[l].range.start > 0,
           ScalarClass.isSpace(context.scalars[context.tokens[l].range.start - 1]) { input.removeLast() }
        let quotes = input.filter { isQuoteMark($0) }
        var straight = 0, curlyOpen = 0, curlyClose = 0
        for q in quotes {
            switch context.scalars[context.tokens[q].range.start] {
            case "\"": straight += 1
            case "\u{201C}": curlyOpen += 1
            default: curlyClose += 1
            }
        }
        var words = input
        // Footnote numbers the sentence splitter left at either end ("147 Released documents included ...",
        // "... a May 2016 in-person meeting. 260").
        if words.count > 2, context.tokens[words[0]].kind == .number, context.tokens[words[1]].kind == .word,
           ScalarClass.isUpper(context.scalars[context.tokens[words[1]].range.start]) { words.removeFirst() }
        if words.count > 2, let l = words.last, context.tokens[l].kind == .number, let p = words.dropLast().last,
           isPunct(p, ".") || isQuoteMark(p) { words.removeLast() }
        // Commas left doubled or leading where the date was taken out ("Specifically, , Guccifer 2.0 sent").
        var kept: [Int] = []
        for k in words {
            // A comma right after a gap ("They estimated [by 2050], increasing") stood after the words taken out.
            if isBoundary(k), kept.isEmpty || kept.last.map(isBoundary) == true || kept.last.map({ $0 + 1 != k }) == true { continue }
            kept.append(k)
        }
        while let l = kept.last, isBoundary(l) { kept.removeLast() }
        words = kept
        let opens = words.filter { isPunct($0, "(") || isPunct($0, "[") }.count
        let closes = words.filter { isPunct($0, ")") || isPunct($0, "]") }.count
        return words.filter { k in
            if isQuoteMark(k) { return straight % 2 == 0 && curlyOpen == curlyClose }
            if isPunct(k, "(") || isPunct(k, "[") || isPunct(k, ")") || isPunct(k, "]") { return opens == closes }
            return true
        }
    }

    /// Whether a summary may start at `words[p]`: a name or a determiner that follows a content word, not one
    /// inside a prepositional phrase ("of this announcement").
    func goodStart(_ words: [Int], _ p: Int) -> Bool {
        let k = words[p]
        guard context.tokens[k].kind == .word else { return false }
        let opens = ScalarClass.isUpper(context.scalars[context.tokens[k].range.start]) || isWord(k, SummaryExtractor.determiners)
        guard opens, p > 0 else { return opens }
        let prev = words[p - 1]
        if ScalarClass.isUpper(context.scalars[context.tokens[prev].range.start]) { return false }
        return context.tokens[prev].kind == .word && !isWord(prev, SummaryExtractor.leadWords)
            && !isWord(prev, SummaryExtractor.functionWords) && !isWord(prev, SummaryExtractor.determiners)
            && !isWord(prev, SummaryExtractor.phraseOpeners)
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
        var words = 0
        while b - 1 >= segment.lowerBound {
            if context.tokens[b - 1].kind == .punctuation && !ScalarClass.isApostrophe(context.scalars[context.tokens[b - 1].range.start]) { break }
            // "sales figures of $152 billion in 2012": a quantity alone is no event, its noun comes before "of".
            if words < 2, isWord(b - 1, SummaryExtractor.ofWord), b - 2 >= segment.lowerBound, !isVerb(b - 2),
               !isWord(b - 2, SummaryExtractor.leadWords), context.tokens[b - 2].kind == .word { b -= 1; continue }
            if context.tokens[b - 1].kind == .word { words += 1 }
            if isWord(b - 1, SummaryExtractor.leadWords) || isVerb(b - 1)
                || WordSet.hasSuffix(context.scalars, context.tokens[b - 1].range, "ing")
                || isWord(b - 1, SummaryExtractor.nounStops) { break }
            b -= 1
        }
        return b < prep ? b..<prep : nil
    }

    /// The subject for a clause that opens with its verb or a relative pronoun, from the segment before it.
    /// A verbless run before the verb ("General Arthur Lichte, head of USAF's Mobility Command, said") gives the
    /// nearest name in it, else its first segment that is no prepositional phrase ("The automaker, in financial
    /// straits, has"). After a clause with its own verb, a verb-first clause shares that clause's subject
    /// ("Japan's were to take delivery ..., but will now receive"), and a relative pronoun stands for the noun
    /// phrase right before it ("the future of the iconic Ford Falcon, which has been built").
    func subjectBefore(segmentIndex: Int, segments: [Range<Int>], relative: Bool) -> [Int]? {
        guard segmentIndex > 0 else { return nil }
        let previous = segments[segmentIndex - 1]
        // "the Chief Executive Officer of General Motors, which filed for bankruptcy": the noun phrase right
        // before the pronoun.
        if relative { return nounPhrase(endingAt: previous.upperBound - 1, in: previous) }
        if previous.contains(where: { isVerb($0) }) {
            guard let v = previous.firstIndex(where: { isVerb($0) }), !isWord(previous.lowerBound, SummaryExtractor.leadWords) else { return nil }
            let words = withoutTitles(Array(previous.lowerBound..<v)).filter { !isBracketed($0, in: previous) }
            return words.isEmpty || words.count > 8 ? nil : words
        }
        var run: [[Int]] = []
        var i = segmentIndex - 1
        while i >= 0, run.count < 3, !segments[i].contains(where: { isVerb($0) }) {
            run.append(withoutTitles(Array(segments[i])))
            i -= 1
        }
        let chosen = run.first(where: isName)
            ?? run.last(where: { !$0.isEmpty && !isWord($0[0], SummaryExtractor.leadWords) && !isWord($0[0], SummaryExtractor.phraseOpeners) })
            ?? run[0]
        return chosen.isEmpty || chosen.count > 10 ? nil : chosen
    }

    /// Words without the titles and abbreviations that open them ("Lt. Gen. Herzi Halevi" gives "Herzi Halevi").
    func withoutTitles(_ ks: [Int]) -> [Int] {
        var words = ks
        // "General Motors", "General Electric": a title before a single capitalised word names a company.
        if words.count == 2, isWord(words[0], SummaryExtractor.companyTitles),
           ScalarClass.isUpper(context.scalars[context.tokens[words[1]].range.start]) { return words }
        while let f = words.first, context.tokens[f].kind != .word || isWord(f, SummaryExtractor.titles)
            || (f + 1 < context.tokens.count && isPunct(f + 1, ".") && context.tokens[f].range.length <= 4
                && ScalarClass.isUpper(context.scalars[context.tokens[f].range.start])) {
            words.removeFirst()
            if let g = words.first, isPunct(g, ".") { words.removeFirst() }
        }
        return words
    }

    /// Every word capitalised: a name ("Herzi Halevi", "General Motors").
    func isName(_ ks: [Int]) -> Bool {
        let words = ks.filter { context.tokens[$0].kind == .word }
        return !words.isEmpty && words.count <= 5 && words.allSatisfy { ScalarClass.isUpper(context.scalars[context.tokens[$0].range.start]) }
    }

    /// The noun phrase that ends at token `end`: back to a preposition, a verb or a conjunction, at most six
    /// words, quotation marks left out.
    func nounPhrase(endingAt end: Int, in segment: Range<Int>) -> [Int]? {
        var b = end
        while b > segment.lowerBound, end - b < 6 {
            let k = b - 1
            if isWord(k, SummaryExtractor.leadWords) || isWord(k, SummaryExtractor.phraseOpeners) || isVerb(k)
                || isWord(k, SummaryExtractor.functionWords) && !isWord(k, SummaryExtractor.determiners) { break }
            if context.tokens[k].kind == .punctuation && !isQuoteMark(k) && !ScalarClass.isApostrophe(context.scalars[context.tokens[k].range.start]) { break }
            b -= 1
        }
        let words = (b...end).filter { !isQuoteMark($0) }
        return words.contains(where: { context.tokens[$0].kind == .word }) ? words : nil
    }

    /// Whether token `k` lies inside parentheses within `segment`.
    func isBracketed(_ k: Int, in segment: Range<Int>) -> Bool {
        var depth = 0
        for j in segment.lowerBound..<k where context.tokens[j].kind == .punctuation {
            if isPunct(j, "(") { depth += 1 } else if isPunct(j, ")") { depth = max(0, depth - 1) }
        }
        return depth > 0 || isPunct(k, ")") || isPunct(k, "(")
    }

    /// "'s" after a date ("2017's theme"): the date names the thing that follows.
    func isPossessive(_ k: Int) -> Bool {
        let t = context.tokens[k]
        guard t.range.length == 2 || (t.range.length == 1 && k + 1 < context.tokens.count) else { return false }
        let s = context.scalars
        if t.range.length == 2 { return ScalarClass.isApostrophe(s[t.range.start]) && (s[t.range.start + 1] == "s" || s[t.range.start + 1] == "S") }
        return ScalarClass.isApostrophe(s[t.range.start]) && context.tokens[k + 1].range.start == t.range.end
            && context.tokens[k + 1].range.length == 1 && s[t.range.end] == "s"
    }

    func isQuoteMark(_ k: Int) -> Bool {
        let t = context.tokens[k]
        guard t.kind == .punctuation, t.range.length == 1 else { return false }
        let c = context.scalars[t.range.start]
        return c == "\"" || c == "\u{201C}" || c == "\u{201D}"
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
