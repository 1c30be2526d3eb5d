/// Character references in text that did not go through libxml2 (Markdown): `&amp;`, `&#8217;`, `&#x2019;`.
/// The result is sanitised by whoever appends it (`&#27;` never becomes ESC).
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–",
        "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "middot": "·",
        "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "laquo": "«", "raquo": "»",
        "bull": "•", "deg": "°", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "ouml": "ö",
        "uuml": "ü", "auml": "ä", "szlig": "ß", "ccedil": "ç", "ntilde": "ñ", "times": "×", "shy": "\u{AD}",
    ]

    /// Decodes the reference starting at `s[i]` (an `&`), returning the scalar and the index after the `;`.
    static func decode(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        var name = String.UnicodeScalarView()
        while j < s.count, j - i <= 32, s[j] != ";" {
            guard ScalarClass.isLetter(s[j]) || ScalarClass.isDigit(s[j]) || s[j] == "#" else { return nil }
            name.append(s[j]); j += 1
        }
        guard j < s.count, s[j] == ";", !name.isEmpty else { return nil }
        let n = String(name)
        if n.hasPrefix("#") {
            let body = n.dropFirst()
            let v = body.hasPrefix("x") || body.hasPrefix("X") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            guard let v else { return nil }
            return (Unicode.Scalar(v) ?? TextSanitizer.replacement, j + 1)
        }
        guard let c = named[n] else { return nil }
        return (c, j + 1)
    }

    /// Every character reference in a string decoded (unknown ones left as written).
    static func decodeAll(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let (v, next) = decode(s, at: i) { out.append(v); i = next } else { out.append(s[i]); i += 1 }
        }
        return String(out)
    }
}
