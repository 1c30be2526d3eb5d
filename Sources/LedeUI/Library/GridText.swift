import LedeCore
import LedeScreen

/// Writes a line of text into a cell grid, grapheme by grapheme with display widths, clipped to a width: a wide
/// character that does not fit is left out whole (never split), and control characters are drawn as spaces.
enum GridText {
    /// Writes `text` at (x, y) into at most `width` cells; returns the cells used.
    @discardableResult
    static func put(_ text: String, x: Int, y: Int, width: Int, style: Style, into grid: inout CellGrid) -> Int {
        guard y >= 0, y < grid.height, width > 0 else { return 0 }
        let limit = min(x + width, grid.width)
        let s = Array(text.unicodeScalars)
        var col = x
        var i = 0
        while i < s.count, col < limit {
            let end = DisplayWidth.clusterEnd(s, from: i, limit: s.count)
            let v = s[i].value
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) {
                grid[col, y] = Cell(text: " ", width: 1, style: style)
                col += 1
                i = end
                continue
            }
            let w = DisplayWidth.clusterWidth(s, i, end)
            if w == 0 { i = end; continue }
            if col + w > limit { break }
            var cluster = String.UnicodeScalarView()
            cluster.append(contentsOf: s[i..<end])
            grid[col, y] = Cell(text: String(cluster), width: UInt8(w), style: style)
            if w == 2 { grid[col + 1, y] = Cell(text: "", width: 0, style: style) }
            col += w
            i = end
        }
        return col - x
    }

    /// Like `put`, but ends with "…" when the text does not fit.
    @discardableResult
    static func fit(_ text: String, x: Int, y: Int, width: Int, style: Style, into grid: inout CellGrid) -> Int {
        guard width > 0 else { return 0 }
        if DisplayWidth.of(text) <= width { return put(text, x: x, y: y, width: width, style: style, into: &grid) }
        let used = put(text, x: x, y: y, width: width - 1, style: style, into: &grid)
        return used + put("…", x: x + used, y: y, width: 1, style: style, into: &grid)
    }

    /// Right-aligns `text` in a field.
    static func right(_ text: String, x: Int, y: Int, width: Int, style: Style, into grid: inout CellGrid) {
        let w = min(width, DisplayWidth.of(text))
        put(text, x: x + width - w, y: y, width: w, style: style, into: &grid)
    }

    /// The end of `text` that fits in `width` cells, with "…" in front when cut: for paths, whose file name
    /// matters more than the folders leading to it.
    static func tail(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var kept: [Character] = []
        var used = 1
        for c in text.reversed() {
            let w = DisplayWidth.of(String(c))
            if used + w > width { break }
            kept.append(c)
            used += w
        }
        return "…" + String(kept.reversed())
    }
}
