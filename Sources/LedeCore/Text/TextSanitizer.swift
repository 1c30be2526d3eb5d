/// Makes decoded text safe to show and stable to index.
///
/// Applied after every decoding step (bytes to text, HTML entities, feed CDATA), so no byte of an article
/// can reach the terminal as a control sequence. Replacement is one scalar for one, so offsets stay put.
public enum TextSanitizer {
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// True for C0 controls other than newline and tab, DEL, and C1 controls (ESC included).
    @inline(__always)
    public static func isUnsafe(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x0A && v != 0x09) || (v >= 0x7F && v <= 0x9F)
    }

    /// Turns CRLF and CR into LF, then replaces every unsafe control with U+FFFD.
    /// Works on the UTF-8 bytes: a C1 control is the two bytes C2 80-9F, every other unsafe control one byte.
    public static func normalizeNewlinesAndSanitize(_ s: String) -> String {
        var s = s
        let bytes: [UInt8] = s.withUTF8 { u in
            var out: [UInt8] = []
            out.reserveCapacity(u.count + 16)
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                if b == 0x0D {
                    out.append(0x0A)
                    i += (i + 1 < n && u[i + 1] == 0x0A) ? 2 : 1
                } else if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD]); i += 1
                } else if b == 0xC2, i + 1 < n, u[i + 1] >= 0x80, u[i + 1] <= 0x9F {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD]); i += 2
                } else {
                    out.append(b); i += 1
                }
            }
            return out
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Replaces unsafe controls; newlines and tabs kept as they are.
    public static func sanitize(_ s: String) -> String {
        if !s.unicodeScalars.contains(where: { isUnsafe($0.value) }) { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(isUnsafe(c.value) ? replacement : c) }
        return String(out)
    }

    /// For one-line fields (titles, names): every control, newline and tab included, becomes a space.
    public static func singleLine(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c.value < 0x20 || (c.value >= 0x7F && c.value <= 0x9F) { out.append(" ") } else { out.append(c) }
        }
        return String(out)
    }
}
