import Foundation
import GRDB
import Testing
@testable import LedeLibrary
import LedeCore

/// The index is a cache of the articles: a database damaged in the middle is found (`quick_check` at open, or the
/// first query that meets the damage), said in one line, rebuilt, and the articles analysed again, after which
/// every query answers as before the damage.
@Suite struct LibraryDamageTests {
    /// Enough articles for a database of several dozen pages, each with a date and the stand-in's entities.
    static func folder(_ tmp: TempFolder) -> [LibraryFile] {
        for k in 0..<40 {
            let day = String(format: "2020-%02d-%02d", k % 12 + 1, k % 28 + 1)
            let body = String(repeating: "Halevi spoke in Israel about article \(k) and the budget. ", count: 12)
            tmp.write("news/\(String(format: "%02d", k)).txt", "Article \(k)\n\nOn \(day) \(body)\n")
        }
        return LibraryFile.expand([tmp.file("news")])
    }

    struct Answers: Equatable {
        var timeline: [String]
        var israel: Int
        var found: Int
    }

    static func answers(_ store: LibraryStore, _ files: [LibraryFile]) throws -> Answers {
        let keys = Set(files.map { LibraryEntry.Key(file: $0.path) })
        return Answers(timeline: try store.timeline(among: keys).map { "\($0.date) \($0.article.file)" },
                       israel: try store.articles(mentioning: "Israel", type: .place, among: keys).count,
                       found: try store.search("budget", among: keys).count)
    }

    /// Overwrites pages with a pattern; the file's own header (page 1) is left, as damage in the middle leaves it.
    static func damage(_ path: String, pages: [Int], pageSize: Int = 4096) throws {
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        for page in pages where page > 1 {
            try handle.seek(toOffset: UInt64((page - 1) * pageSize))
            try handle.write(contentsOf: Data((0..<pageSize).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }))
        }
    }

    /// The pages of one table (by SQLite's dbstat), for damage aimed at what a query reads.
    static func pages(of table: String, in path: String) throws -> [Int] {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: path, configuration: config).read { db in
            try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", arguments: [table])
        }
    }

    /// A library of `files`, closed (its log checkpointed into the file), and the answers it gave.
    static func library(_ path: String, _ files: [LibraryFile]) throws -> Answers {
        let store = try LibraryStore.open(path: path)
        CountingAnalyzer().indexer(store).index(files) { _ in }
        let answers = try Self.answers(store, files)
        try store.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        return answers
    }

    @Test func aDatabaseDamagedInTheMiddleIsFoundAtOpenAndRebuilt() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let files = Self.folder(tmp), path = tmp.file("library.sqlite")
        let before = try Self.library(path, files)
        #expect(before.timeline.count == 40 && before.israel == 40 && before.found == 40)
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let count = size / 4096
        #expect(count >= 20)
        try Self.damage(path, pages: Array(count / 3...(2 * count / 3)))

        let store = try LibraryStore.open(path: path)
        let notice = try #require(store.notice)
        #expect(notice.hasPrefix("\(path): the library index was damaged ("))
        #expect(notice.hasSuffix("); rebuilding it from the articles"))
        #expect(!notice.contains("\n"))
        #expect(try store.articleCount() == 0)
        let analyzer = CountingAnalyzer()
        let summary = analyzer.indexer(store).index(files) { _ in }
        #expect(summary.analysedFiles == 40)
        #expect(try Self.answers(store, files) == before)
        #expect(try LibraryDatabaseFile.inspect(path) == .lede)
        #expect(try LibraryStore.open(path: path).notice == nil, "the rebuilt index is sound")
    }

    @Test func damageMetByTheIndexerIsRebuiltAndEverythingAnalysedAgain() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let files = Self.folder(tmp), path = tmp.file("library.sqlite")
        let before = try Self.library(path, files)
        try Self.damage(path, pages: try Self.pages(of: "article", in: path).filter { $0 > 2 })

        let store = try LibraryStore.open(path: path, check: false)
        var updates: [LibraryUpdate] = []
        let summary = CountingAnalyzer().indexer(store).index(files) { updates.append($0) }
        let rebuilding = updates.compactMap { u -> String? in if case .rebuilding(let m) = u { m } else { nil } }
        #expect(rebuilding.count == 1)
        #expect(rebuilding.first?.contains("the library index was damaged") == true)
        #expect(!updates.contains { if case .storeFailed = $0 { true } else { false } })
        #expect(summary.analysedFiles == 40)
        #expect(updates.last == .finished)
        #expect(try Self.answers(store, files) == before)
    }

    @Test func aQueryErrorIsAnErrorNotAnEmptyResult() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let files = Self.folder(tmp), path = tmp.file("library.sqlite")
        _ = try Self.library(path, files)
        try Self.damage(path, pages: try Self.pages(of: "timelineEvent", in: path))
        let store = try LibraryStore.open(path: path, check: false)
        let keys = Set(files.map { LibraryEntry.Key(file: $0.path) })
        #expect(throws: LibraryError.self) { _ = try store.timeline(among: keys) }
        do { _ = try store.timeline(among: keys) } catch { #expect(error.isDamage) }
    }
}
