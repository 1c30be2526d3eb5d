import Foundation

/// Turns the bytes of a file into text: BOMs, UTF-8, UTF-16, and every other charset through glibc's iconv, then
/// newline normalisation and control-character sanitising, so every later step sees safe, LF-only text.
///
/// Charset labels are read as browsers read them (the WHATWG Encoding Standard): a label names the superset the
/// web really uses ("gb2312" is GB18030, "iso-8859-1" is windows-1252, "shift_jis" is windows-31j), because
/// pages rarely stay inside the charset they name. Bytes iconv cannot convert become U+FFFD, one for each.
public enum TextDecoder {
    /// Decoded, sanitised text and the charset (iconv's name, "UTF-8" for UTF-8) it came from.
    public struct Decoded: Sendable {
        public var text: String
        public var charset: String
    }

    /// The byte-order mark at the start of the data, if any: the charset and the mark's length.
    static func byteOrderMark(_ data: Data) -> (String, Int)? {
        let b = [UInt8](data.prefix(3))
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ("UTF-8", 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return ("UTF-16LE", 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return ("UTF-16BE", 2) }
        return nil
    }

    /// Decodes bytes. A BOM wins; then a charset the user gave (`--charset`); then UTF-8 when the bytes are
    /// valid UTF-8 holding non-ASCII sequences; then the charset the document declares (HTML `<meta>`, the
    /// XML declaration); then UTF-8 if the bytes are valid UTF-8, else windows-1252 (which maps nearly every
    /// byte, so nothing is ever rejected).
    public static func decode(_ data: Data, declaredCharset: String? = nil, givenCharset: String? = nil) -> Decoded {
        let raw = rawDecode(data, declaredCharset: declaredCharset, givenCharset: givenCharset)
        var text = needsCleaning(raw.text) ? TextSanitizer.normalizeNewlinesAndSanitize(raw.text) : raw.text
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        return Decoded(text: text, charset: raw.charset)
    }

    /// True when text holds a CR or an unsafe control; most files hold neither and skip the rebuild.
    static func needsCleaning(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            guard let base = u.baseAddress else { return false }
            // Eight bytes at a time: only a word holding a byte under 0x20, a DEL or a C2 lead byte is looked
            // at byte by byte (newlines and tabs are such bytes, and fine).
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
            var i = 0
            let n = u.count
            while i + 8 <= n {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let under20 = (x &- ones &* 0x20) & ~x & highs != 0
                if under20 || hasZero(x ^ (ones &* 0x7F)) || hasZero(x ^ (ones &* 0xC2)) {
                    for k in i..<(i + 8) {
                        let b = u[k]
                        if b < 0x20 && b != 0x0A && b != 0x09 { return true }
                        if b == 0x7F { return true }
                        if b == 0xC2, k + 1 < n, u[k + 1] >= 0x80, u[k + 1] <= 0x9F { return true }
                    }
                }
                i += 8
            }
            while i < n {
                let b = u[i]
                if b < 0x20 && b != 0x0A && b != 0x09 { return true }
                if b == 0x7F { return true }
                if b == 0xC2, i + 1 < n, u[i + 1] >= 0x80, u[i + 1] <= 0x9F { return true }
                i += 1
            }
            return false
        }
    }

    static func rawDecode(_ data: Data, declaredCharset: String?, givenCharset: String?) -> Decoded {
        if let (cs, n) = byteOrderMark(data) {
            let body = data.dropFirst(n)
            if cs == "UTF-8" { return utf8OrFallback(body) }
            return Decoded(text: utf16(body, littleEndian: cs == "UTF-16LE"), charset: cs)
        }
        if givenCharset == nil, let guess = bomlessUTF16(data) {
            return Decoded(text: utf16(data, littleEndian: guess == "UTF-16LE"), charset: guess)
        }
        let label = givenCharset ?? declaredCharset
        guard let label, let charset = webCharset(label, declaredInDocument: givenCharset == nil) else {
            return utf8OrFallback(data)
        }
        switch charset {
        case "UTF-8": return utf8OrFallback(data)
        case "UTF-16LE", "UTF-16BE": return Decoded(text: utf16(data, littleEndian: charset == "UTF-16LE"), charset: charset)
        default:
            // Pages saved again as UTF-8 keep the charset they were written in ("gb2312", "iso-8859-1").
            // Text in another charset that happens to form only valid multi-byte UTF-8 sequences is
            // vanishingly rare, so a document's own label loses to bytes that are valid UTF-8 with such
            // sequences (trafilatura reads pages the same way); a charset the user gives is obeyed.
            if givenCharset == nil, data.contains(where: { $0 >= 0x80 }), let s = String(validating: data, as: UTF8.self) {
                return Decoded(text: s, charset: "UTF-8")
            }
        }
        if let s = Iconv.decode(data, from: charset) { return Decoded(text: s, charset: charset) }
        return utf8OrFallback(data)
    }

