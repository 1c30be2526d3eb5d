/// Text attributes a cell can carry. The monochrome path relies on these alone.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let underline = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)

    /// The attributes in bit order, as the terminal layer maps them to its own bits.
    public static let all: [Attributes] = [.bold, .underline, .reverse, .dim, .italic]

    mutating func set(_ a: Attributes, _ on: Bool) {
        if on { insert(a) } else { remove(a) }
    }
}
