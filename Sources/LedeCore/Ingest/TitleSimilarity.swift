/// How much of one title's words another repeats (Readability's `_textSimilarity`): 1 when every word of
/// `b` is in `a`, measured by the characters of the words of `b` that `a` lacks.
enum TitleSimilarity {
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var w = String.UnicodeScalarView()
        for c in s.lowercased().unicodeScalars {
            if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) || c == "_" { w.append(c) } else if !w.isEmpty {
                out.append(String(w)); w = String.UnicodeScalarView()
            }
        }
        if !w.isEmpty { out.append(String(w)) }
        return out
    }

    static func similarity(_ a: String, _ b: String) -> Double {
        let ta = words(a), tb = words(b)
        guard !ta.isEmpty, !tb.isEmpty else { return 0 }
        let inA = Set(ta)
        let uniqueB = tb.filter { !inA.contains($0) }
        let all = tb.joined(separator: " ").count
        guard all > 0 else { return 0 }
        return 1 - Double(uniqueB.joined(separator: " ").count) / Double(all)
    }
}
