/// Plain text as scraped: one block per non-empty line; furniture, dateline, title line, bare-line headings
/// and captions found by `StructureInference`.
///
/// The article text is the decoded file text itself, so every offset also points into the file.
public enum PlainTextIngestor {
    public static func article(text: String, source: String) -> Article {
        var blocks: [Block] = []
        var lines: [String] = []
        // One pass over UTF-8: line byte ranges, their scalar offsets, trimmed of spaces and tabs.
        var copy = text
        copy.withUTF8 { u in
            var scalar = 0
            var i = 0
            while i <= u.count {
                let lineStart = i, scalarStart = scalar
                while i < u.count && u[i] != 0x0A {
                    if u[i] & 0xC0 != 0x80 { scalar += 1 }
                    i += 1
                }
                var a = lineStart, b = i, sa = scalarStart, sb = scalar
                while a < b, u[a] == 0x20 || u[a] == 0x09 { a += 1; sa += 1 }
                while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x09 { b -= 1; sb -= 1 }
                if b > a {
                    let line = String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF8.self)
                    let kind: Block.Kind = LineHeuristics.isListItem(line) ? .listItem : .paragraph
                    blocks.append(Block(kind: kind, range: TextRange(sa, sb)))
                    lines.append(line)
                }
                i += 1
                scalar += 1
            }
        }
        var article = Article(source: source, format: .text, text: text)
        let r = StructureInference.infer(blocks, text: article.text, inferHeadings: true, inferTitleLine: true,
                                         texts: lines)
        article.title = r.title
        article.published = r.published
        article.blocks = r.blocks
        article.sections = SectionBuilder.sections(r.blocks, text: article.text, titleBlock: r.titleBlock)
        return article
    }
}
