import Foundation
import LedeCore

/// Keeps the index in step with the files: the list comes from the index at once, then each file is hashed and
/// only new or changed files are read and analysed again (on a background thread, reporting as it goes).
public struct LibraryIndexer: Sendable {
    public let store: LibraryStore
    public let options: IngestOptions
    /// Analyses one article. It may throw (an analysis in a worker process that died): the file then fails
    /// with a one-line reason naming the article (`LibraryUpdate.failed`) and the rest of the library goes on.
    public let analyze: @Sendable (Article) throws -> Analysis
    /// The reference date `analyze` resolves relative dates against (nil: each article's own). Stored with the
    /// analyses, so a file analysed against another date counts as changed.
    public let referenceDate: CalendarDate?
    /// Analyse every file again, unchanged and failed ones too (`lede --reindex`).
    public let reindex: Bool

    public init(store: LibraryStore, options: IngestOptions = IngestOptions(), referenceDate: CalendarDate? = nil,
                reindex: Bool = false, analyze: (@Sendable (Article) throws -> Analysis)? = nil) {
        self.store = store
        self.reindex = reindex
        self.options = options
        self.referenceDate = referenceDate
        self.analyze = analyze ?? { Analyzer.analyze($0, options: AnalysisOptions(referenceDate: referenceDate)) }
    }

    /// What indexing did, for the benchmark and tests.
    public struct Summary: Equatable, Sendable {
        public var analysedFiles = 0
        public var unchangedFiles = 0
        public var failedFiles = 0
        /// Files forgotten because they are gone from the folders indexed.
        public var prunedFiles = 0

        public init(analysedFiles: Int = 0, unchangedFiles: Int = 0, failedFiles: Int = 0, prunedFiles: Int = 0) {
            self.analysedFiles = analysedFiles
            self.unchangedFiles = unchangedFiles
            self.failedFiles = failedFiles
            self.prunedFiles = prunedFiles
        }
    }

    /// The rows to show before any file is read: stored entries for indexed files, a placeholder for the rest.
    public func initialEntries(_ files: [LibraryFile]) -> (entries: [LibraryEntry], error: LibraryError?) {
        var stored: [String: [LibraryEntry]] = [:]
        var failure: LibraryError?
        do { stored = try store.entries(files: Set(files.map(\.path))) } catch { failure = error }
        var out: [LibraryEntry] = []
        out.reserveCapacity(files.count)
        for f in files {
            if let rows = stored[f.path], !rows.isEmpty {
                out.append(contentsOf: rows)
            } else {
                out.append(.placeholder(file: f.path))
            }
        }
        return (out, failure)
    }

    /// What the parallel stage found for one file, for the writing stage.
    enum Prepared: Sendable {
        case failed(String)
        /// The file was read (with this hash) but the analysis of one of its articles failed.
        case analysisFailed(hash: String, message: String)
        case unchanged
        /// The file failed before with these very bytes: not analysed again.
        case stillFailed(String)
        case analysed(hash: String, [(Article, Analysis)])
    }

    /// Files read and analysed together: enough to keep both cores busy, few enough that rows arrive steadily.
    static let batchSize = 8

    /// Hashes every file, analyses the new and changed ones and stores them, reporting each file in order.
    /// Reading and analysis run on all cores; writes are one transaction per file. Blocking: run it off the
    /// interface thread.
    ///
    /// A damaged index (an SQLite corruption error from any read or write) is rebuilt empty, reported with
    /// `.rebuilding`, and the files are indexed again from the first; any other store error is reported once and
    /// indexing goes on without the store.
    ///
    /// - Parameter folders: the folders `files` were listed from (absolute). Stored files under them that are no
    ///   longer among `files` were deleted: their rows are pruned.
    @discardableResult
    public func index(_ files: [LibraryFile], pruningUnder folders: [String] = [],
                      report: (LibraryUpdate) -> Void) -> Summary {
        var useStore = true
        var mayRebuild = true
        while true {
            switch pass(files, folders: folders, useStore: useStore, mayRebuild: mayRebuild, report: report) {
            case .done(let summary):
                report(.finished)
                return summary
            case .damaged(let damage):
                // Once per run: damage again right after a rebuild means the disk itself is failing.
                mayRebuild = false
                do {
                    report(.rebuilding(message: try store.rebuild(after: damage)))
                } catch {
                    useStore = false
                    report(.storeFailed(message: error.description))
                }
            }
        }
    }

    private enum Pass {
        case done(Summary)
        case damaged(LibraryError)
    }

