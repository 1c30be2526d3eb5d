/// Rewrites numeric character references that libxml2 would drop or pass through raw, before parsing:
/// `&#146;` and the other references into 0x80–0x9F mean Windows-1252 punctuation on real pages (as
/// browsers read them), and references to controls (`&#27;`, `&#x7;`) become a visible U+FFFD instead of
/// vanishing. Everything else is left to the parser.
enum HTMLCharacterReferences {
    static func rewrite(_ html: String) -> String {
        guard ByteSearch.has(html, "&#") else { return html }
        let u = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        var changed = false
        while i < u.count {
            if u[i] == 0x26, i + 2 < u.count, u[i + 1] == 0x23, let (value, end) = parse(u, i + 2),
               let replacement = replacement(for: value) {
                out.append(contentsOf: replacement)
                i = end
                changed = true
                continue
            }
            out.append(u[i])
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : html
    }

    /// The code point of `123;` / `x7B;` starting at `from`, and the index after the reference. A value past
    /// UInt32 (any number of digits) stays past the last code point, so it becomes U+FFFD as in browsers.
    static func parse(_ u: [UInt8], _ from: Int) -> (UInt32, Int)? {
        var j = from
        let hex = u[j] == 0x78 || u[j] == 0x58
        if hex { j += 1 }
        var value: UInt32 = 0
        let digitsStart = j
        while j < u.count {
            let c = u[j]
            let d: UInt32
            if c >= 0x30 && c <= 0x39 { d = UInt32(c - 0x30) }
            else if hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 { d = UInt32((c | 0x20) - 0x61 + 10) }
            else { break }
            let (times, o1) = value.multipliedReportingOverflow(by: hex ? 16 : 10)
            let (sum, o2) = times.addingReportingOverflow(d)
            value = o1 || o2 ? UInt32.max : sum
            j += 1
        }
        guard j > digitsStart else { return nil }
        if j < u.count && u[j] == 0x3B { j += 1 }
        return (value, j)
    }

    static func replacement(for v: UInt32) -> [UInt8]? {
        if v >= 0x80 && v <= 0x9F {
            let mapped = TextDecoder.cp1252High[Int(v) - 0x80]
            return Array(String(Unicode.Scalar(mapped)!).utf8)
        }
        if v == 0x09 || v == 0x0A || v == 0x0D { return nil }
        if v < 0x20 || v == 0x7F || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF {
            return [0xEF, 0xBF, 0xBD]
        }
        return nil
    }
}
