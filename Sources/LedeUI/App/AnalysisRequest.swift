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

    /// Articles up to this many scalars (about 5,000 words) analyse in a few milliseconds: well within a frame
    /// budget of 15 ms, with the worker's exchange. Longer ones show their text first.
    public static let cheapScalars = 30_000

    /// The longest the run loop waits for a cheap analysis before drawing without it: a margin for the worker
    /// process's start on a loaded machine, after which the text is drawn and the highlights follow.
    public static let firstFrameWait = 0.2

    /// Whether the analysis is cheap enough to wait for before drawing (`Effect.isAwaitedBeforeDrawing`).
    public var isCheap: Bool { article.text.count <= Self.cheapScalars }

    public init(id: ID, article: Article) {
        self.id = id
        self.article = article
    }
}
