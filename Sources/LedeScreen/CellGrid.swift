/// A full frame: width × height cells. The UI renders into it; tests read it; the terminal layer draws it.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// Row by row. Written only by this module (`put`, `fill`); inlinable so the render loop's writes compile
    /// into the caller.
    @usableFromInline var storage: [Cell]

    /// Row by row.
    public var cells: [Cell] { storage }

    /// A frame of blank cells in one style.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.storage = Array(repeating: Cell(style: style), count: self.width * self.height)
    }

    /// Cells are read by anyone, written only by this module's `put` and `fill`.
    public internal(set) subscript(x: Int, y: Int) -> Cell {
        get { storage[y * width + x] }
        set { storage[y * width + x] = newValue }
    }

    @inlinable
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        storage[y * width + x] = cell
    }

    /// Fills a rectangle with one style (blank cells), clipped to the grid.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        let x0 = max(0, x), x1 = min(width, x + w), y0 = max(0, y), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        let blank = Cell(style: style)
        for yy in y0..<y1 {
            for xx in x0..<x1 { self[xx, yy] = blank }
        }
    }

    /// The rows as plain strings (continuation cells skipped), for tests and plain output.
    public func lines() -> [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width {
                let c = self[x, y]
                if !c.isContinuation { s += c.text }
            }
            return s
        }
    }

    /// The rows with trailing spaces trimmed.
    public func trimmedLines() -> [String] {
        lines().map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }
    }
}
