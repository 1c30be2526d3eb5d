import LedeCore

/// The article pane's rows for one view and width: which wrapped line sits where, and how to move between them.
///
/// Rows are addressed as (shown block, line in block); after every block but the last comes one blank spacer row.
/// Only blocks that are looked at get wrapped (and the wrapping is cached per width), so scrolling a 5 MB article
/// costs what is on screen.
struct ArticleGeometry {
    let index: DocumentIndex
    let view: ArticleView
    /// Text width in cells (the pane width).
    let width: Int
    let height: Int

    /// A row: `line == lines(block).count` is the spacer after the block.
    struct Position: Hashable, Comparable, Sendable {
        var block: Int
        var line: Int

        static func < (a: Position, b: Position) -> Bool {
            a.block != b.block ? a.block < b.block : a.line < b.line
        }
    }

    init(index: DocumentIndex, view: ArticleView, width: Int, height: Int) {
        self.index = index
        self.view = view
        self.width = max(1, width)
        self.height = max(0, height)
    }

    /// The gutter a block kind draws before its text (list bullets, quote bars).
    static func gutter(_ kind: Block.Kind) -> Int {
        switch kind {
        case .listItem, .quote: return 2
        default: return 0
        }
    }

    func block(_ v: Int) -> Block { index.blocks[view.blocks[v]] }

    func lines(_ v: Int) -> [WrappedLine] {
        let bi = view.blocks[v]
        let b = index.blocks[bi]
        let w = max(1, width - ArticleGeometry.gutter(b.kind))
        return index.cache.lines(block: bi, width: w) {
            LineWrapper.wrap(index.scalars, b.range.start..<b.range.end, width: w)
        }
    }

    var isEmpty: Bool { view.isEmpty }
    var lastBlock: Int { view.blocks.count - 1 }

    /// Rows of a shown block, spacer included.
    func rowCount(_ v: Int) -> Int { lines(v).count + (v < lastBlock ? 1 : 0) }

    var first: Position { Position(block: 0, line: 0) }
    var last: Position { isEmpty ? first : Position(block: lastBlock, line: lines(lastBlock).count - 1) }

    /// The row showing an offset; an offset in hidden text maps to the next shown block.
    func position(for offset: Int) -> Position {
        guard !isEmpty else { return first }
        let v = DocumentIndex.lastIndex(view.starts, atMost: offset)
        if v < 0 { return first }
        let b = block(v)
        if offset >= b.range.end {
            if v < lastBlock { return Position(block: v + 1, line: 0) }
            return Position(block: v, line: lines(v).count - 1)
        }
        let ls = lines(v)
        var lo = 0, hi = ls.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if ls[mid].start <= offset { lo = mid + 1 } else { hi = mid }
        }
        return Position(block: v, line: max(0, lo - 1))
    }

    /// The text offset a row starts at (the anchor it stands for).
    func offset(of p: Position) -> Int {
        guard !isEmpty else { return 0 }
        let ls = lines(p.block)
        if p.line < ls.count { return ls[p.line].start }
        return p.block < lastBlock ? block(p.block + 1).range.start : block(p.block).range.end
    }

    /// Moves `n` rows (negative: up), stopping at the first and last rows; never stops on a spacer.
    func advance(_ p: Position, by n: Int) -> Position {
        guard !isEmpty else { return first }
        var p = p
        var n = n
        while n > 0 {
            let rc = rowCount(p.block)
            let room = rc - 1 - p.line
            if n <= room { p.line += n; n = 0; break }
            if p.block >= lastBlock { p.line = rc - 1; n = 0; break }
            n -= room + 1
            p = Position(block: p.block + 1, line: 0)
        }
        while n < 0 {
            if -n <= p.line { p.line += n; n = 0; break }
            if p.block == 0 { p.line = 0; n = 0; break }
            n += p.line + 1
            p = Position(block: p.block - 1, line: rowCount(p.block - 1) - 1)
        }
        return normalize(p, forward: true)
    }

    /// A spacer is never the top row: move to the next block's first line (or the previous block's last).
    func normalize(_ p: Position, forward: Bool) -> Position {
        guard !isEmpty else { return first }
        let count = lines(p.block).count
        if p.line < count { return p }
        if forward && p.block < lastBlock { return Position(block: p.block + 1, line: 0) }
        return Position(block: p.block, line: count - 1)
    }

    /// The lowest top row: the one that puts the last line on the bottom row.
    var maxTop: Position {
        guard !isEmpty, height > 1 else { return last }
        var p = last
        var n = height - 1
        while n > 0 {
            if n <= p.line { p.line -= n; n = 0; break }
            if p.block == 0 { p.line = 0; break }
            n -= p.line + 1
            p = Position(block: p.block - 1, line: rowCount(p.block - 1) - 1)
        }
        return normalize(p, forward: true)
    }

    func clampTop(_ p: Position) -> Position {
        let m = maxTop
        return p > m ? m : p
    }

    /// Rows from `top` down, `count` of them at most (fewer at the end of the text).
    func rows(from top: Position, count: Int) -> [Position] {
        guard !isEmpty, count > 0 else { return [] }
        var out: [Position] = []
        out.reserveCapacity(count)
        var p = top
        while out.count < count {
            out.append(p)
            let rc = rowCount(p.block)
            if p.line + 1 < rc {
                p.line += 1
            } else if p.block < lastBlock {
                p = Position(block: p.block + 1, line: 0)
            } else {
                break
            }
        }
        return out
    }

    /// Rows between two positions (b after a), counted from a; nil when more than `limit` apart.
    func distance(from a: Position, to b: Position, limit: Int) -> Int? {
        if b < a { return nil }
        var n = 0
        var p = a
        while p != b {
            let rc = rowCount(p.block)
            if p.block == b.block { n += b.line - p.line; break }
            n += rc - p.line
            p = Position(block: p.block + 1, line: 0)
            if n > limit { return nil }
        }
        return n <= limit ? n : nil
    }
}


