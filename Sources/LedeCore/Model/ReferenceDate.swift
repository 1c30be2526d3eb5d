/// The date relative expressions ("yesterday", "last week") are resolved against, and where it came from.
public struct ReferenceDate: Hashable, Codable, Sendable {
    public enum Source: String, Codable, Sendable {
        case option          // --date
        case metadata        // HTML meta, feed date, front matter
        case dateline        // a dateline in the text
        case latestDate = "latest-date"  // the latest explicit full date in the article
        case none
    }

    public var date: CalendarDate?
    public var source: Source

    public init(date: CalendarDate?, source: Source) {
        self.date = date
        self.source = source
    }
}
