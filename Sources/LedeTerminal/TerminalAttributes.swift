/// Text attributes a cell can carry. The monochrome path relies on these alone.
public struct TerminalAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TerminalAttributes(rawValue: 1 << 0)
    public static let underline = TerminalAttributes(rawValue: 1 << 1)
    public static let reverse = TerminalAttributes(rawValue: 1 << 2)
    public static let dim = TerminalAttributes(rawValue: 1 << 3)
    public static let italic = TerminalAttributes(rawValue: 1 << 4)
}