    /// One pass over the files. A store error ends the pass when it is damage to rebuild; any other turns the
    /// store off for the rest of the pass (said once).
    private func pass(_ files: [LibraryFile], folders: [String], useStore: Bool, mayRebuild: Bool,
                      report: (LibraryUpdate) -> Void) -> Pass {
        var summary = Summary()
        var storeWorks = useStore
        var damage: LibraryError?
        // One store access; nil when the store is off or the access failed.
        func attempt<T>(_ body: () throws -> T) -> T? {
            guard storeWorks else { return nil }
            do { return try body() } catch {
                storeWorks = false
                let e = error as? LibraryError ?? LibraryStore.map(error, path: store.path ?? ":memory:")
                if mayRebuild && e.isDamage { damage = e } else { report(.storeFailed(message: e.description)) }
                return nil
            }
        }
        // A read-only store is read, never written: what changed is analysed for this run only.
        func write<T>(_ body: () throws -> T) -> T? { store.isReadOnly ? nil : attempt(body) }
        let paths = Set(files.map(\.path))
        let known = attempt { try store.fileStates() } ?? [:]
        let stored = attempt { try store.entries(files: paths) } ?? [:]
        if let pruned = write({ () throws -> Int in
            let stale = Self.stale(known: known.keys, present: paths, folders: folders)
            try store.remove(files: stale)
            return stale.count
        }) {
            summary.prunedFiles = pruned
        }
        if let damage { return .damaged(damage) }
        // Without a working store every file counts as new.
        let current = storeWorks ? known : [:]
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(files.count, start + Self.batchSize)])
            start += batch.count
            let results = PreparedBox(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { k in
                results.set(k, prepare(batch[k], known: current))
            }
            for (file, prepared) in zip(batch, results.values) {
                switch prepared {
                case .failed(let message):
                    summary.failedFiles += 1
                    _ = write { try store.remove(file: file.path) }
                    if let damage { return .damaged(damage) }
                    report(.failed(file: file.path, message: message))
                case .analysisFailed(let hash, let message):
                    summary.failedFiles += 1
                    _ = write {
                        try store.markFailed(file: file.path, contentHash: hash, message: message,
                                             referenceDate: referenceDate)
                    }
                    if let damage { return .damaged(damage) }
                    report(.analysisFailed(file: file.path, message: message))
                case .stillFailed(let message):
                    summary.failedFiles += 1
                    report(.analysisFailed(file: file.path, message: message))
                case .unchanged:
                    summary.unchangedFiles += 1
                    report(.indexed(file: file.path, entries: stored[file.path] ?? [], analysed: false))
                case .analysed(let hash, let analysed):
                    summary.analysedFiles += 1
                    let rows = write { () throws -> [LibraryEntry]? in
                        try store.replace(file: file.path, contentHash: hash, articles: analysed,
                                          referenceDate: referenceDate)
                        return try store.entries(files: [file.path])[file.path]
                    }
                    if let damage { return .damaged(damage) }
                    report(.indexed(file: file.path, entries: (rows ?? nil) ?? Self.entries(file: file.path, analysed),
                                    analysed: true))
                }
            }
        }
        return .done(summary)
    }

    /// Stored files inside one of `folders` (at any depth) that are not `present` any more, sorted.
    static func stale<S: Sequence>(known: S, present: Set<String>, folders: [String]) -> [String] where S.Element == String {
        let prefixes = folders.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        return known.filter { file in !present.contains(file) && prefixes.contains { file.hasPrefix($0) } }.sorted()
    }

    /// Reads, hashes and (when new or changed) ingests and analyses one file. Touches no shared state.
    func prepare(_ file: LibraryFile, known: [String: LibraryStore.FileState]) -> Prepared {
        let data: Data
        do { data = try Ingestor.readFile(file.path, limit: options.maxSize) } catch { return .failed(String(describing: error)) }
        let hash = ContentHash.of(data)
        if !reindex, let state = known[file.path], state.contentHash == hash,
           state.analyzerVersion == LibraryStore.analyzerVersion, state.referenceDate == referenceDate?.iso {
            return state.failure.map { .stillFailed($0) } ?? .unchanged
        }
        do {
            let articles = try Ingestor.articles(from: data, source: file.path,
                                                 hint: (file.path as NSString).pathExtension.lowercased(),
                                                 options: options)
            var analysed: [(Article, Analysis)] = []
            for var a in articles {
                if let attribution = file.attribution { a.attribution = attribution }
                do { analysed.append((a, try analyze(a))) } catch {
                    return .analysisFailed(hash: hash, message: Self.analysisFailure(file: file.path, article: a,
                                                                                    item: analysed.count, error))
                }
            }
            return .analysed(hash: hash, analysed)
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// "FILE: cannot analyse: REASON", with the article's title when the file holds several (a feed).
    static func analysisFailure(file: String, article: Article, item: Int, _ error: Error) -> String {
        var name = file
        if [.rss, .atom].contains(article.format) {
            name += ": item \(item + 1)"
            if let title = article.title, !title.isEmpty { name += " \u{201C}\(title.prefix(80))\u{201D}" }
        }
        return "\(name): cannot analyse: \(error)"
    }

    /// Rows built straight from analyses, for when the index cannot be written.
    static func entries(file: String, _ analysed: [(Article, Analysis)]) -> [LibraryEntry] {
        analysed.enumerated().map { item, pair in
            let (article, analysis) = pair
            return LibraryEntry(
                key: LibraryEntry.Key(file: file, item: item), title: LibraryStore.displayTitle(article),
                published: article.published?.date,
                source: LibraryStore.displaySource(file: file, link: article.link), format: article.format,
                wordCount: analysis.tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) },
                topEntities: LibraryStore.rankedEntities(analysis).prefix(LibraryStore.topEntityCount).map(\.name),
                attribution: article.attribution, isAnalysed: true)
        }
    }

    /// Reads one article of the library again, for the reader (the index keeps no copy of the text layout).
    public static func article(_ key: LibraryEntry.Key, attribution: String?,
                               options: IngestOptions = IngestOptions()) throws -> Article {
        let articles = try Ingestor.load(key.file, options: options)
        guard key.item < articles.count else {
            throw IngestError(source: key.file, reason: .malformed("article \(key.item + 1) is no longer in the file"))
        }
        var article = articles[key.item]
        if let attribution { article.attribution = attribution }
        return article
    }
}

/// Results of the parallel stage, one slot per file of a batch.
private final class PreparedBox: @unchecked Sendable {
    // Each slot is written by exactly one iteration of concurrentPerform; the lock makes the writes visible.
    private var slots: [LibraryIndexer.Prepared?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ value: LibraryIndexer.Prepared) {
        lock.lock()
        slots[k] = value
        lock.unlock()
    }

    var values: [LibraryIndexer.Prepared] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failed("not read") }
    }
}
