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
    }

    static let stopWords: Set<String> = [
        "his", "her", "their", "its", "the", "a", "an", "of", "this", "that", "our", "my", "your", "own", "first",
        "last", "these", "those", "in", "on", "at", "to", "for", "with", "and", "or",
    ]

    /// The latest mention with day precision before `token`.
    static func lastDay(_ history: [Mention], before token: Int) -> Mention? {
        history.last { $0.token < token && TimexValue.day($0.value) != nil }
    }

    /// The mention described by the words in `description` ("his resignation"), if any sentence speaks of it.
    static func described(by description: Range<Int>, _ history: [Mention], before token: Int,
                          _ s: [Unicode.Scalar], _ tokens: [Token]) -> Mention? {
        let words = description.compactMap { k -> [Unicode.Scalar]? in
            let w = lowered(s, tokens[k].range)
            return w.count >= 3 && !stopWords.contains(String(String.UnicodeScalarView(w))) ? w : nil
        }
        guard !words.isEmpty else { return nil }
        var best: Mention?
        var bestScore = 0
        var bestDistance = Int.max
        for m in history where m.token < token && TimexValue.day(m.value) != nil {
            // The closer the word to the date within its sentence, the likelier the date is the event's.
            var score = 0
            var distance = Int.max
            for k in m.sentence where tokens[k].kind == .word {
                let w = lowered(s, tokens[k].range)
                for target in words {
                    let sc = w == target ? 2 : (sharesStem(w, target) ? 1 : 0)
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

    static func lowered(_ s: [Unicode.Scalar], _ r: TextRange) -> [Unicode.Scalar] {
        (r.start..<r.end).map { i in Unicode.Scalar(TimeLexicon.fold(s[i])) ?? s[i] }
    }

    /// Words of five letters or more that begin alike: "resign" and "resignation".
    static func sharesStem(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let n = min(a.count, b.count)
        guard n >= 5 else { return false }
        for i in 0..<5 where a[i] != b[i] { return false }
        return true
    }
}
