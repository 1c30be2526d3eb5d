/// Plain text as scraped: one block per non-empty line; furniture, dateline, title line, bare-line headings
/// and captions found by `StructureInference`.
///
/// The article text is the decoded file text itself, so every offset also points into the file.
public enum PlainTextIngestor {
    public static func article(text: String, source: String) -> Article {
        let t = ArticleText(text)
        let s = t.scalars
        var blocks: [Block] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            var a = start, b = i
            while a < b, ScalarClass.isSpace(s[a]) { a += 1 }
            while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
            if b > a {
                let kind: Block.Kind = LineHeuristics.isListItem(t[TextRange(a, b)]) ? .listItem : .paragraph
                blocks.append(Block(kind: kind, range: TextRange(a, b)))
            }
            start = i + 1
        }
        let r = StructureInference.infer(blocks, text: t, inferHeadings: true, inferTitleLine: true)
        var article = Article(source: source, format: .text, title: r.title, published: r.published, text: text,
                              blocks: r.blocks)
        article.sections = SectionBuilder.sections(r.blocks, text: article.text, titleBlock: r.titleBlock)
        return article
    }
}
