/// The format an article was detected as, from its content (the file extension is only a hint).
public enum ArticleFormat: String, Codable, Sendable, CaseIterable {
    case text
    case markdown
    case html
    case rss
    case atom
}
