/// A structural block of an article: a range of its text with a kind.
public struct Block: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case heading
        case paragraph
        case listItem = "list-item"
        case quote
        case caption
        case boilerplate
    }

    /// What kind of page furniture a boilerplate block is. Boilerplate is marked, never deleted,
    /// so offsets stay valid and the reader can show it on request.
    public enum BoilerplateKind: String, Codable, Sendable {
        case tableOfContents = "table-of-contents"
        case commentFooter = "comments-footer"
        case share
        case like
        case relatedLinks = "related-links"
        case navigation
        case byline
        case dateline
        case advertisement      // "Advertisement", "Story continues below advertisement", "Powered by …"
        case newsletter         // "Sign up for our newsletter", "Enter your email address"
        case authorBio = "author-bio"
        case other
    }

    public var kind: Kind
    public var range: TextRange
    /// Heading level, 1 (title) to 6; nil for other kinds.
    public var level: Int?
    public var boilerplate: BoilerplateKind?

    public init(kind: Kind, range: TextRange, level: Int? = nil, boilerplate: BoilerplateKind? = nil) {
        self.kind = kind
        self.range = range
        self.level = level
        self.boilerplate = boilerplate
    }
}
