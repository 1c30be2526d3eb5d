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
    public static func normalizeNewlinesAndSanitize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var it = s.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = it.next()
        while let c = pending {
            pending = it.next()
            if c == "\r" {
                out.append("\n")
                if pending == "\n" { pending = it.next() }
            } else if isUnsafe(c.value) {
                out.append(replacement)
            } else {
                out.append(c)
            }
        }
        return String(out)
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
