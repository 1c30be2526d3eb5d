/// Assembles the clean text of a rendered article (Markdown, HTML, feed content) one block at a time,
/// one block per line, recording each block's range as it goes.
struct ArticleBuilder {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var blocks: [Block] = []

    init(reservingCapacity n: Int = 0) { scalars.reserveCapacity(n) }

    /// Appends a block. Whitespace runs fold to one space (newlines too unless `keepNewlines`), the ends are
    /// trimmed and unsafe controls replaced; an empty block is dropped.
    mutating func append<S: Sequence>(_ text: S, kind: Block.Kind, level: Int? = nil,
                                      boilerplate: Block.BoilerplateKind? = nil, keepNewlines: Bool = false)
    where S.Element == Unicode.Scalar {
        let mark = scalars.count
        if !scalars.isEmpty { scalars.append("\n") }
        let start = scalars.count
        var pendingSpace = false
        var pendingNewline = false
        for c in text {
            if c == "\n" && keepNewlines { pendingNewline = true; continue }
            if ScalarClass.isSpace(c) { pendingSpace = true; continue }
            if scalars.count > start {
                if pendingNewline { scalars.append("\n") } else if pendingSpace { scalars.append(" ") }
            }
            pendingSpace = false
            pendingNewline = false
            scalars.append(TextSanitizer.isUnsafe(c.value) || c == "\u{FEFF}" ? TextSanitizer.replacement : c)
        }
        if scalars.count == start {
            scalars.removeSubrange(mark...)
            return
        }
        blocks.append(Block(kind: kind, range: TextRange(start, scalars.count), level: level, boilerplate: boilerplate))
    }

    mutating func append(_ text: String, kind: Block.Kind, level: Int? = nil,
                         boilerplate: Block.BoilerplateKind? = nil, keepNewlines: Bool = false) {
        append(text.unicodeScalars, kind: kind, level: level, boilerplate: boilerplate, keepNewlines: keepNewlines)
    }

    var text: String { ScalarString.make(scalars) }
}
