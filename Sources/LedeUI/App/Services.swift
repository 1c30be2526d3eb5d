import Foundation
import LedeCore
import LedeLibrary

/// Everything effects need from the world, as functions: the analyser, the files, the index and the state files.
/// `update` never calls these; the run loop does, through `perform`, off the interface thread. Tests give
/// their own functions, so every screen is tested with any source of data and no files.
public struct Services: Sendable {
    /// Keys among the given ones whose text matches the query; nil when no index can answer. The queries throw
    /// when the index fails: an error is never given as an empty answer (`recover`, then one line).
    public var search: @Sendable (_ query: String, _ among: Set<LibraryEntry.Key>) throws -> Set<LibraryEntry.Key>?
    /// Articles among the given ones that mention an entity (canonical name and type).
    public var occurrences: @Sendable (_ name: String, _ type: EntityType, _ among: Set<LibraryEntry.Key>) throws -> [EntityOccurrence]
    /// The dated events of the given articles, by date.
    public var timeline: @Sendable (_ among: Set<LibraryEntry.Key>) throws -> [LibraryTimelineEvent]
    /// Reads one article again for the reader (the index keeps no copy of the text layout).
    public var read: @Sendable (_ entry: LibraryEntry) throws -> Article
    /// Analyses an article (slow for big ones). It throws when the analysis failed (its worker process died).
    public var analyze: @Sendable (_ article: Article) throws -> Analysis
    /// Brings the index in step with the files, reporting each file as it is done (blocking, for minutes on a
    /// big new library).
    public var index: @Sendable (_ files: [LibraryFile], _ report: (LibraryUpdate) -> Void) -> Void
    /// Writes the reading positions where the next run finds them.
    public var savePositions: @Sendable (_ positions: ReadingPositions) throws -> Void
    /// A query failed with `error`: when the index is damaged, rebuilds it and indexes the files again (reporting
    /// as `index` does) and returns true, for the query to be asked again; false for any other failure.
    public var recover: @Sendable (_ error: any Error, _ report: (LibraryUpdate) -> Void) -> Bool

    public init(search: @escaping @Sendable (String, Set<LibraryEntry.Key>) throws -> Set<LibraryEntry.Key>? = { _, _ in nil },
                occurrences: @escaping @Sendable (String, EntityType, Set<LibraryEntry.Key>) throws -> [EntityOccurrence] = { _, _, _ in [] },
                timeline: @escaping @Sendable (Set<LibraryEntry.Key>) throws -> [LibraryTimelineEvent] = { _ in [] },
                read: @escaping @Sendable (LibraryEntry) throws -> Article = { entry in
                    throw EffectFailure("\(entry.key): no library to read it from")
                },
                analyze: @escaping @Sendable (Article) throws -> Analysis,
                index: @escaping @Sendable ([LibraryFile], (LibraryUpdate) -> Void) -> Void = { _, report in report(.finished) },
                savePositions: @escaping @Sendable (ReadingPositions) throws -> Void = { _ in },
                recover: @escaping @Sendable (any Error, (LibraryUpdate) -> Void) -> Bool = { _, _ in false }) {
        self.search = search
        self.occurrences = occurrences
        self.timeline = timeline
        self.read = read
        self.analyze = analyze
        self.index = index
        self.savePositions = savePositions
        self.recover = recover
    }

