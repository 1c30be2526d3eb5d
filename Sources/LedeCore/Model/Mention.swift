/// One occurrence of an entity in the text. Titles and possessive endings are outside the range.
public struct Mention: Hashable, Codable, Sendable {
    public var range: TextRange
    public var text: String
    /// Which rule found the span and which clues typed it (only with `AnalysisOptions.explain`).
    public var explanation: Explanation?

    public init(range: TextRange, text: String, explanation: Explanation? = nil) {
        self.range = range
        self.text = text
        self.explanation = explanation
    }
}
