/// A set of lower-case words that can be asked about a token's scalars without building a String.
///
/// Words are keyed by the same folded FNV hash as `TimeLexicon`, plus their length; the stages that look at
/// the words around a date (tense, clause summaries) call it for many tokens, so it must not allocate.
struct WordSet: Sendable {
    private let keys: Set<UInt64>

    init(_ words: [String]) {
        keys = Set(words.map { w in WordSet.key(Array(w.unicodeScalars), 0, w.unicodeScalars.count) })
    }

    @inline(__always)
    static func key(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h = TimeLexicon.seed
        var i = start
        while i < end { h = TimeLexicon.mix(h, TimeLexicon.fold(s[i])); i += 1 }
        return h &+ UInt64(end - start) &* 0x9E3779B97F4A7C15
    }

    func contains(_ s: [Unicode.Scalar], _ r: TextRange) -> Bool { keys.contains(WordSet.key(s, r.start, r.end)) }

    /// True when the token ends with the ASCII suffix (compared case-insensitively).
    static func hasSuffix(_ s: [Unicode.Scalar], _ r: TextRange, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard r.length >= n else { return false }
        return suffix.withUTF8Buffer { buf in
            for i in 0..<n where TimeLexicon.fold(s[r.end - n + i]) != UInt32(buf[i]) { return false }
            return true
        }
    }
}
