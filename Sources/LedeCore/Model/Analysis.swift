/// Everything the analysis core found in one article. All ranges are scalar offsets into `Article.text`.
public struct Analysis: Sendable {
    public var sentences: [TextRange]
    public var tokens: [Token]
    public var entities: [Entity]
    public var times: [TimeExpression]
    public var facts: [Fact]
    public var timeline: [TimelineEvent]
    public var referenceDate: ReferenceDate

    public init(sentences: [TextRange] = [], tokens: [Token] = [], entities: [Entity] = [],
                times: [TimeExpression] = [], facts: [Fact] = [], timeline: [TimelineEvent] = [],
                referenceDate: ReferenceDate = ReferenceDate(date: nil, source: .none)) {
        self.sentences = sentences
        self.tokens = tokens
        self.entities = entities
        self.times = times
        self.facts = facts
        self.timeline = timeline
        self.referenceDate = referenceDate
    }

    /// The sentence holding an offset (binary search over the sorted sentences).
    public func sentence(containing offset: Int) -> TextRange? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid]
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return s }
        }
        return nil
    }

    public func entity(id: String) -> Entity? { entities.first { $0.id == id } }
}
