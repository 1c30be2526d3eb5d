/// Guesses whether a sentence speaks of the past or the future around a time expression.
///
/// "Tuesday" in "the team was awarded a medal on Tuesday" is the Tuesday before the reference date;
/// in "the team will compete on Tuesday" it is the one after. The nearest tense marker to the expression
/// within its sentence decides: auxiliaries, "-ed" verbs and common irregular past forms against
/// "will", "plans", "scheduled" and the like.
enum TenseDetector {
    enum Tense: Sendable { case past, future, unknown }

    static let future: Set<String> = [
        "will", "'ll", "’ll", "shall", "plans", "plan", "scheduled", "upcoming", "expected", "expects", "due",
        "going", "intends", "aims", "hopes", "tomorrow", "next", "wo", "would", "coming", "later", "future", "planned",
        "upcoming", "forthcoming", "soon",
    ]

    static let past: Set<String> = [
        "was", "were", "had", "did", "said", "told", "ago", "yesterday", "has", "have", "been", "began",
        "came", "went", "took", "made", "won", "lost", "met", "left", "held", "saw", "gave", "got", "ran", "fell",
        "found", "became", "led", "sent", "spoke", "wrote", "brought", "thought", "felt", "kept", "struck", "sank",
        "hit", "put", "shot", "quit", "cut", "beat", "broke", "chose", "drew", "flew", "grew", "knew", "rose",
        "sold", "stood", "swore", "threw", "took", "woke", "wore", "paid", "heard", "built", "fought", "caught",
        "taught", "bought", "won", "lit", "fled", "earlier", "previously", "former",
    ]

    /// Words before "to" that make what follows scheduled: "set to", "is to", "due to".
    static let scheduling: Set<String> = ["is", "are", "set", "due", "scheduled", "expected", "going", "plans", "intends", "poised"]

    static let beForms: Set<String> = ["be", "is", "are", "being", "been", "am"]

    static func word(_ s: [Unicode.Scalar], _ tokens: [Token], _ k: Int) -> String {
        let r = tokens[k].range
        guard tokens[k].kind == .word, r.length <= 12 else { return "" }
        return String(String.UnicodeScalarView(s[r.start..<r.end])).lowercased()
    }

    /// The tense nearest to token `at` within `sentence` (a token range), ignoring the tokens in `skip`.
    static func tense(_ s: [Unicode.Scalar], _ tokens: [Token], sentence: Range<Int>, at: Int, skip: Range<Int>) -> Tense {
        var best = Tense.unknown
        var bestDistance = Int.max
        for k in sentence where !skip.contains(k) && tokens[k].kind == .word {
            let d = abs(k - at)
            guard d < bestDistance else { continue }
            let r = tokens[k].range
            guard r.length >= 2, r.length <= 12 else { continue }
            let w = String(String.UnicodeScalarView(s[r.start..<r.end])).lowercased()
            var t = Tense.unknown
            let prev = k > sentence.lowerBound ? word(s, tokens, k - 1) : ""
            if future.contains(w) {
                t = .future
            } else if w == "to" && (k + 1 < sentence.upperBound && word(s, tokens, k + 1) == "be"
                                    || scheduling.contains(prev)) {
                t = .future  // "is to be held", "set to take place"
            } else if past.contains(w) {
                t = .past
            } else if w.hasSuffix("ed") && w.count >= 5 && ScalarClass.isLower(s[r.start]) && !beForms.contains(prev) {
                t = .past  // but "to be held", "is expected": the auxiliary decides
            }
            if t != .unknown { best = t; bestDistance = d }
        }
        return best
    }
}
