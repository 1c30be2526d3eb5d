/// Finds the date an anaphoric expression points back to: "that day", "the same day",
/// "the following day", and "the same day as his resignation".
///
/// Without a description the antecedent is the last date at the needed precision mentioned before the
/// expression. With one ("as his resignation") it is the earlier date whose sentence speaks of the same thing:
/// a sentence holding the same content word beats one holding a word of the same stem ("resign"), and
/// among equals the nearest wins.
enum AnaphoraResolver {
    /// A date mentioned earlier in the text.
    struct Mention {
        let value: String
        let token: Int
        /// Tokens of the sentence holding it.
        let sentence: Range<Int>
        /// Written with its year ("October 7, 2023", "2009"), not inferred or counted from another date.
        var explicit: Bool = false
    }

    static let stopWords: Set<String> = [
        "his", "her", "their", "its", "the", "a", "an", "of", "this", "that", "our", "my", "your", "own", "first",
        "last", "these", "those", "in", "on", "at", "to", "for", "with", "and", "or",
    ]

    /// The latest mention with day precision before `token`.
    static func lastDay(_ history: [Mention], before token: Int) -> Mention? {
        history.last { $0.token < token && TimexValue.day($0.value) != nil }
    }

    /// How many earlier dates are considered for a described antecedent: enough for any article's own story,
    /// and it keeps a very long text linear.
    static let searchLimit = 64

    /// The mention described by the words in `description` ("his resignation"), if any sentence speaks of it.
    static func described(by description: Range<Int>, _ history: [Mention], before token: Int,
                          _ s: [Unicode.Scalar], _ tokens: [Token]) -> Mention? {
        let words = description.compactMap { k -> [UInt32]? in
            let w = folded(s, tokens[k].range)
            return w.count >= 3 && !stopWords.contains(String(String.UnicodeScalarView(w.compactMap(Unicode.Scalar.init))))
                ? w : nil
        }
        guard !words.isEmpty else { return nil }
        var best: Mention?
        var bestScore = 0
        var bestDistance = Int.max
        var i = history.count - 1
        var considered = 0
        var candidates: [Mention] = []
        while i >= 0 && considered < searchLimit {
            let m = history[i]
            i -= 1
            guard m.token < token, TimexValue.day(m.value) != nil else { continue }
            considered += 1
            candidates.append(m)
        }
        for m in candidates.reversed() {
            // The closer the word to the date within its sentence, the likelier the date is the event's.
            var score = 0
            var distance = Int.max
            for k in m.sentence where tokens[k].kind == .word {
                for target in words {
                    let sc = match(s, tokens[k].range, target)
                    guard sc > 0 else { continue }
                    let dist = abs(k - m.token)
                    if sc > score || (sc == score && dist < distance) { score = sc; distance = dist }
                }
            }
            if score > 0 && (score > bestScore || (score == bestScore && distance <= bestDistance)) {
                best = m
                bestScore = score
                bestDistance = distance
            }
        }
        return best
    }

    static func folded(_ s: [Unicode.Scalar], _ r: TextRange) -> [UInt32] {
        (r.start..<r.end).map { TimeLexicon.fold(s[$0]) }
    }

    /// 2 when the word at `r` is `target`, 1 when both have five letters or more and begin alike
    /// ("resign" and "resignation"), else 0.
    static func match(_ s: [Unicode.Scalar], _ r: TextRange, _ target: [UInt32]) -> Int {
        let n = min(r.length, target.count)
        if r.length == target.count {
            var same = true
            for i in 0..<n where TimeLexicon.fold(s[r.start + i]) != target[i] { same = false; break }
            if same { return 2 }
        }
        guard n >= 5 else { return 0 }
        for i in 0..<5 where TimeLexicon.fold(s[r.start + i]) != target[i] { return 0 }
        return 1
    }
}
