/// Writing text into the grid: the one way text gets into a cell. One grapheme cluster per cell (two for wide
/// ones, never split), and every scalar made safe on the way in, so no frame can hold anything that would
/// act on the terminal: C0 and C1 controls, DEL and ESC become U+FFFD (tab and newline a space), and bidi
/// embedding, override and isolate controls and the directional marks are dropped, so right-to-left text keeps
/// its logical order and cannot reorder the rest of the screen.
extension CellGrid {
    /// The bidi formatting characters: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the
    /// marks (LRM, RLM, ALM). Dropped from cells.
    @inlinable
    public static func isBidiControl(_ v: UInt32) -> Bool {
        (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// C0 and C1 controls, DEL (and ESC among them).
    @inlinable
    public static func isControl(_ v: UInt32) -> Bool { v < 0x20 || (v >= 0x7F && v <= 0x9F) }

    /// The safe cell of the cluster s[i..<e]: bidi controls dropped, other controls replaced (a lone control
    /// by a space, one inside a cluster by U+FFFD; tab and newline by a space).
    @inlinable
    static func cell(_ s: [Unicode.Scalar], _ i: Int, _ e: Int, width: Int, style: Style) -> Cell {
        let v = s[i].value
        if e == i + 1 && v < 0x80 { return Cell(ascii: isControl(v) ? 0x20 : UInt8(v), style: style) }
        var cell = Cell(width: UInt8(width), style: style)
        for k in i..<e {
            let c = s[k].value
            if isBidiControl(c) { continue }
            let safe: Unicode.Scalar = isControl(c) ? (c == 0x09 || c == 0x0A ? " " : "\u{FFFD}") : s[k]
            if !cell.append(safe) { break }
        }
        if cell.count == 0 { cell.append(" ") }
        return cell
    }

    /// Writes the cluster s[i..<e] of width `w` at (x, y) if it fits before `maxX`; returns the next column. A
    /// wide cluster that does not fit leaves a blank instead of half a character.
    @inlinable
    mutating func putCluster(_ s: [Unicode.Scalar], _ i: Int, _ e: Int, width w: Int, x: Int, y: Int, maxX: Int,
                             style: Style) -> Int {
        guard y >= 0, y < height, x >= 0 else { return x + w }
        let limit = min(maxX, width)
        if w == 2 {
            guard x + 1 < limit else {
                if x < limit { set(x, y, Cell(ascii: 0x20, style: style)) }
                return x + 2
            }
            set(x, y, CellGrid.cell(s, i, e, width: 2, style: style))
            set(x + 1, y, Cell(width: 0, style: style))
            return x + 2
        }
        if x < limit { set(x, y, CellGrid.cell(s, i, e, width: 1, style: style)) }
        return x + 1
    }

    /// Writes scalars s[from..<to] at (x, y), clipped at `maxX`, styled per scalar offset; returns the next
    /// column. Every other writer goes through this one.
    @inlinable @discardableResult
    public mutating func put(_ s: [Unicode.Scalar], from: Int, to: Int, x: Int, y: Int, maxX: Int,
                             style: (Int) -> Style) -> Int {
        var col = x
        var i = from
        while i < to && col < maxX {
            let e = DisplayWidth.clusterEnd(s, from: i, limit: to)
            let w = DisplayWidth.clusterWidth(s, i, e)
            if w > 0 {
                col = putCluster(s, i, e, width: w, x: col, y: y, maxX: maxX, style: style(i))
            }
            i = e
        }
        return col
    }

    /// Writes a string at (x, y) in one style, clipped at `maxX`; returns the next column.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxX: Int, style: Style) -> Int {
        let s = Array(text.unicodeScalars)
        return put(s, from: 0, to: s.count, x: x, y: y, maxX: maxX) { _ in style }
    }

    /// Writes a string, ending with "…" when it does not fit before `maxX`.
    @discardableResult
    public mutating func putTruncated(_ text: String, x: Int, y: Int, maxX: Int, style: Style) -> Int {
        let w = DisplayWidth.of(text)
        if x + w <= maxX { return put(text, x: x, y: y, maxX: maxX, style: style) }
        guard maxX - x >= 1 else { return x }
        let end = put(text, x: x, y: y, maxX: maxX - 1, style: style)
        // A wide cluster cut at the edge leaves its first cell blank; the ellipsis goes after what was written.
        return put("…", x: min(end, maxX - 1), y: y, maxX: maxX, style: style)
    }

    /// Writes a string right-aligned in the field of `width` cells from x (cut on the right when too long).
    public mutating func putRight(_ text: String, x: Int, y: Int, width: Int, style: Style) {
        let w = min(width, DisplayWidth.of(text))
        put(text, x: x + width - w, y: y, maxX: x + width, style: style)
    }
}
