/// A 64-bit key (FNV-1a over ASCII-lowercased scalars) for a word, so that lexicon look-ups in the fact
/// extractors never build a `String` per token. Curly apostrophes hash like straight ones.
enum WordKey {
    @inline(__always)
    static func of(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < end {
            var v = s[i].value
            if v >= 0x41 && v <= 0x5A { v |= 0x20 } else if v == 0x2019 || v == 0x2018 { v = 0x27 }
            h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h
    }

    static func of(_ word: String) -> UInt64 {
        let s = Array(word.unicodeScalars)
        return of(s, 0, s.count)
    }

    /// A set of keys from words written in lowercase.
    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map { of($0) }) }

    /// A table of keys from lowercase words.
    static func table<V>(_ pairs: [(String, V)]) -> [UInt64: V] {
        var out: [UInt64: V] = [:]
        for (w, v) in pairs { out[of(w)] = v }
        return out
    }
}
