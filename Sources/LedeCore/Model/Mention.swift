/// One occurrence of an entity in the text. Titles and possessive endings are outside the range.
public struct Mention: Hashable, Codable, Sendable {
    public var range: TextRange
    public var text: String

    public init(range: TextRange, text: String) {
        self.range = range
        self.text = text
    }
}
