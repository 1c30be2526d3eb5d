import LedeCore

/// An article a reader shows without its analysis yet. The run loop analyses it off the interface thread
/// (`Effect.analyze`) and posts `Event.analysisFinished` with this request's `id`, which the reader waiting for
/// it recognises, so even a huge article shows its text at once and keys keep working meanwhile.
public struct AnalysisRequest: Sendable {
    /// Tells apart the analyses in flight, so a result reaches the reader that asked for it and no other (a
    /// reader closed meanwhile is simply gone).
    public struct ID: Hashable, Sendable, CustomStringConvertible {
        public var value: Int

        public init(_ value: Int) {
            self.value = value
        }

        public var description: String { "#\(value)" }
    }

    public let id: ID
    public let article: Article

    public init(id: ID, article: Article) {
        self.id = id
        self.article = article
    }
}
