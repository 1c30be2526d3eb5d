import Foundation
import Testing
@testable import LedeLibrary
import LedeCore

/// An article whose analysis fails (in `lede`, a worker process that died) fails its file alone: the indexer
/// reports it with a one-line reason naming it, and the other files are indexed.
@Suite struct LibraryAnalysisFailureTests {
    struct Died: Error, CustomStringConvertible {
        var description: String { "the analysis process crashed (SIGILL, a trap)" }
    }

    @Test func aFailingArticleFailsItsFileAloneWithItsReason() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        tmp.write("news/a.txt", "Halevi resigns\n\nHalevi said on 2023-10-07 that Israel was attacked.\n")
        tmp.write("news/b.txt", "Poison\n\nThis one TRAPS-HERE in the analysis.\n")
        tmp.write("news/c.txt", "Quiet day\n\nNothing happened on 2001-01-01.\n")
        let files = LibraryFile.expand([tmp.file("news")])
        let counting = CountingAnalyzer()
        let store = try LibraryStore.open(path: tmp.file("library.sqlite"))
        let indexer = LibraryIndexer(store: store, analyze: { article in
            if article.text.string.contains("TRAPS-HERE") { throw Died() }
            return counting.analyze(article)
        })
        var updates: [LibraryUpdate] = []
        let summary = indexer.index(files) { updates.append($0) }
        #expect(summary == LibraryIndexer.Summary(analysedFiles: 2, unchangedFiles: 0, failedFiles: 1))
        let failed = updates.compactMap { u -> (String, String)? in
            if case .analysisFailed(let file, let message) = u { (file, message) } else { nil }
        }
        #expect(failed.count == 1)
        #expect(failed.first?.0 == tmp.file("news/b.txt"))
        #expect(failed.first?.1 == "\(tmp.file("news/b.txt")): cannot analyse: the analysis process crashed (SIGILL, a trap)")
        #expect(try store.articleCount() == 2)
    }

    @Test func aFailingFeedItemIsNamedByItsPositionAndTitle() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let items = ["One", "Two TRAPS-HERE", "Three"].map { "<item><title>\($0)</title><description>\($0) text.</description></item>" }
        tmp.write("feed.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>\(items.joined())</channel></rss>")
        let store = try LibraryStore.open(path: tmp.file("library.sqlite"))
        let indexer = LibraryIndexer(store: store, analyze: { article in
            if article.text.string.contains("TRAPS-HERE") { throw Died() }
            return Analysis()
        })
        var messages: [String] = []
        indexer.index([LibraryFile(path: tmp.file("feed.rss"))]) { u in
            if case .analysisFailed(_, let m) = u { messages.append(m) }
        }
        #expect(messages == ["\(tmp.file("feed.rss")): item 2 \u{201C}Two TRAPS-HERE\u{201D}: cannot analyse: the analysis process crashed (SIGILL, a trap)"])
    }

    /// Counts analyses per file.
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        func add(_ source: String) { lock.lock(); counts[source, default: 0] += 1; lock.unlock() }
        func count(_ source: String) -> Int { lock.lock(); defer { lock.unlock() }; return counts[source] ?? 0 }
    }

    @Test func aFailedFileIsRememberedAndRetriedOnlyWhenItChangesOrOnReindex() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        tmp.write("news/a.txt", "Halevi resigns\n\nHalevi said on 2023-10-07 that Israel was attacked.\n")
        let poison = tmp.write("news/b.txt", "Poison\n\nThis one TRAPS-HERE in the analysis.\n")
        let files = LibraryFile.expand([tmp.file("news")])
        let path = tmp.file("library.sqlite")
        let calls = Calls()
        func indexer(_ store: LibraryStore, reindex: Bool = false, traps: Bool = true) -> LibraryIndexer {
            LibraryIndexer(store: store, reindex: reindex, analyze: { article in
                calls.add(article.source)
                if traps && article.text.string.contains("TRAPS-HERE") { throw Died() }
                return Analysis()
            })
        }
        let message = "\(poison): cannot analyse: the analysis process crashed (SIGILL, a trap)"
        do {
            let first = try LibraryStore.open(path: path)
            var updates: [LibraryUpdate] = []
            indexer(first).index(files) { updates.append($0) }
            #expect(updates.contains(.analysisFailed(file: poison, message: message)))
            try first.close()
        }

        // The next start: listed as failed at once, and not analysed again, though it would now succeed.
        let store = try LibraryStore.open(path: path)
        let (entries, _) = LibraryIndexer(store: store).initialEntries(files)
        #expect(entries.map(\.failure) == [nil, message])
        var updates: [LibraryUpdate] = []
        let summary = indexer(store, traps: false).index(files) { updates.append($0) }
        #expect(summary == LibraryIndexer.Summary(analysedFiles: 0, unchangedFiles: 1, failedFiles: 1))
        #expect(calls.count(poison) == 1)
        #expect(updates.contains(.analysisFailed(file: poison, message: message)))

        // --reindex analyses everything again; the failure is forgotten when it succeeds.
        let reindexed = indexer(store, reindex: true, traps: false).index(files) { _ in }
        #expect(reindexed.analysedFiles == 2 && calls.count(poison) == 2)
        #expect(try store.fileStates()[poison]?.failure == nil)
        #expect(try store.entries(files: [poison])[poison]?.first?.title == "Poison")

        // Failing again, it is remembered again; changing its bytes retries it.
        indexer(store, reindex: true).index(files) { _ in }
        indexer(store).index(files) { _ in }
        #expect(calls.count(poison) == 3)
        tmp.write("news/b.txt", "Poison, edited\n\nStill TRAPS-HERE in the analysis.\n")
        indexer(store).index(files) { _ in }
        #expect(calls.count(poison) == 4)
        #expect(try store.fileStates()[poison]?.failure?.contains("cannot analyse") == true)
        #expect(try store.articleCount() == 1, "a failed file keeps no article rows")
    }
}
