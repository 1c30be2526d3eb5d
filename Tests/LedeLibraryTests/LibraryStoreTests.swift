import Foundation
import GRDB
import Testing
@testable import LedeLibrary
import LedeCore

@Suite struct LibraryStoreTests {
    func sampleFolder(_ tmp: TempFolder) -> [LibraryFile] {
        tmp.write("news/a.txt", "Halevi resigns\n\nHalevi said on 2023-10-07 that Israel was attacked.\n")
        tmp.write("news/b.txt", "Crane collapse in Mecca\n\nThe crane fell on 2015-09-11. Israel sent condolences.\n")
        tmp.write("news/c.txt", "Quiet day\n\nNothing happened on 2001-01-01.\n")
        return LibraryFile.expand([tmp.file("news")])
    }

    @Test func unchangedArticlesAreNotAnalysedAgainButChangedOnesAre() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let files = sampleFolder(tmp)
        let analyzer = CountingAnalyzer()
        let store = try LibraryStore.open(path: tmp.file("data/library.sqlite"))
        let first = analyzer.indexer(store).index(files) { _ in }
        #expect(first == LibraryIndexer.Summary(analysedFiles: 3, unchangedFiles: 0, failedFiles: 0))
        #expect(analyzer.calls.count == 3)

        // A new run, a new connection: nothing changed, nothing is analysed.
        let again = try LibraryStore.open(path: tmp.file("data/library.sqlite"))
        var updates: [LibraryUpdate] = []
        let second = analyzer.indexer(again).index(files) { updates.append($0) }
        #expect(second == LibraryIndexer.Summary(analysedFiles: 0, unchangedFiles: 3, failedFiles: 0))
        #expect(analyzer.calls.count == 3)
        #expect(updates.last == .finished)
        let titles = updates.compactMap { u -> String? in
            if case .indexed(_, let rows, let analysed) = u, !analysed { return rows.first?.title } else { return nil }
        }
        #expect(titles == ["Halevi resigns", "Crane collapse in Mecca", "Quiet day"])

