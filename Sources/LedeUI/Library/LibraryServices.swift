import LedeCore
import LedeScreen
import LedeLibrary

/// What the library screens ask of the index and the files, as functions, so the screens stay testable with
/// any source of data. `LibraryServices(store:)` is the real one.
public struct LibraryServices: Sendable {
    /// Keys among the given ones whose text matches the query; nil when no index can answer.
    public var search: @Sendable (_ query: String, _ among: Set<LibraryEntry.Key>) -> Set<LibraryEntry.Key>?
    /// Articles among the given ones that mention an entity (canonical name and type).
    public var occurrences: @Sendable (_ name: String, _ type: EntityType, _ among: Set<LibraryEntry.Key>) -> [EntityOccurrence]
    /// The dated events of the given articles, by date.
    public var timeline: @Sendable (_ among: Set<LibraryEntry.Key>) -> [LibraryTimelineEvent]
    /// Reads one article again for the reader (the index keeps no copy of the text layout).
    public var read: @Sendable (_ entry: LibraryEntry) throws -> Article
    /// Analyses an article; the app asks for it off the interface thread (`AnalysisRequest`).
    public var analyze: @Sendable (_ article: Article) -> Analysis

    public init(search: @escaping @Sendable (String, Set<LibraryEntry.Key>) -> Set<LibraryEntry.Key>?,
                occurrences: @escaping @Sendable (String, EntityType, Set<LibraryEntry.Key>) -> [EntityOccurrence],
                timeline: @escaping @Sendable (Set<LibraryEntry.Key>) -> [LibraryTimelineEvent],
                read: @escaping @Sendable (LibraryEntry) throws -> Article,
                analyze: @escaping @Sendable (Article) -> Analysis) {
        self.search = search
        self.occurrences = occurrences
        self.timeline = timeline
        self.read = read
        self.analyze = analyze
    }

    /// Services backed by the library index, reading articles from their files.
    public init(store: LibraryStore, options: IngestOptions = IngestOptions(),
                analyze: @escaping @Sendable (Article) -> Analysis = { Analyzer.analyze($0) }) {
        search = { query, keys in try? store.search(query, among: keys) }
        occurrences = { name, type, keys in (try? store.articles(mentioning: name, type: type, among: keys)) ?? [] }
        timeline = { keys in (try? store.timeline(among: keys)) ?? [] }
        read = { entry in try LibraryIndexer.article(entry.key, attribution: entry.attribution, options: options) }
        self.analyze = analyze
    }
}
