/// Renders Markdown inline syntax to plain text: link and image text kept, URLs dropped, emphasis and code
/// markers removed, escapes and character references resolved, inline HTML tags dropped.
/// Bracketed text that is not a link ("[Harm to Ongoing Matter]") stays as written.
enum MarkdownInline {
    static func render(_ text: Substring) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        render(Array(text.unicodeScalars), into: &out)
        return out
    }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && !ScalarClass.isLetter(c) && !ScalarClass.isDigit(c) && !ScalarClass.isSpace(c) && c.value > 0x20
    }

    static func isWordChar(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return ScalarClass.isLetter(c) || ScalarClass.isDigit(c)
    }

    static func render(_ s: [Unicode.Scalar], into out: inout [Unicode.Scalar]) {
        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case "\\" where i + 1 < s.count && isPunctuation(s[i + 1]):
                out.append(s[i + 1]); i += 2
            case "`":
                var run = 0
                while i + run < s.count, s[i + run] == "`" { run += 1 }
                if let close = findRun(s, from: i + run, char: "`", length: run) {
                    out.append(contentsOf: s[(i + run)..<close]); i = close + run
                } else {
                    out.append(contentsOf: s[i..<(i + run)]); i += run
                }
            case "!" where i + 1 < s.count && s[i + 1] == "[":
                if let (label, next) = link(s, at: i + 1) { render(label, into: &out); i = next } else { out.append(c); i += 1 }
            case "[":
                if i + 1 < s.count, s[i + 1] == "^", let close = s[(i + 2)...].firstIndex(of: "]"), close > i + 2 {
                    // Footnote reference: keep its number visible, as a printed note mark.
                    out.append("["); out.append(contentsOf: s[(i + 2)..<close]); out.append("]"); i = close + 1
                } else if let (label, next) = link(s, at: i) {
                    render(label, into: &out); i = next
                } else {
                    out.append(c); i += 1
                }
            case "<":
                if let close = s[i...].firstIndex(of: ">"), close > i + 1, close - i < 400 {
                    let inner = Array(s[(i + 1)..<close])
                    let first = inner[0]
                    if String(String.UnicodeScalarView(inner.prefix(8))).lowercased().hasPrefix("http") || inner.contains("@") && !inner.contains(" ") {
                        out.append(contentsOf: inner); i = close + 1; continue
                    }
                    if ScalarClass.isLetter(first) || first == "/" || first == "!" {
                        if FormatSniffer.elementName(inner, first == "/" ? 1 : 0) == "br" { out.append(" ") }
                        i = close + 1; continue
                    }
                }
                out.append(c); i += 1
            case "&":
                if let (v, next) = HTMLEntities.decode(s, at: i) { out.append(v); i = next } else { out.append(c); i += 1 }
            case "*", "_", "~":
                var run = 0
                while i + run < s.count, s[i + run] == c { run += 1 }
                let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
                let after: Unicode.Scalar? = i + run < s.count ? s[i + run] : nil
                let spaceBefore = before.map(ScalarClass.isSpace) ?? true
                let spaceAfter = after.map(ScalarClass.isSpace) ?? true
                var isMarker = !(spaceBefore && spaceAfter)
                // Underscores inside words (snake_case) and single tildes are text, not markup.
                if c == "_" && isWordChar(before) && isWordChar(after) { isMarker = false }
                if c == "~" && run < 2 { isMarker = false }
                if !isMarker { out.append(contentsOf: s[i..<(i + run)]) }
                i += run
            default:
                out.append(c); i += 1
            }
        }
    }

    static func findRun(_ s: [Unicode.Scalar], from: Int, char: Unicode.Scalar, length: Int) -> Int? {
        var j = from
        while j < s.count {
            if s[j] == char {
                var r = 0
                while j + r < s.count, s[j + r] == char { r += 1 }
                if r == length { return j }
                j += r
            } else { j += 1 }
        }
        return nil
    }

    /// `[label](url "title")` or `[label][ref]` starting at `s[i] == "["`: the label and the index after the link.
    static func link(_ s: [Unicode.Scalar], at i: Int) -> ([Unicode.Scalar], Int)? {
        var depth = 0
        var j = i
        var close: Int?
        while j < s.count {
            if s[j] == "\\" { j += 2; continue }
            if s[j] == "[" { depth += 1 }
            if s[j] == "]" { depth -= 1; if depth == 0 { close = j; break } }
            j += 1
        }
        guard let close, close + 1 < s.count else { return nil }
        let label = Array(s[(i + 1)..<close])
        if s[close + 1] == "(" {
            var k = close + 2, parens = 1
            while k < s.count {
                if s[k] == "\\" { k += 2; continue }
                if s[k] == "(" { parens += 1 }
                if s[k] == ")" { parens -= 1; if parens == 0 { return (label, k + 1) } }
                k += 1
            }
            return nil
        }
        if s[close + 1] == "[", let end = s[(close + 2)...].firstIndex(of: "]") {
            return (label, end + 1)
        }
        return nil
    }
}
