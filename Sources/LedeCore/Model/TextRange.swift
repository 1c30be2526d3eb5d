/// A half-open range of Unicode scalar offsets into an article's text.
///
/// Every span Lede produces (blocks, sentences, mentions, facts, timeline entries) is one of these,
/// so any panel can point back into the text and "jump to the sentence" is a lookup.
public struct TextRange: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}
