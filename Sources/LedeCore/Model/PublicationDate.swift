/// When an article was published, and where Lede found that out.
public struct PublicationDate: Hashable, Codable, Sendable {
    public enum Source: String, Codable, Sendable {
        case metadata       // HTML meta properties, feed item date
        case jsonLD = "json-ld"  // a page's JSON-LD datePublished
        case timeElement = "time"  // an HTML <time datetime>
        case frontMatter = "front-matter"
        case dateline       // a dateline line in the text
        case url            // the date in the page's address (/2017/01/13/)
    }

    public var date: CalendarDate
    public var source: Source

    public init(date: CalendarDate, source: Source) {
        self.date = date
        self.source = source
    }
}
