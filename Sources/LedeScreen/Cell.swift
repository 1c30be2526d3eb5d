/// One terminal cell: a grapheme cluster, its display width, and its style.
///
/// A wide character (CJK, emoji) occupies two cells: the first holds the grapheme with width 2, the second is a
/// continuation cell with width 0 and an empty string, so a grapheme is never split.
///
/// Text gets into a cell only through `CellGrid.put` (CellGrid+Text.swift), which makes it safe: outside this
/// module a cell's text cannot be set, and a new cell is blank.
public struct Cell: Hashable, Sendable {
    public internal(set) var text: String
    public internal(set) var width: UInt8
    public var style: Style

    init(text: String, width: UInt8, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell in a style.
    public init(style: Style = .plain) {
        self.init(text: " ", width: 1, style: style)
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
