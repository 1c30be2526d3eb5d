/// A section of an article: an untitled lead first, then one per heading.
/// The range runs from the heading (or the start) to the next section.
public struct Section: Hashable, Codable, Sendable {
    public var title: String?
    public var range: TextRange
    /// The heading's own range, when the section has one.
    public var heading: TextRange?
    public var level: Int?

    public init(title: String?, range: TextRange, heading: TextRange? = nil, level: Int? = nil) {
        self.title = title
        self.range = range
        self.heading = heading
        self.level = level
    }
}
