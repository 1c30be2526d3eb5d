/// A whole screen's worth of cells, row by row, as the terminal is asked to show it.
public struct TerminalFrame: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public var cells: [TerminalCell]

    public init(width: Int, height: Int, cells: [TerminalCell]) {
        precondition(cells.count == max(0, width) * max(0, height), "a frame holds width × height cells")
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = cells
    }

    public init(width: Int, height: Int, fill: TerminalCell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> TerminalCell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }
}
