import CLibXML2

/// Renders the article's elements to blocks: headings, paragraphs, list items, quotes and captions, with
/// what reader mode removed left out. A caption is always one whole block, however it is marked up inside.
struct ReaderModeRenderer {
    /// A block of rendered article text before it is placed in the article.
    struct RenderedBlock {
        var scalars: [Unicode.Scalar]
        var kind: Block.Kind
        var level: Int?
        var boilerplate: Block.BoilerplateKind?
        var keepNewlines = false
    }

    struct Context {
        var kind: Block.Kind
        var level: Int?
        var boilerplate: Block.BoilerplateKind?
        var keepNewlines: Bool
    }

    let table: PageTable
    let removed: [Bool]
    /// A removed row shown anyway, as a byline.
    var byline: Int? = nil
    /// Each row's text length: a byline-named element is a byline only when short (an `<article
    /// class="author-jane">` is not).
    var textLength: [Int32] = []

    /// True when the innermost open block is a `<p>` with text already in it or to come.
    func inParagraph(_ open: [(node: xmlNodePtr, pushed: Bool, spaced: Bool)]) -> Bool {
        for o in open.reversed() {
            let t = HTMLTag.of(o.node)
            if t == .p { return true }
            if t.isBlock { return false }
        }
        return false
    }

    func render(_ containers: [Int]) -> [RenderedBlock] {
        var out: [RenderedBlock] = []
        var buffer: [Unicode.Scalar] = []
        var contexts: [Context] = [Context(kind: .paragraph, level: nil, boilerplate: nil, keepNewlines: false)]
        var open: [(node: xmlNodePtr, pushed: Bool, spaced: Bool)] = []  // spaced: a word break on leaving
        var bylineOpen: xmlNodePtr?  // the byline row's node while inside it: shown though removed

        func wordBreak() {
            if let last = buffer.last, !ScalarClass.isSpace(last) { buffer.append(" ") }
        }

        func flush() {
            guard buffer.contains(where: { !ScalarClass.isSpace($0) }) else { buffer.removeAll(keepingCapacity: true); return }
            let c = contexts[contexts.count - 1]
            out.append(RenderedBlock(scalars: buffer, kind: c.boilerplate != nil ? .boilerplate : c.kind, level: c.level,
                                     boilerplate: c.boilerplate, keepNewlines: c.keepNewlines))
            buffer.removeAll(keepingCapacity: true)
        }

        for root in containers {
            XMLNode.walk(table.rows[root].node) { n in
                while let o = open.last, o.node != n.pointee.parent {
                    open.removeLast()
                    if o.node == bylineOpen { bylineOpen = nil }
                    if o.pushed { flush(); contexts.removeLast() }
                    if o.spaced { wordBreak() }
                }
                if XMLNode.isText(n) {
                    if let c = n.pointee.content { buffer.append(contentsOf: String(cString: c).unicodeScalars) }
                    return false
                }
                guard XMLNode.isElement(n), let i = table.row(of: n) else { return false }
                let row = table.rows[i]
                let tag = HTMLTag.of(n)
                if tag == .svg || tag.isNeverContent { return false }
                if bylineOpen == nil {
                    if i == self.byline, tag != .br, tag != .img, tag != .hr { bylineOpen = n } else if removed[i] { return false }
                }
                let byline = i == self.byline || (bylineOpen == nil && row.classSignals.union(row.idSignals).contains(.byline)
                                                  && i < textLength.count && textLength[i] < 200)
                let caption = row.flags.contains(.captionRole)
                // A writer's bio box is furniture, not the story; a long element so named is not a box.
                let bio = !containers.contains(i) && row.classSignals.union(row.idSignals).contains(.authorBio)
                    && i < textLength.count && textLength[i] < 1500
                if contexts[contexts.count - 1].kind == .caption {
                    // One block for the whole caption: credit spans, `<br>`, a nested "caption-text" element.
                    let isBlock = tag == .br || tag == .img || tag.isBlock || caption || byline
                    if isBlock { wordBreak() }
                    open.append((n, false, isBlock))
                    return true
                }
                if tag == .br {
                    if contexts[contexts.count - 1].keepNewlines { buffer.append("\n") } else { flush() }
                    return false
                }
                if tag == .img, inParagraph(open) {
                    // A picture inside running text (a formula, an emoji, an icon) does not end the paragraph.
                    wordBreak()
                    return false
                }
                if tag == .img || tag == .hr { flush(); return false }
                guard tag.isBlock || caption || byline || bio else {
                    open.append((n, false, false))
                    return true
                }
                flush()
                var c = contexts[contexts.count - 1]
                if let level = tag.headingLevel {
                    c.kind = .heading; c.level = level
                } else if tag == .li || tag == .dt || tag == .dd {
                    if c.kind != .quote && c.kind != .caption { c.kind = .listItem }
                } else if tag == .blockquote {
                    c.kind = .quote
                } else if tag == .figcaption || tag == .caption {
                    c.kind = .caption
                } else if tag == .pre {
                    c.keepNewlines = true
                }
                if bio { c.boilerplate = .authorBio } else if caption { c.kind = .caption } else if byline { c.boilerplate = .byline }
                contexts.append(c)
                open.append((n, true, false))
                return true
            }
            while let o = open.popLast() {
                if o.pushed { flush(); contexts.removeLast() }
            }
            flush()
        }
        return out
    }
}
