import Foundation

/// Turns the bytes of a file into text: BOMs, UTF-8, UTF-16 and a Windows-1252 fallback, then newline
/// normalisation and control-character sanitising, so every later step sees safe, LF-only text.
public enum TextDecoder {
    /// The encoding a text was decoded from.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case windows1252 = "windows-1252"
        case other
    }

    /// Decoded, sanitised text and the encoding it came from.
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: Encoding
    }

    /// The byte-order mark at the start of the data, if any, and its length.
    static func byteOrderMark(_ data: Data) -> (Encoding, Int)? {
        let b = [UInt8](data.prefix(3))
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (.utf8, 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LE, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }

    /// Decodes bytes. A BOM wins; then a declared charset (HTML `<meta charset>`), then UTF-8 if the bytes are
    /// valid UTF-8, else Windows-1252 (which maps every byte, so nothing is ever rejected).
    public static func decode(_ data: Data, declaredCharset: String? = nil) -> Decoded {
        let raw = rawDecode(data, declaredCharset: declaredCharset)
        var text = needsCleaning(raw.text) ? TextSanitizer.normalizeNewlinesAndSanitize(raw.text) : raw.text
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        return Decoded(text: text, encoding: raw.encoding)
    }

    /// True when text holds a CR or an unsafe control; most files hold neither and skip the rebuild.
    static func needsCleaning(_ s: String) -> Bool {
        var prevC2 = false
        for b in s.utf8 {
            if b < 0x20 && b != 0x0A && b != 0x09 { return true }
            if b == 0x7F { return true }
            if prevC2 && b >= 0x80 && b <= 0x9F { return true }
            prevC2 = b == 0xC2
        }
        return false
    }

    static func rawDecode(_ data: Data, declaredCharset: String?) -> Decoded {
        if let (enc, n) = byteOrderMark(data) {
            let body = data.dropFirst(n)
            switch enc {
            case .utf8: return Decoded(text: utf8OrFallback(body).text, encoding: .utf8)
            default: return Decoded(text: utf16(body, littleEndian: enc == .utf16LE), encoding: enc)
            }
        }
        if let guess = bomlessUTF16(data) {
            return Decoded(text: utf16(data, littleEndian: guess == .utf16LE), encoding: guess)
        }
        if let declared = declaredCharset.map(normalizedCharset) {
            switch declared {
            case "windows-1252", "iso-8859-1", "latin1", "us-ascii", "ascii", "cp1252", "iso-8859-15":
                // Pages often declare Latin-1 and are really UTF-8. Latin-1 text that happens to form valid
                // multi-byte UTF-8 sequences is vanishingly rare, so valid UTF-8 with such sequences wins.
                if data.contains(where: { $0 >= 0x80 }), let s = String(validating: data, as: UTF8.self) {
                    return Decoded(text: s, encoding: .utf8)
                }
                return Decoded(text: windows1252(data), encoding: .windows1252)
            case "utf-16le": return Decoded(text: utf16(data, littleEndian: true), encoding: .utf16LE)
            case "utf-16be", "utf-16": return Decoded(text: utf16(data, littleEndian: false), encoding: .utf16BE)
            case "utf-8", "utf8": break
            default:
                if let enc = foundationEncoding(declared), let s = String(data: data, encoding: enc) {
                    return Decoded(text: s, encoding: .other)
                }
            }
        }
        return utf8OrFallback(data)
    }

    static func normalizedCharset(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'"))).lowercased()
    }

    static func foundationEncoding(_ name: String) -> String.Encoding? {
        switch name {
        case "iso-8859-2", "latin2": return .isoLatin2
        case "shift_jis", "shift-jis", "sjis", "windows-31j": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "windows-1250": return .windowsCP1250
        case "windows-1251": return .windowsCP1251
        case "windows-1253": return .windowsCP1253
        case "windows-1254": return .windowsCP1254
        default: return nil
        }
    }

    static func utf8OrFallback<D: Collection>(_ bytes: D) -> Decoded where D.Element == UInt8 {
        if let s = String(validating: bytes, as: UTF8.self) { return Decoded(text: s, encoding: .utf8) }
        return Decoded(text: windows1252(bytes), encoding: .windows1252)
    }

    /// UTF-16 without a BOM shows up as a NUL in every other byte of ASCII text; recognise it rather than
    /// calling the file binary.
    static func bomlessUTF16(_ data: Data) -> Encoding? {
        let sample = [UInt8](data.prefix(512))
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: sample.count, by: 2) {
            if sample[i] == 0 { evenZero += 1 }
            if sample[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = sample.count / 2
        if oddZero * 10 >= pairs * 9 && evenZero == 0 { return .utf16LE }
        if evenZero * 10 >= pairs * 9 && oddZero == 0 { return .utf16BE }
        return nil
    }

    static func utf16<D: Collection>(_ bytes: D, littleEndian: Bool) -> String where D.Element == UInt8 {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var it = bytes.makeIterator()
        while let a = it.next() {
            guard let b = it.next() else { units.append(0xFFFD); break }
            units.append(littleEndian ? UInt16(a) | UInt16(b) << 8 : UInt16(a) << 8 | UInt16(b))
        }
        // Unpaired surrogates decode to U+FFFD rather than failing.
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 plus typographic punctuation in 0x80-0x9F; the five unassigned bytes become U+FFFD.
    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252<D: Collection>(_ bytes: D) -> String where D.Element == UInt8 {
        var out = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            out.append(Unicode.Scalar(v)!)
        }
        return String(out)
    }

    /// True when bytes look like a binary file rather than text: a NUL byte (outside UTF-16), or many
    /// control bytes in the first 64 KiB.
    public static func looksBinary(_ data: Data) -> Bool {
        if let (enc, _) = byteOrderMark(data), enc != .utf8 { return false }
        if bomlessUTF16(data) != nil { return false }
        let sample = data.prefix(65536)
        if sample.isEmpty { return false }
        var controls = 0
        for b in sample {
            if b == 0 { return true }
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B) || b == 0x7F {
                controls += 1
            }
        }
        return controls * 10 > sample.count
    }

    /// The charset an HTML or XML document declares in its first KiB (`<meta charset>`,
    /// `http-equiv` content type, or the XML declaration's encoding).
    public static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var search = head.startIndex
            while let r = head.range(of: marker, range: search..<head.endIndex) {
                search = r.upperBound
                var v = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                v = v.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                if !v.isEmpty { return String(v) }
            }
        }
        return nil
    }
}
