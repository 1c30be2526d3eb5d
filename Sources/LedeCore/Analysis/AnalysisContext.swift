/// What every analyser stage reads: the article, its scalars, tokens and sentences.
public struct AnalysisContext: Sendable {
    public let article: Article
    public let tokens: [Token]
    public let sentences: [TextRange]
    public let options: AnalysisOptions

    public var text: ArticleText { article.text }
    public var scalars: [Unicode.Scalar] { article.text.scalars }

    public init(article: Article, tokens: [Token], sentences: [TextRange], options: AnalysisOptions) {
        self.article = article
        self.tokens = tokens
        self.sentences = sentences
        self.options = options
    }

    /// The text of a token or range.
    public func string(_ r: TextRange) -> String { article.text[r] }

    /// The sentence holding an offset.
    public func sentence(containing offset: Int) -> TextRange? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid]
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return s }
        }
        return nil
    }
}
