/// Cuts an article into sections: an untitled lead, then one per heading.
///
/// A section runs from its heading (or the start) to the end of its last non-boilerplate block, so furniture
/// between sections (a "Table of Contents" line, a comment footer) belongs to none of them.
public enum SectionBuilder {
    /// `titleBlock` is the index of a heading that titles the whole article: it stays in the lead rather than
    /// opening a section of its own.
    public static func sections(_ blocks: [Block], text: ArticleText, titleBlock: Int?) -> [Section] {
        var out: [Section] = []
        var heading: Block?
        var start = 0
        var lastEnd: Int?
        func close() {
            if let h = heading {
                out.append(Section(title: TextSanitizer.singleLine(text[h.range]), range: TextRange(h.range.start, lastEnd ?? h.range.end),
                                   heading: h.range, level: h.level))
            } else if let e = lastEnd {
                out.append(Section(title: nil, range: TextRange(start, e)))
            }
        }
        for (i, b) in blocks.enumerated() {
            if b.kind == .heading && i != titleBlock {
                close()
                heading = b
                start = b.range.start
                lastEnd = nil
            } else if b.kind != .boilerplate {
                lastEnd = b.range.end
            }
        }
        close()
        if out.isEmpty { out.append(Section(title: nil, range: TextRange(0, text.count))) }
        return out
    }
}
