import Foundation

/// Keeps the index in step with the files: the list comes from the index at once, then each file is hashed and
/// only new or changed files are read and analysed again (on a background thread, reporting as it goes).
public struct LibraryIndexer: Sendable {
    public let store: LibraryStore
    public let options: IngestOptions
    public let analyze: @Sendable (Article) -> Analysis

    public init(store: LibraryStore, options: IngestOptions = IngestOptions(),
                analyze: @escaping @Sendable (Article) -> Analysis = { Analyzer.analyze($0) }) {
        self.store = store
        self.options = options
        self.analyze = analyze
    }

    /// What indexing did, for the benchmark and tests.
    public struct Summary: Equatable, Sendable {
        public var analysedFiles = 0
        public var unchangedFiles = 0
        public var failedFiles = 0

        public init(analysedFiles: Int = 0, unchangedFiles: Int = 0, failedFiles: Int = 0) {
            self.analysedFiles = analysedFiles
            self.unchangedFiles = unchangedFiles
            self.failedFiles = failedFiles
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

    /// Hashes every file, analyses the new and changed ones and stores them, reporting each file. Blocking:
    /// run it off the interface thread.
    @discardableResult
    public func index(_ files: [LibraryFile], report: (LibraryUpdate) -> Void) -> Summary {
        var summary = Summary()
        var known: [String: LibraryStore.FileState] = [:]
        var storeWorks = true
        do { known = try store.fileStates() } catch {
            storeWorks = false
            report(.storeFailed(message: error.description))
        }
        for file in files {
            let data: Data
            do { data = try read(file.path) } catch {
                summary.failedFiles += 1
                if storeWorks { try? store.remove(file: file.path) }
                report(.failed(file: file.path, message: String(describing: error)))
                continue
            }
            let hash = ContentHash.of(data)
            if storeWorks, let state = known[file.path], state.contentHash == hash,
               state.analyzerVersion == LibraryStore.analyzerVersion,
               let rows = try? store.entries(files: [file.path])[file.path], !rows.isEmpty {
                summary.unchangedFiles += 1
                report(.indexed(file: file.path, entries: rows, analysed: false))
                continue
            }
            let articles: [Article]
            do {
                articles = try Ingestor.articles(from: data, source: file.path,
                                                 hint: (file.path as NSString).pathExtension.lowercased(),
                                                 options: options)
            } catch {
                summary.failedFiles += 1
                if storeWorks { try? store.remove(file: file.path) }
                report(.failed(file: file.path, message: String(describing: error)))
                continue
            }
            let analysed = articles.map { a -> (Article, Analysis) in
                var a = a
                if let attribution = file.attribution { a.attribution = attribution }
                return (a, analyze(a))
            }
            summary.analysedFiles += 1
            var rows: [LibraryEntry]?
            if storeWorks {
                do {
                    try store.replace(file: file.path, contentHash: hash, articles: analysed)
                    rows = try store.entries(files: [file.path])[file.path]
                } catch {
                    storeWorks = false
                    report(.storeFailed(message: error.description))
                }
            }
            report(.indexed(file: file.path, entries: rows ?? Self.entries(file: file.path, analysed), analysed: true))
        }
        report(.finished)
        return summary
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

    private func read(_ path: String) throws -> Data {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw IngestError(source: path, reason: .missing) }
        if isDir.boolValue { throw IngestError(source: path, reason: .unsupported("is a directory")) }
        let size = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > options.maxSize { throw IngestError(source: path, reason: .tooLarge(size: size, limit: options.maxSize)) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw IngestError(source: path, reason: .unreadable((error as NSError).localizedDescription))
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
