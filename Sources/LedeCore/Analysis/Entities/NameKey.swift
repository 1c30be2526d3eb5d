/// 64-bit keys for words and phrases, computed straight from scalars so that gazetteer and rule look-ups
/// never allocate a String per token.
///
/// A word has two keys: `folded` (lowercased, curly apostrophes and hyphen variants unified) and `skeleton`
/// (also without hyphens, dots and apostrophes), so an obfuscated spelling ("Is-rael", "I.s.r.a.e.l")
/// meets the real name ("Israel") in the same table. A phrase key chains word keys in order.
enum NameKey {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// Lowercase of one scalar, ASCII fast; other scripts through their one-scalar lowercase mapping.
    @inline(__always)
    static func fold(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v }
        if v == 0x2019 || v == 0x2018 { return 0x27 }
        if v == 0x2010 || v == 0x2011 { return 0x2D }
        if c.properties.isUppercase, let l = c.properties.lowercaseMapping.unicodeScalars.first { return l.value }
        return v
    }

    @inline(__always)
    static func mix(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* prime }

    /// Folded and skeleton keys of `s[start..<end]`.
    @inline(__always)
    static func word(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (folded: UInt64, skeleton: UInt64) {
        var f = seed, k = seed
        var i = start
        while i < end {
            let v = fold(s[i])
            f = mix(f, v)
            if v != 0x2D && v != 0x2E && v != 0x27 { k = mix(k, v) }
            i += 1
        }
        return (f, k)
    }

    /// Key of a word given as a String (gazetteer loading and rule vocabularies).
    static func word(_ w: String) -> UInt64 {
        let s = Array(w.unicodeScalars)
        return word(s, 0, s.count).folded
    }

    /// Skeleton key of a word given as a String.
    static func skeleton(_ w: String) -> UInt64 {
        let s = Array(w.unicodeScalars)
        return word(s, 0, s.count).skeleton
    }

    /// Extends a phrase key by one word key.
    @inline(__always)
    static func extend(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
        var h = phrase ^ 0x9E37_79B9_7F4A_7C15
        h = (h ^ word) &* 0xff51_afd7_ed55_8ccd
        return h ^ (h >> 29)
    }

    static let phraseSeed: UInt64 = 0x51_7cc1_b727_220a
}
