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

extension Unicode.GeneralCategory {
    var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
