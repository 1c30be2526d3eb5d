/// One row of a library list screen: a date column, the text, a dimmed detail, and the article it opens.
public struct LibraryListRow: Hashable, Sendable {
    public var date: String
    public var text: String
    public var detail: String
    public var target: ArticleTarget

    public init(date: String, text: String, detail: String, target: ArticleTarget) {
        self.date = date
        self.text = text
        self.detail = detail
        self.target = target
    }
}
