/// Fast character classes over Unicode scalars, with an ASCII fast path for the hot loops.
public enum ScalarClass {
    @inline(__always)
    public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return c.properties.isAlphabetic
    }

    @inline(__always)
    public static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always)
    public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase
    }

    @inline(__always)
    public static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return c.properties.isLowercase
    }

    @inline(__always)
    public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0x0C || v == 0x0B }
        return v == 0xA0 || v == 0x2028 || v == 0x2029 || c.properties.isWhitespace
    }

    @inline(__always)
    public static func isMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x300 && c.properties.generalCategory.isMark
    }

    /// Apostrophes, straight and curly.
    @inline(__always)
    public static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

    /// Hyphens and dashes that may join the parts of a word.
    @inline(__always)
    public static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }

    /// Currency and percent-like symbols.
    @inline(__always)
    public static func isSymbol(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "$", "%", "€", "£", "¥", "₹", "#", "&", "+", "=", "<", ">", "@", "°", "§", "©", "®", "™": return true
        default: return c.value >= 0x80 && c.properties.generalCategory == .currencySymbol
        }
    }
}

extension ScalarClass {
    /// The scripts of Chinese and Japanese text, which the tokenizer splits without spaces.
    public enum CJKKind: UInt8, Sendable { case han, hiragana, katakana, wideDigit }

    /// Below this value no scalar is CJK (the ideographic iteration mark 々 is the first).
    public static let cjkStart: UInt32 = 0x3005

    /// The CJK script of `c`, or nil (punctuation such as 、。「」・ and all non-CJK scalars).
    @inline(__always)
    public static func cjkKind(_ c: Unicode.Scalar) -> CJKKind? {
        switch c.value {
        case 0x3005...0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return .han
        case 0x3041...0x3096, 0x3099...0x309F: return .hiragana
        case 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .katakana
        case 0xFF10...0xFF19: return .wideDigit
        default: return nil
        }
    }

    /// The value of an ASCII or full-width digit ("7", "７"), or nil.
    @inline(__always)
    public static func digitValue(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
