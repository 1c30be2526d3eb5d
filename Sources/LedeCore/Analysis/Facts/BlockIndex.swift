/// The article's blocks as the quote and speaker rules walk them: which block holds an offset, and which paragraph
/// comes before or after one, past captions, boilerplate and stray lines ("Advertising") that pages put between
/// paragraphs.
struct BlockIndex {
    let blocks: [Block]
    private let scalars: [Unicode.Scalar]

    init(_ blocks: [Block], scalars: [Unicode.Scalar]) {
        self.blocks = blocks
        self.scalars = scalars
    }

    /// Index of the block holding `offset` (blocks are sorted and do not overlap); -1 outside every block.
    func index(_ offset: Int) -> Int {
        var lo = 0, hi = blocks.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if offset < blocks[mid].range.start { hi = mid - 1 } else if offset >= blocks[mid].range.end { lo = mid + 1 } else { return mid }
        }
        return -1
    }

    /// Body text, where quotes are read: paragraphs, list items and block quotes (not headings, captions or
    /// boilerplate, whose quotes repeat the body or belong to other pages).
    func holdsQuotes(_ b: Int) -> Bool {
        guard b >= 0 && b < blocks.count, blocks[b].boilerplate == nil else { return false }
        switch blocks[b].kind {
        case .paragraph, .listItem, .quote: return true
        case .heading, .caption, .boilerplate: return false
        }
    }

    /// Headings inside the article (not its title): a subhead names people the next paragraphs go on about.
    func isSubhead(_ b: Int) -> Bool {
        b > 0 && b < blocks.count && blocks[b].kind == .heading && (blocks[b].level ?? 2) > 1
    }

    /// The block after `b` that a quote may run on into: the next one, past captions and boilerplate.
    func next(after b: Int) -> Int? {
        var k = b + 1
        while k < blocks.count && isFurniture(k) { k += 1 }
        return k < blocks.count ? k : nil
    }

    /// The paragraph before `b` within its section: past captions, list items, boilerplate and stray lines, but
    /// not past a heading.
    func previousParagraph(before b: Int) -> Int? {
        var k = b - 1
        var skipped = 0
        while k >= 0 && skipped < 4 {
            if blocks[k].kind == .heading { return nil }
            if blocks[k].kind == .paragraph && blocks[k].boilerplate == nil && !isStray(k) { return k }
            k -= 1
            skipped += 1
        }
        return nil
    }

    /// Blocks `a` and `b` are at most `within` blocks apart: a speaker met there may still be talking.
    func isNear(_ a: Int, _ b: Int, within: Int = 3) -> Bool { a >= 0 && b >= 0 && abs(b - a) <= within }

    /// Page furniture between paragraphs.
    private func isFurniture(_ k: Int) -> Bool {
        blocks[k].kind == .caption || blocks[k].kind == .boilerplate || blocks[k].boilerplate != nil || isStray(k)
    }

    /// A paragraph of at most three words with no final punctuation: "Advertising", "whale strandings".
    func isStray(_ k: Int) -> Bool {
        guard blocks[k].kind == .paragraph else { return false }
        let r = blocks[k].range
        var words = 0
        var inWord = false
        var last: Unicode.Scalar = " "
        for i in r.start..<r.end {
            let c = scalars[i]
            if ScalarClass.isSpace(c) { inWord = false; continue }
            if !inWord { words += 1; inWord = true }
            if words > 3 { return false }
            last = c
        }
        return !(last == "." || last == "!" || last == "?" || last == ":" || last == "\u{201D}" || last == "\"")
    }
}
