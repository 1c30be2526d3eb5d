/// Markdown: `#` and underlined headings, paragraphs, lists, block quotes, fenced code, tables, footnotes,
/// YAML front matter (title, date), and captions written as a line of italics.
///
/// The article text is the rendered text, one block per line, without the Markdown syntax.
public enum MarkdownIngestor {
    enum Pending {
        case none
        case paragraph([Substring])
        case listItem([Substring])
        case quote([Substring])
        case footnote(String, [Substring])
    }

    public static func article(text: String, source: String) -> Article {
        // Split on UTF-8 bytes: splitting a String by Character is much slower on long documents.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        let frontMatter = FrontMatter.parse(lines)
        if let fm = frontMatter { lines = Array(lines[fm.bodyStart...]) }

        var b = ArticleBuilder(reservingCapacity: text.unicodeScalars.count)
        var footnotes: [(String, [Substring])] = []
        var pending = Pending.none

        func flush() {
            switch pending {
            case .none: break
            case .paragraph(let ls): appendParagraph(ls, &b)
            case .listItem(let ls): b.append(MarkdownInline.render(joined(ls)), kind: .listItem)
            case .quote(let ls): appendQuote(ls, &b)
            case .footnote(let id, let ls): footnotes.append((id, ls))
            }
            pending = .none
        }

        var i = 0
        while i < lines.count {
            let line = lines[i]
            let indent = line.prefix { $0 == " " }.count
            let t = line.drop { $0 == " " || $0 == "\t" }
            i += 1
            if t.isEmpty {
                if case .footnote = pending, i < lines.count, lines[i].hasPrefix("    ") { continue }
                if case .listItem = pending, i < lines.count, lines[i].hasPrefix("  ") { continue }
                flush(); continue
            }
            if indent < 4, t.hasPrefix("```") || t.hasPrefix("~~~") {
                flush()
                let fence = t.prefix(3)
                var code: [Substring] = []
                while i < lines.count, !lines[i].drop(while: { $0 == " " }).hasPrefix(fence) { code.append(lines[i]); i += 1 }
                i += 1
                b.append(code.joined(separator: "\n").unicodeScalars, kind: .paragraph, keepNewlines: true)
                continue
            }
            if indent < 4, let (level, title) = atxHeading(t) {
                flush()
                b.append(MarkdownInline.render(title), kind: .heading, level: level)
                continue
            }
            if indent < 4, case .paragraph(let ls) = pending, isUnderline(t) {
                pending = .none
                b.append(MarkdownInline.render(joined(ls)), kind: .heading, level: t.first == "=" ? 1 : 2)
                continue
            }
            if indent < 4, isRule(t) { flush(); continue }
            if indent < 4, t.hasPrefix(">") {
                let inner = t.dropFirst().drop { $0 == " " }
                if case .quote(let ls) = pending { pending = .quote(ls + [inner]) } else { flush(); pending = .quote([inner]) }
                continue
            }
            if indent < 4, t.hasPrefix("[^"), let close = t.firstIndex(of: "]"), t[t.index(after: close)...].hasPrefix(":") {
                flush()
                let id = String(t[t.index(t.startIndex, offsetBy: 2)..<close])
                pending = .footnote(id, [t[t.index(close, offsetBy: 2)...]])
                continue
            }
            if let rest = listItemBody(t) {
                flush()
                pending = .listItem([rest])
                continue
            }
            if t.hasPrefix("|") {
                flush()
                if !t.allSatisfy({ "|-: ".contains($0) }) {
                    let cells = t.split(separator: "|").map { $0.trimming(" ") }.filter { !$0.isEmpty }
                    b.append(MarkdownInline.render(Substring(cells.joined(separator: " | "))), kind: .paragraph)
                }
                continue
            }
            if t.hasPrefix("<!--") {
                flush()
                var l = t
                while !l.contains("-->"), i < lines.count { l = lines[i]; i += 1 }
                continue
            }
            switch pending {
            case .paragraph(let ls): pending = .paragraph(ls + [t])
            case .listItem(let ls): pending = .listItem(ls + [t])
            case .quote(let ls): pending = .quote(ls + [t])
            case .footnote(let id, let ls): pending = .footnote(id, ls + [t])
            case .none: pending = .paragraph([t])
            }
        }
        flush()
        if !footnotes.isEmpty {
            // Notes get a heading of their own so they do not run on as part of the last section.
            b.append("Notes", kind: .heading, level: 2)
            for (id, ls) in footnotes {
                b.append(Array("[\(id)] ".unicodeScalars) + MarkdownInline.render(joined(ls)), kind: .listItem)
            }
        }

        let articleText = ArticleText(b.text)
        var r = StructureInference.infer(b.blocks, text: articleText, inferHeadings: false, inferTitleLine: false)
        var title = r.title
        if let fmTitle = frontMatter?.fields["title"], !fmTitle.isEmpty {
            title = TextSanitizer.singleLine(fmTitle)
            if r.titleBlock == nil, let first = r.blocks.firstIndex(where: { $0.kind == .heading }),
               articleText[r.blocks[first].range] == fmTitle { r.titleBlock = first }
        }
        if let d = frontMatter?.fields["date"].flatMap(DateParser.parse) {
            r.published = PublicationDate(date: d, source: .frontMatter)
        }
        var a = Article(source: source, format: .markdown, title: title, published: r.published, text: "",
                        blocks: r.blocks)
        a.text = articleText
        a.sections = SectionBuilder.sections(r.blocks, text: a.text, titleBlock: r.titleBlock)
        return a
    }

