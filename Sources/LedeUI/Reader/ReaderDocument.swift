import LedeCore

/// What the reader shows: one article and, once it has run, its analysis.
public struct ReaderDocument: Sendable {
    public var article: Article
    /// Nil while the analysis of a large article still runs: the text shows first, highlights arrive later.
    public var analysis: Analysis?

    public init(article: Article, analysis: Analysis?) {
        self.article = article
        self.analysis = analysis
    }
}
