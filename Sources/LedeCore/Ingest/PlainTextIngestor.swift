/// Plain text: one block per non-empty line. (Completed by the ingestion work: headings, boilerplate, title.)
public enum PlainTextIngestor {
    public static func article(text: String, source: String) -> Article {
        let s = Array(text.unicodeScalars)
        var blocks: [Block] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            if i > start { blocks.append(Block(kind: .paragraph, range: TextRange(start, i))) }
            start = i + 1
        }
        let sections = [Section(title: nil, range: TextRange(0, s.count))]
        return Article(source: source, format: .text, text: text, blocks: blocks, sections: sections)
    }
}
