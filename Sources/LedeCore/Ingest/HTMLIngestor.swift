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

    static func extract(html: String, source: String, knownTitle: String?) throws -> Extraction {
        guard let doc = HTMLDocument(html), let root = doc.root else {
            // Text that libxml2 could not make a tree of at all: read it as plain text instead of failing.
            let plain = PlainTextIngestor.article(text: html, source: source)
            return Extraction(articleText: plain.text, blocks: plain.blocks, titleBlock: nil, title: plain.title,
                              published: plain.published, link: nil)
        }
        var extractor = ReaderModeExtractor(root: root)
        let meta = HTMLMetadata(extractor)
        let rendered = extractor.render(extractor.articleContainers())
        let title = knownTitle ?? meta.title

        var b = ArticleBuilder(reservingCapacity: html.utf8.count / 2)
        var titleBlock: Int?
        let firstHeading = rendered.firstIndex { $0.kind == .heading }
        let leadingTitle = firstHeading.flatMap { i -> Int? in
            let t = HTMLMetadata.clean(ScalarString.make(rendered[i].scalars))
            return i <= 2 && (t == title || rendered[i].level == 1) ? i : nil
        }
        if leadingTitle == nil, let title, !title.isEmpty {
            // The headline usually sits outside the article container; put it back on top.
            b.append(title, kind: .heading, level: 1)
            titleBlock = b.blocks.isEmpty ? nil : 0
        }
        for (i, r) in rendered.enumerated() {
            let before = b.blocks.count
            b.append(r.scalars, kind: r.kind, level: i == leadingTitle ? 1 : r.level, boilerplate: r.boilerplate,
                     keepNewlines: r.keepNewlines)
            if i == leadingTitle && b.blocks.count > before { titleBlock = before }
        }
        let text = ArticleText(b.text)
        var r = StructureInference.infer(b.blocks, text: text, inferHeadings: false, inferTitleLine: false)
        if let t = titleBlock { r.titleBlock = t }
        var published = r.published
        if let d = meta.published { published = PublicationDate(date: d, source: .metadata) }
        return Extraction(articleText: text, blocks: r.blocks, titleBlock: r.titleBlock,
                          title: title ?? r.title, published: published, link: meta.link)
    }
}
