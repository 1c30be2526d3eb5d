/// One article: its text, and its structure as ranges into that text.
///
/// The text is what the reader shows and what every analysis offset points into. For plain-text input it equals
/// the file's text after decoding (BOM removed, CRLF and CR turned into LF, controls replaced one-for-one),
/// so offsets also point into the file.
public struct Article: Sendable {
    /// A path, a URL, or "stdin".
    public var source: String
    public var format: ArticleFormat
    // The one-line fields come from markup after entity decoding ("&#x9b;" in a feed's link), so each is made
    // safe here, whichever ingestor set it, rather than in every ingestor.
    public var title: String? { didSet { title = title.map(TextSanitizer.sanitize) } }
    public var published: PublicationDate?
    /// The article's own link (feeds and HTML canonical links), when known.
    public var link: String? { didSet { link = link.map(TextSanitizer.singleLine) } }
    /// Attribution and license line to show with the article (built-in samples carry one).
    public var attribution: String? { didSet { attribution = attribution.map(TextSanitizer.sanitize) } }
    public var text: ArticleText
    public var blocks: [Block]
    public var sections: [Section]

    public init(source: String, format: ArticleFormat, title: String? = nil, published: PublicationDate? = nil,
                link: String? = nil, attribution: String? = nil, text: String,
                blocks: [Block] = [], sections: [Section] = []) {
        self.source = source
        self.format = format
        self.title = title.map(TextSanitizer.sanitize)
        self.published = published
        self.link = link.map(TextSanitizer.singleLine)
        self.attribution = attribution.map(TextSanitizer.sanitize)
        self.text = ArticleText(text)
        self.blocks = blocks
        self.sections = sections
    }

    /// True when the offset lies inside a boilerplate block.
    public func isBoilerplate(_ offset: Int) -> Bool {
        blocks.contains { $0.kind == .boilerplate && $0.range.contains(offset) }
    }
}
