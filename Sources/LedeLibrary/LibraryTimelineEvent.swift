/// A dated event of the merged library timeline, with the article it comes from.
public struct LibraryTimelineEvent: Hashable, Sendable {
    public var article: LibraryEntry.Key
    public var articleTitle: String
    /// TIMEX3 value at day, month or year precision, as in `TimelineEvent.date`.
    public var date: String
    public var summary: String
    /// Scalar offset of the event's sentence, where the reader opens the article.
    public var sentenceStart: Int
    public var exact: Bool

    public init(article: LibraryEntry.Key, articleTitle: String, date: String, summary: String, sentenceStart: Int,
                exact: Bool) {
        self.article = article
        self.articleTitle = articleTitle
        self.date = date
        self.summary = summary
        self.sentenceStart = sentenceStart
        self.exact = exact
    }
}
