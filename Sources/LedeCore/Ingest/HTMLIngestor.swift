import CLibXML2

/// HTML pages and fragments: reader-mode extraction of the main article, then the same furniture, dateline
/// and caption inference as other formats. The article text is the rendered text, one block per line, with
/// the title as its first line.
public enum HTMLIngestor {
    /// What an HTML document yields, before it is wrapped as an article (feeds override title, date, link).
    struct Extraction {
        var articleText: ArticleText
        var text: String { articleText.string }
        var blocks: [Block]
        var titleBlock: Int?
        var title: String?
        var published: PublicationDate?
        var link: String?
    }

    public static func article(html: String, source: String) throws -> Article {
        let x = try extract(html: html, source: source, knownTitle: nil)
        var a = Article(source: source, format: .html, title: x.title, published: x.published, link: x.link,
                        text: "", blocks: x.blocks)
        a.text = x.articleText
        a.sections = SectionBuilder.sections(x.blocks, text: a.text, titleBlock: x.titleBlock)
        return a
    }

    /// True for text too long to be a heading: over 30 words, or over 20 ending as a sentence ends.
    static func isProse(_ scalars: [Unicode.Scalar]) -> Bool {
        var words = 0
        var inWord = false
        for c in scalars {
            if ScalarClass.isSpace(c) { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        if words > 30 { return true }
        guard words > 20, let last = scalars.last(where: { !ScalarClass.isSpace($0) }) else { return false }
        return ".!?\"”’)".unicodeScalars.contains(last)
    }

    /// - Parameter knownTitle: the title a feed item gave, which wins over the page's own.
    static func extract(html: String, source: String, knownTitle: String?) throws -> Extraction {
        guard let doc = HTMLDocument(html), let root = doc.root else {
            // Text that libxml2 could not make a tree of at all: read it as plain text instead of failing.
            let plain = PlainTextIngestor.article(text: html, source: source)
            return Extraction(articleText: plain.text, blocks: plain.blocks, titleBlock: nil, title: plain.title,
                              published: plain.published, link: nil)
        }
        let meta = HTMLMetadata(root: root)
        let metaTitle = meta.title
        let title = knownTitle ?? metaTitle
        ReaderModePrep.prepare(doc.doc, root: root)
        let table = PageTable(root: root)
        table.tagNodes()
        var extractor = ReaderModeExtractor(table: table, title: title ?? metaTitle)
        extractor.findsByline = !meta.hasAuthor
        let found = extractor.extract()
        let renderer = ReaderModeRenderer(table: table, removed: found.removed, byline: found.byline,
                                          textLength: extractor.fullText)
        let rendered = renderer.render(found.containers)

        var b = ArticleBuilder(reservingCapacity: html.utf8.count / 4)
        var titleBlock: Int?
        if let title, !title.isEmpty {
            b.append(title, kind: .heading, level: 1)
            titleBlock = b.blocks.isEmpty ? nil : 0
        }
        for r in rendered {
            var kind = r.kind, level = r.level
            if kind == .heading && Self.isProse(r.scalars) {
                // A bold lead paragraph marked up as a heading reads as the paragraph it is.
                kind = .paragraph; level = nil
            } else if kind == .heading && titleBlock != nil {
                // The article's own top-level headings are its sections: the title is the one level-1 heading.
                level = max(2, level ?? 2)
            }
            b.append(r.scalars, kind: kind, level: level, boilerplate: r.boilerplate, keepNewlines: r.keepNewlines)
        }
        let text = ArticleText(b.text)
        var r = StructureInference.infer(b.blocks, text: text, inferHeadings: false, inferTitleLine: false)
        if let t = titleBlock { r.titleBlock = t }
        var published = r.published
        if let (d, source) = meta.published {
            published = PublicationDate(date: d, source: source)
        } else if published == nil, let url = meta.link, let d = URLDate.date(in: url) {
            published = PublicationDate(date: d, source: .url)
        }
        return Extraction(articleText: text, blocks: r.blocks, titleBlock: r.titleBlock,
                          title: title ?? r.title, published: published, link: meta.link)
    }
}
