import LedeCore
import LedeScreen

/// The reader's pure functions: the effects that start it, the next state for an event, and the frame for a
/// state.
public enum Reader {
    /// Starts a reader on its document: when the document has no analysis yet, the effect that brings one. The
    /// analysis result carries `id`; when `selecting` is given and the reader still stands where it stood now,
    /// the entity mentioned at that offset is selected once the analysis is there.
    public static func start(_ state: ReaderState, analysis id: AnalysisRequest.ID,
                             selecting offset: Int? = nil) -> (state: ReaderState, effects: [Effect]) {
        guard state.document.analysis == nil else { return (state, []) }
        var s = state
        s.pendingAnalysis = PendingAnalysis(id: id, offset: offset, anchor: s.anchor)
        return (s, [.analyze(AnalysisRequest(id: id, article: s.document.article))])
    }

    /// The state after an event, and the effects it asks for. Pure: the same state and event always give the
    /// same result, and nothing is read or written.
    public static func update(_ state: ReaderState, _ event: Event) -> (state: ReaderState, effects: [Effect]) {
        var s = state
        s.request = nil
        switch event {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
        case .analysisFinished(let analysis, let id):
            // A result for another reader (or for one this reader no longer waits for) is not ours.
            if let id, id != s.pendingAnalysis?.id { return (s, []) }
            s.receive(analysis)
        case .analysisFailed(let failure, let id):
            if let id, id != s.pendingAnalysis?.id { return (s, []) }
            s.receive(Analysis())
            s.message = failure.message
        case .key(let key):
            s.message = nil
            s.handle(key)
        case .mouse(let m):
            s.handle(m)
        case .articleRead, .libraryIndexed, .librarySearched, .occurrencesFound, .timelineLoaded, .effectFailed:
            return (s, [])
        }
        s.settle()
        return (s, [])
    }

    /// The frame for a state: exactly `state.width` x `state.height` cells.
    public static func render(_ state: ReaderState) -> CellGrid {
        ReaderRenderer(state: state).render()
    }
}

/// An analysis a reader waits for: its request, and the mention offset to select when it arrives if the reader
/// has not been moved since it opened (`anchor` is where it stood then).
struct PendingAnalysis: Hashable, Sendable {
    var id: AnalysisRequest.ID
    var offset: Int?
    var anchor: Int
}

/// What a reader asks of the screen around it (the library): it cannot open other screens itself.
public enum ReaderRequest: Hashable, Sendable {
    /// The other articles of the library that mention this entity.
    case otherArticles(Entity)
}

extension ReaderState {
    /// The analysis arrived: highlights, facts and timeline from now on.
    mutating func receive(_ analysis: Analysis) {
        let pending = pendingAnalysis
        let unmoved = pending.map { anchor == $0.anchor } ?? false
        pendingAnalysis = nil
        document.analysis = analysis
        index = DocumentIndex(document)
        // Entity indices refer to the new analysis; a selection from none cannot carry over.
        selection = nil
        cursors = [:]
        if unmoved, let offset = pending?.offset { open(at: offset) }
    }
}
