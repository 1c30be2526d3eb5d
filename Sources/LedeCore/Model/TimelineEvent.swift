/// One dated event, for the timeline pane.
public struct TimelineEvent: Hashable, Codable, Sendable {
    /// TIMEX3 value at day, month or year precision: "2023-10-07", "2023-01", "2025".
    public var date: String
    /// End of the event where a duration or range gives one.
    public var end: String?
    /// The clause holding the date, cut to subject and predicate: "Halevi announced his resignation".
    public var summary: String
    public var range: TextRange
    public var sentence: TextRange
    public var entities: [String]
    /// False when the date was inferred or is approximate.
    public var exact: Bool
    /// Index of the time expression (in `Analysis.times`) that dates it.
    public var timeIndex: Int?

    public init(date: String, end: String? = nil, summary: String, range: TextRange, sentence: TextRange,
                entities: [String] = [], exact: Bool = true, timeIndex: Int? = nil) {
        self.date = date
        self.end = end
        self.summary = summary
        self.range = range
        self.sentence = sentence
        self.entities = entities
        self.exact = exact
        self.timeIndex = timeIndex
    }
}
