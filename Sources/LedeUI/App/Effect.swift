import LedeCore
import LedeLibrary

/// Work `update` asks the run loop to do instead of doing it itself (Bubble Tea's `Cmd`): everything that reads
/// or writes files or the index, or takes long. `update` stays a pure function of state and event; the run loop
/// performs each effect off the interface thread (`Services.perform`) and posts its result back as an `Event`.
/// Tests run the same `update` with a fake runner and check which effects it asked for.
public enum Effect: Sendable {
    /// Analyse an article for a reader that shows its text already → `Event.analysisFinished`.
    case analyze(AnalysisRequest)
    /// Read one library article from its file, to open it in the reader → `Event.articleRead`.
    case readArticle(ArticleTarget, LibraryEntry)
    /// Bring the index in step with the files, reporting file by file → `Event.libraryIndexed`.
    case indexLibrary([LibraryFile])
    /// Full-text search of the library for the `/` filter → `Event.librarySearched`.
    case searchLibrary(query: String, among: Set<LibraryEntry.Key>)
    /// The other articles mentioning an entity → `Event.occurrencesFound`.
    case findOccurrences(OccurrenceQuery)
    /// The merged timeline of the articles shown → `Event.timelineLoaded`.
    case loadTimeline(among: Set<LibraryEntry.Key>)
    /// Remember where the reader was in each article (no result unless it fails → `Event.effectFailed`).
    case savePositions(ReadingPositions)

    /// How the run loop schedules it.
    public var lane: EffectLane {
        switch self {
        case .searchLibrary, .findOccurrences, .loadTimeline: return .query
        case .analyze, .readArticle, .indexLibrary, .savePositions: return .own
        }
    }

    /// Whether the run loop waits for this effect's result before drawing the next frame (up to
    /// `AnalysisRequest.firstFrameWait`): the analysis of a short article, which arrives within a frame or two,
    /// so the first frame already has its highlights and panels. Everything else is drawn without waiting.
    public var isAwaitedBeforeDrawing: Bool {
        if case .analyze(let r) = self { return r.isCheap }
        return false
    }

    /// One line naming the effect, for tests and diagnostics.
    public var summary: String {
        switch self {
        case .analyze(let r): return "analyze \(r.article.source)"
        case .readArticle(let t, _): return "read \(t.key)" + (t.offset.map { " at \($0)" } ?? "")
        case .indexLibrary(let files): return "index \(files.count) file\(files.count == 1 ? "" : "s")"
        case .searchLibrary(let q, let among): return "search \"\(q)\" among \(among.count)"
        case .findOccurrences(let q): return "occurrences of \(q.name) (\(q.type.rawValue)) among \(q.among.count)"
        case .loadTimeline(let among): return "timeline of \(among.count)"
        case .savePositions(let p): return "save \(p.offsets.count) position\(p.offsets.count == 1 ? "" : "s")"
        }
    }
}

/// How effects are scheduled. Queries share one worker, where a new search replaces one not yet started (typing
/// fast never queues a search per keystroke); everything else runs on a thread of its own.
public enum EffectLane: Sendable {
    case query
    case own
}

/// Which articles mention an entity, among which: the question and, back in `Event.occurrencesFound`, the key
/// the answer is matched to.
public struct OccurrenceQuery: Hashable, Sendable {
    /// The entity's canonical name and type.
    public var name: String
    public var type: EntityType
    public var among: Set<LibraryEntry.Key>

    public init(name: String, type: EntityType, among: Set<LibraryEntry.Key>) {
        self.name = name
        self.type = type
        self.among = among
    }
}
