/// Decides an input's format from its content; the file extension only breaks ties.
///
/// Markup is recognised by its first element (feeds by their root, HTML by any common HTML element);
/// Markdown by its block syntax (front matter, `#` headings, lists, links). A `.txt` file needs strong
/// Markdown evidence, so scraped plain text with an odd `#` or `*` stays plain text and keeps its offsets.
public enum FormatSniffer {
    public static func detect(_ text: String, hint: String?) -> ArticleFormat {
        let head = Array(text.unicodeScalars.prefix(8192))
        let hint = hint?.lowercased()
        if let markup = markupFormat(head) { return markup }
        if hint == "html" || hint == "htm" || hint == "xhtml", containsHTMLTag(head) { return .html }
        let md = markdownScore(head)
        switch hint {
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "txt", "text": return md >= 6 ? .markdown : .text
        default: return md >= 4 ? .markdown : .text
        }
    }

    static let htmlElements: Set<String> = [
        "html", "head", "body", "article", "main", "div", "p", "section", "h1", "h2", "h3", "header", "nav",
        "title", "meta", "span", "table", "ul", "ol", "figure", "link", "script", "style", "br", "a", "blockquote",
    ]

    /// The format told by the first element of a document that starts with markup.
    static func markupFormat(_ s: [Unicode.Scalar]) -> ArticleFormat? {
        var i = 0
        while true {
            while i < s.count, ScalarClass.isSpace(s[i]) || s[i] == "\u{FEFF}" { i += 1 }
            guard i < s.count, s[i] == "<" else { return nil }
            if i + 1 < s.count, s[i + 1] == "?" || s[i + 1] == "!" {
                // Declarations, doctype and comments: look at the doctype, skip the rest.
                let rest = String(String.UnicodeScalarView(s[i..<min(s.count, i + 20)])).lowercased()
                if rest.hasPrefix("<!doctype html") { return .html }
                let close: Unicode.Scalar = ">"
                if rest.hasPrefix("<!--") {
                    var j = i + 4
                    while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == close) { j += 1 }
                    i = j + 3
                } else {
                    // A doctype's internal subset ("[ … ]") holds declarations with their own ">".
                    var j = i
                    var inSubset = false
                    while j < s.count, inSubset || s[j] != close {
                        if s[j] == "[" { inSubset = true } else if s[j] == "]" { inSubset = false }
                        j += 1
                    }
                    i = j + 1
                }
                continue
            }
            let name = elementName(s, i + 1)
            switch name {
            case "rss", "rdf:rdf", "rdf": return .rss
            case "feed": return .atom
            default: return htmlElements.contains(name) ? .html : nil
            }
        }
    }

    static func elementName(_ s: [Unicode.Scalar], _ from: Int) -> String {
        var out = String.UnicodeScalarView()
        var j = from
        while j < s.count, ScalarClass.isLetter(s[j]) || ScalarClass.isDigit(s[j]) || s[j] == ":" || s[j] == "-" {
            out.append(s[j]); j += 1
        }
        return String(out).lowercased()
    }

    /// True when the text holds a common HTML element tag anywhere (a fragment that starts with text).
    static func containsHTMLTag(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 1 < s.count {
            if s[i] == "<" {
                let n = elementName(s, s[i + 1] == "/" ? i + 2 : i + 1)
                if htmlElements.contains(n) { return true }
            }
            i += 1
        }
        return false
    }

    /// Evidence for Markdown: front matter and ATX headings weigh most; lists, links and emphasis add a little.
    static func markdownScore(_ s: [Unicode.Scalar]) -> Int {
        var score = 0
        if s.count >= 4, s[0] == "-", s[1] == "-", s[2] == "-", s[3] == "\n" { score += 6 }
        var headings = 0, lists = 0, link = false, strong = false, footnote = false
        var i = 0
        while i < s.count {
            // At a line start: skip indentation, look at the marker.
            var j = i
            while j < s.count, s[j] == " " { j += 1 }
            if j < s.count {
                var hashes = 0
                while j + hashes < s.count, s[j + hashes] == "#" { hashes += 1 }
                if hashes >= 1 && hashes <= 4 && j + hashes < s.count && s[j + hashes] == " " { headings += 1 }
                let c = s[j]
                if (c == "-" || c == "*" || c == "+") && j + 1 < s.count && s[j + 1] == " " { lists += 1 }
                if c == ">" && j + 1 < s.count && s[j + 1] == " " { score += 1 }
                if c == "`" && j + 2 < s.count && s[j + 1] == "`" && s[j + 2] == "`" { score += 1 }
                if c == "=" {
                    var k = j
                    while k < s.count, s[k] == "=" { k += 1 }
                    if k - j >= 3 && (k == s.count || s[k] == "\n") { score += 2 }
                }
            }
            // Scan the rest of the line for inline evidence.
            while j < s.count, s[j] != "\n" {
                if s[j] == "]" && j + 1 < s.count && s[j + 1] == "(" { link = true }
                if (s[j] == "*" || s[j] == "_") && j + 1 < s.count && s[j + 1] == s[j] { strong = true }
                if s[j] == "[" && j + 1 < s.count && s[j + 1] == "^" { footnote = true }
                j += 1
            }
            i = j + 1
        }
        score += min(headings, 2) * 3 + min(lists, 2)
        if link { score += 2 }
        if strong { score += 1 }
        if footnote { score += 1 }
        return score
    }
}
