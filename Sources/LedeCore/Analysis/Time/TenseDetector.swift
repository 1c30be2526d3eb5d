/// Guesses whether a sentence speaks of the past or the future around a time expression.
///
/// "Tuesday" in "the team was awarded a medal on Tuesday" is the Tuesday before the reference date;
/// in "the team will compete on Tuesday" it is the one after. The nearest tense marker to the expression
/// within its sentence decides: auxiliaries, "-ed" verbs and common irregular past forms against
/// "will", "plans", "scheduled" and the like.
enum TenseDetector {
    enum Tense: Sendable { case past, future, unknown }

    static let future = WordSet([
        "will", "'ll", "shall", "plans", "plan", "scheduled", "upcoming", "expected", "expects", "due",
        "going", "intends", "aims", "hopes", "tomorrow", "next", "wo", "would", "coming", "later", "future", "planned",
        "forthcoming", "soon", "may", "might", "should", "must", "can", "slated", "wants", "seeks", "deadline",
    ])

    static let past = WordSet([
        "was", "were", "had", "did", "said", "told", "ago", "yesterday", "has", "have", "been", "began",
        "came", "went", "took", "made", "won", "lost", "met", "left", "held", "saw", "gave", "got", "ran", "fell",
        "found", "became", "led", "sent", "spoke", "wrote", "brought", "thought", "felt", "kept", "struck", "sank",
        "hit", "put", "shot", "quit", "cut", "beat", "broke", "chose", "drew", "flew", "grew", "knew", "rose",
        "sold", "stood", "swore", "threw", "woke", "wore", "paid", "heard", "built", "fought", "caught",
        "taught", "bought", "lit", "fled", "earlier", "previously", "former",
    ])

    /// Words before "to" that make what follows scheduled: "set to", "is to", "due to", "wants to".
    static let scheduling = WordSet(["is", "are", "set", "due", "scheduled", "expected", "going", "plans", "intends", "poised",
                                     "want", "wants", "hope", "aim", "seek", "need", "needs", "likely", "ready", "about"])

    /// "has", "have": past only with a participle after them ("has announced"); "has a June 1 deadline"
    /// is the present, and "has been scheduled for June 3" looks ahead.
    static let perfect = WordSet(["has", "have"])
    static let scheduledParticiples = WordSet(["scheduled", "planned", "set", "slated", "expected", "due", "booked"])
    static let notParticiples = WordSet(["a", "an", "the", "no", "to", "its", "his", "her", "their", "until", "more", "some",
                                         "many", "much", "few", "one", "two", "three", "this", "that", "been"])

    static let beForms = WordSet(["be", "is", "are", "being", "been", "am"])
    static let to = WordSet(["to"])
    static let be = WordSet(["be"])

    /// The tense nearest to token `at` within `sentence` (a token range), ignoring the tokens in `skip`.
    /// Looks outward from the expression and stops at the first marker, so it costs a few lookups.
    static func tense(_ s: [Unicode.Scalar], _ tokens: [Token], sentence: Range<Int>, at: Int, skip: Range<Int>) -> Tense {
        let reach = max(at - sentence.lowerBound, sentence.upperBound - at)
        var d = 1
        // Looking back, a comma ends the clause the date is in ("Ford has announced cuts, resulting in closures
        // during the fourth quarter"); looking ahead it does not ("On Friday, fishermen rescued ...").
        var leftOpen = true
        while d <= reach {
            let left = at - d, right = at + d
            if leftOpen, sentence.contains(left), tokens[left].kind == .punctuation, tokens[left].range.length == 1,
               s[tokens[left].range.start] == ",", !skip.contains(left) {
                leftOpen = false
            }
            if leftOpen && sentence.contains(left) && !skip.contains(left) {
                let t = marker(s, tokens, left, sentence)
                if t != .unknown { return t }
            }
            if sentence.contains(right) && !skip.contains(right) {
                let t = marker(s, tokens, right, sentence)
                if t != .unknown { return t }
            }
            d += 1
        }
        return .unknown
    }

    static func marker(_ s: [Unicode.Scalar], _ tokens: [Token], _ k: Int, _ sentence: Range<Int>) -> Tense {
        let r = tokens[k].range
        guard tokens[k].kind == .word, r.length >= 2, r.length <= 12 else { return .unknown }
        if future.contains(s, r) { return .future }
        let prev = k > sentence.lowerBound ? tokens[k - 1].range : TextRange(0, 0)
        if to.contains(s, r) {
            let nextIsBe = k + 1 < sentence.upperBound && be.contains(s, tokens[k + 1].range)
            return nextIsBe || scheduling.contains(s, prev) ? .future : .unknown  // "is to be held", "set to take place"
        }
        if perfect.contains(s, r) {
            // "has been scheduled", "have planned": ahead; "has announced": past; "has a deadline": present.
            var j = k + 1
            if j < sentence.upperBound, beForms.contains(s, tokens[j].range) { j += 1 }
            guard j < sentence.upperBound, tokens[j].kind == .word else { return .unknown }
            let next = tokens[j].range
            if scheduledParticiples.contains(s, next) { return .future }
            if notParticiples.contains(s, next) && j == k + 1 { return .unknown }
            return .past
        }
        // A past form is past, unless a form of "be" makes it passive ("to be held", "is expected").
        if beForms.contains(s, prev) { return .unknown }
        if past.contains(s, r) { return .past }
        if r.length >= 5 && WordSet.hasSuffix(s, r, "ed") && ScalarClass.isLower(s[r.start]) { return .past }
        return .unknown
    }
}