        // Changing one file's bytes analyses that file only, and its row follows.
        tmp.write("news/b.txt", "Crane inquiry opens\n\nThe inquiry began on 2015-09-20.\n")
        let third = analyzer.indexer(again).index(files) { _ in }
        #expect(third == LibraryIndexer.Summary(analysedFiles: 1, unchangedFiles: 2, failedFiles: 0))
        #expect(analyzer.calls.count == 4)
        #expect(analyzer.calls.last == tmp.file("news/b.txt"))
        let rows = try again.entries(files: [tmp.file("news/b.txt")])[tmp.file("news/b.txt")]
        #expect(rows?.map(\.title) == ["Crane inquiry opens"])
        #expect(try again.articleCount() == 3)
    }

    @Test func initialEntriesComeFromTheIndexWithPlaceholdersForNewFiles() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        var files = sampleFolder(tmp)
        let store = try LibraryStore.open(path: tmp.file("library.sqlite"))
        CountingAnalyzer().indexer(store).index(files) { _ in }
        files.append(LibraryFile(path: tmp.write("news/d.txt", "Late news\n")))
        let (entries, error) = LibraryIndexer(store: store).initialEntries(files)
        #expect(error == nil)
        #expect(entries.map(\.isAnalysed) == [true, true, true, false])
        #expect(entries[0].title == "Halevi resigns")
        #expect(entries[0].topEntities == ["Halevi", "Israel"])
        let text = try String(contentsOfFile: tmp.file("news/a.txt"), encoding: .utf8)
        let words = Tokenizer.tokenize(Array(text.unicodeScalars)).filter { $0.kind == .word || $0.kind == .number }
        #expect(words.count >= 10)
        #expect(entries[0].wordCount == words.count)
        #expect(entries[3].title == "d.txt")
    }

    @Test func migratesAVersionOneDatabaseKeepingItsRowsAndReanalysingThem() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let path = tmp.file("old.sqlite")
        let file = tmp.write("a.txt", "Halevi resigns\n\nIsrael.\n")
        do {
            // The database as version 1 of Lede left it.
            let old = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(old, upTo: "v1")
            try old.write { db in
                try db.execute(sql: """
                    INSERT INTO article (file, item, contentHash, title, published, format, wordCount, analysedAt)
                    VALUES (?, 0, ?, 'Old title', '2023-01-02', 'text', 3, 0)
                    """, arguments: [file, ContentHash.of(FileManager.default.contents(atPath: file)!)])
                #expect(try db.columns(in: "article").contains { $0.name == "topEntities" } == false)
            }
        }
        let store = try LibraryStore.open(path: path)
        let rows = try store.entries(files: [file])[file]
        #expect(rows?.first?.title == "Old title")
        #expect(rows?.first?.published == CalendarDate(year: 2023, month: 1, day: 2))
        #expect(rows?.first?.topEntities == [])
        #expect(try store.fileStates()[file]?.analyzerVersion == 0)

        // Same bytes, but analysed by an older Lede: analysed again, and the new columns filled.
        let analyzer = CountingAnalyzer()
        let summary = analyzer.indexer(store).index([LibraryFile(path: file)]) { _ in }
        #expect(summary.analysedFiles == 1)
        #expect(try store.entries(files: [file])[file]?.first?.topEntities == ["Halevi", "Israel"])
        #expect(try store.fileStates()[file]?.analyzerVersion == LibraryStore.analyzerVersion)
    }

    @Test func aCorruptDatabaseGetsOneLineAndTheFilesStillOpen() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let path = tmp.write("library.sqlite", String(repeating: "this is not a database\n", count: 300))
        let before = FileManager.default.contents(atPath: path)
        do {
            _ = try LibraryStore.open(path: path)
            Issue.record("a garbage file opened as a database")
        } catch {
            guard case .corrupt = error.reason else { Issue.record("wrong reason \(error.reason)"); return }
            #expect(error.description.contains(path))
            #expect(!error.description.contains("\n"))
        }
        // The damaged file is left as it was (the user may want it), and the library works in memory.
        #expect(FileManager.default.contents(atPath: path) == before)
        let files = sampleFolder(tmp)
        let summary = CountingAnalyzer().indexer(.inMemory()).index(files) { _ in }
        #expect(summary.analysedFiles == 3)
    }

    @Test func aLockedDatabaseGetsOneLineError() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let path = tmp.file("library.sqlite")
        _ = try LibraryStore.open(path: path)
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            do {
                _ = try LibraryStore.open(path: path)
                Issue.record("opened a database another connection holds locked")
            } catch let error as LibraryError {
                #expect(error.reason == .locked)
                #expect(error.description.contains("locked"))
            }
            try db.execute(sql: "ROLLBACK")
        }
        // Once released it opens again.
        _ = try LibraryStore.open(path: path)
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let path = tmp.file("library.sqlite")
        _ = try LibraryStore.open(path: path)
        var future = LibrarySchema.migrator
        future.registerMigration("v99") { db in try db.execute(sql: "CREATE TABLE future (x)") }
        try future.migrate(DatabaseQueue(path: path))
        #expect(throws: LibraryError(path: path, reason: .tooNew)) { _ = try LibraryStore.open(path: path) }
    }

    @Test func fullTextSearchFindsWordsAndPrefixesAmongTheOpenArticles() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let files = sampleFolder(tmp)
        let store = LibraryStore.inMemory()
        CountingAnalyzer().indexer(store).index(files) { _ in }
        let all = Set(try store.entries(files: Set(files.map(\.path))).values.flatMap { $0.map(\.key) })
        let a = LibraryEntry.Key(file: tmp.file("news/a.txt")), b = LibraryEntry.Key(file: tmp.file("news/b.txt"))
        #expect(try store.search("crane", among: all) == [b])
        #expect(try store.search("Isra", among: all) == [a, b])
        #expect(try store.search("israel halevi", among: all) == [a])
        #expect(try store.search("israel", among: [a]) == [a])
        // FTS syntax in the user's text is taken as words, never as a query error.
        #expect(try store.search("\"(crane*", among: all) == [b])
        #expect(try store.search("zebra", among: all) == [])
    }

    @Test func crossArticleQueriesMatchNameAndTypeAndTheTimelineMerges() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let files = sampleFolder(tmp)
        let store = LibraryStore.inMemory()
        CountingAnalyzer().indexer(store).index(files) { _ in }
        let all = Set(try store.entries(files: Set(files.map(\.path))).values.flatMap { $0.map(\.key) })
        let found = try store.articles(mentioning: "Israel", type: .place, among: all)
        // Both undated, so by title.
        #expect(found.map(\.article.file) == [tmp.file("news/b.txt"), tmp.file("news/a.txt")])
        // "Halevi said on 2023-10-07 that Israel ..." : the first mention's offset in a.txt.
        let text = try String(contentsOfFile: tmp.file("news/a.txt"), encoding: .utf8)
        let before = text.components(separatedBy: "Israel")[0]
        #expect(found[1].firstMention == before.unicodeScalars.count)
        #expect(try store.articles(mentioning: "Israel", type: .person, among: all).isEmpty)

        let timeline = try store.timeline(among: all)
        #expect(timeline.map(\.date) == ["2001-01-01", "2015-09-11", "2023-10-07"])
        #expect(timeline.map(\.articleTitle) == ["Quiet day", "Crane collapse in Mecca", "Halevi resigns"])
        let filtered = try store.timeline(among: [LibraryEntry.Key(file: tmp.file("news/b.txt"))])
        #expect(filtered.map(\.date) == ["2015-09-11"])
    }

    @Test func unreadableFilesAreReportedAndForgotten() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        var files = sampleFolder(tmp)
        files.append(LibraryFile(path: tmp.file("news/missing.txt")))
        var failures: [String] = []
        let summary = CountingAnalyzer().indexer(.inMemory()).index(files) { u in
            if case .failed(_, let message) = u { failures.append(message) }
        }
        #expect(summary.failedFiles == 1)
        #expect(failures == ["\(tmp.file("news/missing.txt")): no such file or directory"])
    }
}
