import Glibc

/// Rewrites numeric character references that libxml2 would drop or pass through raw, before parsing:
/// `&#146;` and the other references into 0x80–0x9F mean Windows-1252 punctuation on real pages (as
/// browsers read them), and references to controls (`&#27;`, `&#x7;`) become a visible U+FFFD instead of
/// vanishing. Everything else is left to the parser.
enum HTMLCharacterReferences {
    static func rewrite(_ html: String) -> String {
        guard ByteSearch.has(html, "&#") else { return html }
        var html = html
        let rewritten: [UInt8]? = html.withUTF8 { u in
            // Most pages have references but none to rewrite: nothing is copied until one is found.
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            let n = u.count
            while i + 2 < n {
                guard let base = u.baseAddress, let hit = memchr(base + i, 0x26, n - i - 2) else { break }
                i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if u[i + 1] == 0x23, let (value, end) = parse(u, i + 2), let replacement = replacement(for: value) {
                    if out.isEmpty { out.reserveCapacity(n) }
                    out.append(contentsOf: u[copied..<i])
                    out.append(contentsOf: replacement)
                    i = end
                    copied = end
                    continue
                }
                i += 1
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: u[copied..<n])
            return out
        }
        return rewritten.map { String(decoding: $0, as: UTF8.self) } ?? html
    }

    /// The code point of `123;` / `x7B;` starting at `from`, and the index after the reference. A value past
    /// UInt32 (any number of digits) stays past the last code point, so it becomes U+FFFD as in browsers.
    static func parse(_ u: UnsafeBufferPointer<UInt8>, _ from: Int) -> (UInt32, Int)? {
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