    static func joined(_ ls: [Substring]) -> Substring {
        Substring(ls.map { $0.trimmingTrailingSpaces() }.joined(separator: " "))
    }

    /// A paragraph; a paragraph that is one italic span (`_…_` or `*…*`) or only an image is a caption.
    static func appendParagraph(_ ls: [Substring], _ b: inout ArticleBuilder) {
        let raw = joined(ls).trimmingTrailingSpaces()
        let s = Substring(raw)
        if s.count > 2, let f = s.first, f == "_" || f == "*", s.last == f,
           !s.hasPrefix(String(f) + String(f)), !s.dropFirst().dropLast().contains(f) {
            b.append(MarkdownInline.render(s), kind: .caption)
            return
        }
        if s.hasPrefix("!["), let (alt, next) = MarkdownInline.link(Array(s.dropFirst().unicodeScalars), at: 0),
           next == s.unicodeScalars.count - 1 {
            b.append(MarkdownInline.render(Substring(String(String.UnicodeScalarView(alt)))), kind: .caption)
            return
        }
        b.append(MarkdownInline.render(s), kind: .paragraph)
    }

    /// Quote lines, split into paragraphs at blank quote lines.
    static func appendQuote(_ ls: [Substring], _ b: inout ArticleBuilder) {
        var para: [Substring] = []
        for l in ls + [""] {
            if l.trimming(" ").isEmpty {
                if !para.isEmpty { b.append(MarkdownInline.render(joined(para)), kind: .quote) }
                para = []
            } else {
                para.append(l)
            }
        }
    }

    static func atxHeading(_ t: Substring) -> (Int, Substring)? {
        let level = t.prefix { $0 == "#" }.count
        guard level >= 1, level <= 6 else { return nil }
        let rest = t.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var body = Substring(rest.trimming(" \t"))
        // Closing hashes: "## Title ##".
        if body.hasSuffix("#") {
            let stripped = body.reversed().drop { $0 == "#" }
            if stripped.first == " " || stripped.isEmpty { body = Substring(String(stripped.reversed()).trimming(" ")) }
        }
        return (level, body)
    }

    static func isUnderline(_ t: Substring) -> Bool {
        let s = t.trimmingTrailingSpaces()
        guard let f = s.first, f == "=" || f == "-" else { return false }
        return s.allSatisfy { $0 == f }
    }

    static func isRule(_ t: Substring) -> Bool {
        guard let f = t.first, f == "-" || f == "*" || f == "_" else { return false }
        var n = 0
        for c in t { if c == f { n += 1 } else if c != " " { return false } }
        return n >= 3
    }

    /// The text of a list item line (`- x`, `* x`, `+ x`, `1. x`, `1) x`), or nil.
    static func listItemBody(_ t: Substring) -> Substring? {
        guard let f = t.first else { return nil }
        if f == "-" || f == "*" || f == "+" {
            let rest = t.dropFirst()
            return rest.first == " " ? rest.drop { $0 == " " } : nil
        }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = t.dropFirst(digits.count)
        guard let m = rest.first, m == "." || m == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2).drop { $0 == " " }
    }
}

extension StringProtocol {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
