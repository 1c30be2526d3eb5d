import LedeCore

/// An article as plain text for pipes (`lede article.html | grep`): the title, then the text with boilerplate
/// left out. No escape codes, and no control character from the article.
enum PlainTextArticle {
    static func render(_ article: Article) -> String {
        let body = bodyText(article)
        var out = ""
        if let title = article.title.map(TextSanitizer.singleLine), !title.isEmpty,
           !body.hasPrefix(title) {
            out += title + "\n\n"
        }
        out += body
        if !out.hasSuffix("\n") { out += "\n" }
        return out
    }

    /// The text outside boilerplate blocks, with runs of blank lines left by the omissions folded into one.
    static func bodyText(_ article: Article) -> String {
        let scalars = article.text.scalars
        let hidden = article.blocks.filter { $0.kind == .boilerplate }.map(\.range).sorted { $0.start < $1.start }
        var out = String.UnicodeScalarView()
        var position = 0
        var newlines = 0
        func emit(_ range: Range<Int>) {
            for i in range {
                let s = scalars[i]
                if s == "\n" {
                    newlines += 1
                    // Also drops leading blank lines.
                    if newlines <= 2 && !out.isEmpty { out.append(s) }
                } else {
                    newlines = 0
                    out.append(TextSanitizer.isUnsafe(s.value) ? TextSanitizer.replacement : s)
                }
            }
        }
        for r in hidden {
            let start = max(position, min(r.start, scalars.count))
            emit(position..<start)
            position = max(position, min(r.end, scalars.count))
        }
        emit(position..<scalars.count)
        var text = String(out)
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }
}