    /// Services backed by the library index, reading articles from their files and analysing with `options`.
    /// Reading positions are saved to `positionsFile` when one is given. `analyze` replaces the in-process
    /// analysis (`lede` analyses in worker processes, so an article that traps fails alone); it must analyse
    /// with `analysis`, whose reference date the index stores. `folders` are the folders the library was opened
    /// on: stored files under them that are gone are pruned when they are indexed. `reindex` analyses every file
    /// again, also those unchanged or failed before. With `stored`, every analysis (indexing's and the reader's)
    /// is kept whole, and an unchanged article opened again shows its stored analysis instead of being analysed
    /// again (with `reindex`, analyses are made afresh and stored anew).
    public init(store: LibraryStore, options: IngestOptions = IngestOptions(), analysis: AnalysisOptions = AnalysisOptions(),
                positionsFile: String? = nil, folders: [String] = [], reindex: Bool = false,
                analyze: (@Sendable (Article) throws -> Analysis)? = nil, stored: StoredAnalyses? = nil) {
        let fresh: @Sendable (Article) throws -> Analysis = analyze ?? { Analyzer.analyze($0, options: analysis) }
        let referenceDate = analysis.referenceDate
        let analyze: @Sendable (Article) throws -> Analysis
        if let stored {
            analyze = { article in
                try stored.analysis(of: article, referenceDate: referenceDate, reuse: !reindex, analyze: fresh)
            }
        } else {
            analyze = fresh
        }
        let indexer = LibraryIndexer(store: store, options: options, referenceDate: analysis.referenceDate,
                                     reindex: reindex, analyze: analyze)
        let indexed = IndexedFiles()
        self.init(
            search: { query, keys in try store.search(query, among: keys) },
            occurrences: { name, type, keys in try store.articles(mentioning: name, type: type, among: keys) },
            timeline: { keys in try store.timeline(among: keys) },
            read: { entry in try LibraryIndexer.article(entry.key, attribution: entry.attribution, options: options) },
            analyze: analyze,
            index: { files, report in
                indexed.files = files
                indexer.index(files, pruningUnder: folders, report: report)
            },
            savePositions: { positions in if let positionsFile { try positions.save(to: positionsFile) } },
            recover: { error, report in
                guard let damage = error as? LibraryError, damage.isDamage else { return false }
                do {
                    report(.rebuilding(message: try store.rebuild(after: damage)))
                } catch {
                    report(.storeFailed(message: "\(error)"))
                    return false
                }
                indexer.index(indexed.files, pruningUnder: folders, report: report)
                return true
            })
    }

    /// Performs an effect and posts the events it produces (none, one, or for indexing one per file). Blocking:
    /// the run loop calls it off the interface thread, tests call it directly.
    public func perform(_ effect: Effect, post: (Event) -> Void) {
        switch effect {
        case .analyze(let request):
            do {
                post(.analysisFinished(try analyze(request.article), request: request.id))
            } catch {
                post(.analysisFailed(EffectFailure("cannot analyse this article: \(error)"), request: request.id))
            }
        case .readArticle(let target, let entry):
            do {
                post(.articleRead(target, .success(try read(entry))))
            } catch {
                post(.articleRead(target, .failure(EffectFailure("lede: \(error)"))))
            }
        case .indexLibrary(let files):
            index(files) { post(.libraryIndexed([$0])) }
        case .searchLibrary(let query, let among):
            // Without the index's answer the filter still matches titles, sources and names.
            post(.librarySearched(query: query, matches: ask(post) { try search(query, among) } ?? nil))
        case .findOccurrences(let q):
            if let found = ask(post, { try occurrences(q.name, q.type, q.among) }) { post(.occurrencesFound(q, found)) }
        case .loadTimeline(let among):
            if let events = ask(post, { try timeline(among) }) { post(.timelineLoaded(among: among, events)) }
        case .savePositions(let positions):
            do { try savePositions(positions) } catch {
                post(.effectFailed(EffectFailure("cannot save the reading positions: \(error.localizedDescription)")))
            }
        }
    }
}

extension Services {
    /// A query's answer. When it fails on a damaged index the index is rebuilt (`recover`) and the query asked
    /// again; a failure left is posted as one line, and there is no answer: never an empty one in its place.
    func ask<T>(_ post: (Event) -> Void, _ query: () throws -> T) -> T? {
        do { return try query() } catch {
            var failure: any Error = error
            if recover(error, { post(.libraryIndexed([$0])) }) {
                do { return try query() } catch let again { failure = again }
            }
            post(.effectFailed(EffectFailure("\(failure)")))
            return nil
        }
    }
}

/// The files the library indexed last, for indexing them again after a rebuild.
private final class IndexedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [LibraryFile] = []

    var files: [LibraryFile] {
        get { lock.lock(); defer { lock.unlock() }; return value }
        set { lock.lock(); value = newValue; lock.unlock() }
    }
}
