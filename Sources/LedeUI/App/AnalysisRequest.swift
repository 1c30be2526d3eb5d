import LedeCore
import LedeScreen
import LedeLibrary

/// An article the app opened in the reader without its analysis: the run loop analyses it off the interface
/// thread (`run()`) and hands the result back with `LedeApp.analysisFinished(_:for:)`, so even a huge article
/// shows its text at once and keys keep working while the highlights, facts and timeline are computed.
public struct AnalysisRequest: Sendable {
    /// The library row the reader was opened from.
    public let key: LibraryEntry.Key
    /// The article as the reader shows it.
    public let article: Article
    /// The offset the reader was opened at, when it was a mention to select once entities are known.
    let offset: Int?
    /// Where the reader stood when it opened: if it still stands there, the reader has not been moved.
    let anchor: Int
    let analyze: @Sendable (Article) -> Analysis

    /// Analyses the article: slow for big articles, so never on the interface thread.
    public func run() -> Analysis { analyze(article) }
}
