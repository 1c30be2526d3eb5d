import LedeCore
import LedeLibrary
import LedeScreen

/// Everything `update` receives, in the order it happened: what the screen reported (keys, mouse, resize) and
/// the results of the effects an earlier `update` asked for (Bubble Tea's `Msg`). The run loop takes both
/// from one inbox, so the state changes only here, one event at a time, on the interface thread.
///
/// To add background work: a case in `Effect`, its result here, its work in `Services.perform`, and the
/// handling in the `update` that asked for it.
public enum Event: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)

    /// An analysis finished (`Effect.analyze`): the text was on screen already, the highlights, facts and
    /// timeline arrive with this. `request` names the reader waiting for it (nil: whichever reader gets it).
    case analysisFinished(Analysis, request: AnalysisRequest.ID? = nil)
    /// An analysis failed (its worker process died): the reader keeps the text, without highlights, and says
    /// why in one line.
    case analysisFailed(EffectFailure, request: AnalysisRequest.ID? = nil)
    /// An article read again from its file for the reader (`Effect.readArticle`), or why it could not be.
    case articleRead(ArticleTarget, Result<Article, EffectFailure>)
    /// Background indexing progress (`Effect.indexLibrary`), in order. The inbox joins updates that arrive
    /// together into one event, so a burst of files costs one re-sort.
    case libraryIndexed([LibraryUpdate])
    /// The articles whose text matches a filter query (`Effect.searchLibrary`); nil when no index can answer.
    case librarySearched(query: String, matches: Set<LibraryEntry.Key>?)
    /// The articles that mention an entity (`Effect.findOccurrences`).
    case occurrencesFound(OccurrenceQuery, [EntityOccurrence])
    /// The merged timeline of a set of articles (`Effect.loadTimeline`).
    case timelineLoaded(among: Set<LibraryEntry.Key>, [LibraryTimelineEvent])
    /// Background work that failed in a way worth one line on the status line (saving the reading positions).
    case effectFailed(EffectFailure)

    /// The event for what the screen reported.
    public init(_ event: ScreenEvent) {
        switch event {
        case .key(let k): self = .key(k)
        case .mouse(let m): self = .mouse(m)
        case let .resize(width, height): self = .resize(width: width, height: height)
        }
    }

    /// The result of an analysis (finished or failed): what the run loop waits for before drawing a short
    /// article (`Effect.isAwaitedBeforeDrawing`).
    public var isAnalysisResult: Bool {
        switch self {
        case .analysisFinished, .analysisFailed: return true
        default: return false
        }
    }
}

/// Why an effect could not be performed, as one line for the status line or standard error.
public struct EffectFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = TextSanitizer.singleLine(message)
    }

    public var description: String { message }
}
