/// A full frame: width × height cells. The UI renders into it; tests read it; the terminal layer draws it.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle with one style (blank cells).
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) { self[xx, yy] = Cell(text: " ", width: 1, style: style) }
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
