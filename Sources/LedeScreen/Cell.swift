/// One terminal cell: a grapheme cluster, its display width, and its style.
///
/// A wide character (CJK, emoji) occupies two cells: the first holds the grapheme with width 2, the second is a
/// continuation cell with width 0 and an empty string, so a grapheme is never split.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
