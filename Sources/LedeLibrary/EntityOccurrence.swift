import LedeCore

/// An article of the library that mentions a given entity (matched by canonical name and type).
public struct EntityOccurrence: Hashable, Sendable {
    public var article: LibraryEntry.Key
    public var title: String
    public var published: CalendarDate?
    public var mentionCount: Int
    /// Scalar offset of the first mention, where the reader opens the article.
    public var firstMention: Int

    public init(article: LibraryEntry.Key, title: String, published: CalendarDate?, mentionCount: Int,
                firstMention: Int) {
        self.article = article
        self.title = title
        self.published = published
        self.mentionCount = mentionCount
        self.firstMention = firstMention
    }
}
