/// One screen cell to draw: a grapheme cluster with its display width and its look.
///
/// A wide grapheme (CJK, emoji) has width 2 and is followed by a continuation cell of width 0, which the
/// terminal skips: the wide grapheme already covers it.
public struct TerminalCell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TerminalAttributes

    public init(text: String = " ", width: UInt8 = 1, foreground: TerminalColor = .default,
                background: TerminalColor = .default, attributes: TerminalAttributes = []) {
        self.text = text
        self.width = width
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let blank = TerminalCell()
}