    /// The iconv name for a charset label, or nil for a label that is not a charset name at all. Labels
    /// go to iconv only as plain names (letters, digits, '-', '_', '.', ':'), never as paths or options.
    static func webCharset(_ label: String, declaredInDocument: Bool) -> String? {
        let l = label.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'")))
            .lowercased()
        guard !l.isEmpty, l.utf8.count <= 40,
              l.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D
                  || $0 == 0x5F || $0 == 0x2E || $0 == 0x3A }) else { return nil }
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            return "UTF-8"
        case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff":
            // A document read as ASCII to find its own declaration cannot be UTF-16 (browsers read it as UTF-8);
            // a charset the user gives is meant.
            if declaredInDocument { return "UTF-8" }
            return l == "utf-16be" ? "UTF-16BE" : "UTF-16LE"
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1",
             "l1", "cp819", "ibm819", "csisolatin1", "iso-ir-100", "cp1252", "windows-1252", "x-cp1252":
            return "CP1252"
        case "iso-8859-9", "iso8859-9", "iso_8859-9", "iso88599", "latin5", "l5", "csisolatin5", "iso-ir-148",
             "cp1254", "windows-1254", "x-cp1254":
            return "CP1254"
        case "tis-620", "iso-8859-11", "iso8859-11", "iso885911", "windows-874", "dos-874", "cp874":
            return "CP874"
        case "gb2312", "gbk", "gb18030", "x-gbk", "chinese", "csgb2312", "csiso58gb231280", "gb_2312",
             "gb_2312-80", "iso-ir-58", "cp936", "windows-936":
            return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950":
            return "BIG5-HKSCS"
        case "euc-kr", "cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
             "ksc5601", "ksc_5601", "windows-949", "cp949", "uhc":
            return "CP949"
        case "shift_jis", "shift-jis", "sjis", "csshiftjis", "ms932", "ms_kanji", "windows-31j", "x-sjis", "cp932":
            return "CP932"
        case "euc-jp", "cseucpkdfmtjapanese", "x-euc-jp": return "EUC-JP"
        case "iso-2022-jp", "csiso2022jp": return "ISO-2022-JP"
        case "iso-8859-8-i", "iso-8859-8", "iso8859-8", "iso_8859-8", "iso88598", "visual", "hebrew", "logical",
             "csiso88598i", "csisolatinhebrew", "iso-ir-138":
            return "ISO-8859-8"
        case "koi8-r", "koi8_r", "koi", "koi8", "cskoi8r": return "KOI8-R"
        case "koi8-u", "koi8-ru": return "KOI8-U"
        case "macintosh", "mac", "x-mac-roman", "csmacintosh": return "MACINTOSH"
        default:
            if l.hasPrefix("windows-125"), let d = l.last { return "CP125\(d)" }
            if l.hasPrefix("x-cp125"), let d = l.last { return "CP125\(d)" }
            return l.uppercased()
        }
    }

    /// True when iconv can decode the charset a label names (for checking `--charset` before reading anything).
    public static func knowsCharset(_ label: String) -> Bool {
        guard let cs = webCharset(label, declaredInDocument: false) else { return false }
        if cs == "UTF-8" || cs.hasPrefix("UTF-16") { return true }
        return Iconv.decode([UInt8](), from: cs) != nil
    }

    static func utf8OrFallback<D: Collection>(_ bytes: D) -> Decoded where D.Element == UInt8 {
        if let s = String(validating: bytes, as: UTF8.self) { return Decoded(text: s, charset: "UTF-8") }
        return Decoded(text: Iconv.decode(bytes, from: "CP1252") ?? latin1(bytes), charset: "CP1252")
    }

    /// Bytes as code points: only if glibc's converters are missing, so some text still comes out.
    static func latin1<D: Collection>(_ bytes: D) -> String where D.Element == UInt8 {
        var out = String.UnicodeScalarView()
        for b in bytes { out.append(Unicode.Scalar(b)) }
        return String(out)
    }

    /// UTF-16 without a BOM shows up as a NUL in every other byte of ASCII text; recognise it rather than
    /// calling the file binary.
    static func bomlessUTF16(_ data: Data) -> String? {
        let sample = [UInt8](data.prefix(512))
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: sample.count, by: 2) {
            if sample[i] == 0 { evenZero += 1 }
            if sample[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = sample.count / 2
        if oddZero * 10 >= pairs * 9 && evenZero == 0 { return "UTF-16LE" }
        if evenZero * 10 >= pairs * 9 && oddZero == 0 { return "UTF-16BE" }
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

    /// True when bytes look like a binary file rather than text: a NUL byte (outside UTF-16), or many
    /// control bytes in the first 64 KiB.
    public static func looksBinary(_ data: Data) -> Bool {
        if let (cs, _) = byteOrderMark(data), cs != "UTF-8" { return false }
        if bomlessUTF16(data) != nil { return false }
        let sample = data.prefix(65536)
        if sample.isEmpty { return false }
        return sample.withUnsafeBytes { (u: UnsafeRawBufferPointer) -> Bool in
            var controls = 0
            for b in u {
                if b == 0 { return true }
                if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B) || b == 0x7F {
                    controls += 1
                }
            }
            return controls * 10 > u.count
        }
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
