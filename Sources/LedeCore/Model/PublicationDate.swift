/// When an article was published, and where Lede found that out.
public struct PublicationDate: Hashable, Codable, Sendable {
    public enum Source: String, Codable, Sendable {
        case metadata       // HTML meta, <time datetime>, feed date
        case frontMatter = "front-matter"
        case dateline       // a dateline line in the text
    }

    public var date: CalendarDate
    public var source: Source

    public init(date: CalendarDate, source: Source) {
        self.date = date
        self.source = source
    }
}
