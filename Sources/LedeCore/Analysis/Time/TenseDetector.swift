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
        "forthcoming", "soon",
    ])

    static let past = WordSet([
        "was", "were", "had", "did", "said", "told", "ago", "yesterday", "has", "have", "been", "began",
        "came", "went", "took", "made", "won", "lost", "met", "left", "held", "saw", "gave", "got", "ran", "fell",
        "found", "became", "led", "sent", "spoke", "wrote", "brought", "thought", "felt", "kept", "struck", "sank",
        "hit", "put", "shot", "quit", "cut", "beat", "broke", "chose", "drew", "flew", "grew", "knew", "rose",
        "sold", "stood", "swore", "threw", "woke", "wore", "paid", "heard", "built", "fought", "caught",
        "taught", "bought", "lit", "fled", "earlier", "previously", "former",
    ])

    /// Words before "to" that make what follows scheduled: "set to", "is to", "due to".
    static let scheduling = WordSet(["is", "are", "set", "due", "scheduled", "expected", "going", "plans", "intends", "poised"])

    static let beForms = WordSet(["be", "is", "are", "being", "been", "am"])
    static let to = WordSet(["to"])
    static let be = WordSet(["be"])

    /// The tense nearest to token `at` within `sentence` (a token range), ignoring the tokens in `skip`.
    /// Looks outward from the expression and stops at the first marker, so it costs a few lookups.
    static func tense(_ s: [Unicode.Scalar], _ tokens: [Token], sentence: Range<Int>, at: Int, skip: Range<Int>) -> Tense {
        let reach = max(at - sentence.lowerBound, sentence.upperBound - at)
        var d = 1
        while d <= reach {
            let left = at - d, right = at + d
            if sentence.contains(left) && !skip.contains(left) {
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
        // A past form is past, unless a form of "be" makes it passive ("to be held", "is expected").
        if beForms.contains(s, prev) { return .unknown }
        if past.contains(s, r) { return .past }
        if r.length >= 5 && WordSet.hasSuffix(s, r, "ed") && ScalarClass.isLower(s[r.start]) { return .past }
        return .unknown
    }
}
