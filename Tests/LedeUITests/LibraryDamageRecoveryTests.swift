import Foundation
import GRDB
import Testing
@testable import LedeLibrary
import LedeCore
@testable import LedeUI

/// A query that meets a damaged index (the timeline asked for with `t`) does not answer "0 events": the index is
/// rebuilt, the list indexed again (progress and a one-line notice), and the query answered from the new index.
/// Any other failure is said in one line instead of an empty answer.
@Suite struct LibraryDamageRecoveryTests {
    /// One dated event per article, found by its ISO date: no dependence on the real analyser.
    static let analyze: @Sendable (Article) -> Analysis = { article in
        let text = article.text, s = text.scalars
        var events: [TimelineEvent] = []
        var i = 0
        while i + 10 <= s.count {
            let r = TextRange(i, i + 10)
            if CalendarDate(iso: text[r]) != nil {
                events.append(TimelineEvent(date: text[r], summary: "event on \(text[r])", range: r, sentence: r))
                i += 10
            } else {
                i += 1
            }
        }
        return Analysis(tokens: Tokenizer.tokenize(s), entities: [], timeline: events)
    }

    final class Posted: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [Event] = []
        func append(_ e: Event) { lock.lock(); events.append(e); lock.unlock() }
        var all: [Event] { lock.lock(); defer { lock.unlock() }; return events }
    }

    static func updates(_ events: [Event]) -> [LibraryUpdate] {
        events.flatMap { e -> [LibraryUpdate] in if case .libraryIndexed(let u) = e { u } else { [] } }
    }

    func perform(_ services: Services, _ effect: Effect) -> [Event] {
        let posted = Posted()
        services.perform(effect) { posted.append($0) }
        return posted.all
    }

    @Test func aTimelineOnADamagedIndexRebuildsItAndAnswersFromTheNewOne() throws {
        let tmp = try TempDir()
        let folder = tmp.path + "/news"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for k in 0..<40 {
            let day = String(format: "2021-%02d-%02d", k % 12 + 1, k % 28 + 1)
            _ = tmp.write("news/\(String(format: "%02d", k)).txt",
                          "Article \(k)\n\nOn \(day) " + String(repeating: "the council met again. ", count: 30) + "\n")
        }
        let files = LibraryFile.expand([folder]), path = tmp.path + "/library.sqlite"
        let keys = Set(files.map { LibraryEntry.Key(file: $0.path) })
        let expected: [String]
        do {
            let store = try LibraryStore.open(path: path)
            _ = perform(Services(store: store, analyze: Self.analyze), .indexLibrary(files))
            expected = try store.timeline(among: keys).map { "\($0.date) \($0.article.file) \($0.summary)" }
            try store.close()
        }
        #expect(expected.count == 40)
        let pages = try DatabaseQueue(path: path).read { db in
            try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = 'timelineEvent'")
        }
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        for page in pages {
            try handle.seek(toOffset: UInt64((page - 1) * 4096))
            try handle.write(contentsOf: Data(repeating: 0x5A, count: 4096))
        }
        try handle.close()

        // Opened without the check at open, so the damage is met by the query, as damage arising mid-session is.
        let services = Services(store: try LibraryStore.open(path: path, check: false), analyze: Self.analyze)
        let indexing = perform(services, .indexLibrary(files))
        #expect(!Self.updates(indexing).contains { if case .rebuilding = $0 { true } else { false } },
                "the list's own queries do not read the damaged table")

        let events = perform(services, .loadTimeline(among: keys))
        guard case .libraryIndexed(let first)? = events.first, case .rebuilding(let message)? = first.first else {
            Issue.record("no rebuild announced first: \(events.first.map { "\($0)" } ?? "nothing")"); return
        }
        #expect(message.hasPrefix("\(path): the library index was damaged ("))
        let analysed = Self.updates(events).filter { if case .indexed(_, _, true) = $0 { true } else { false } }
        #expect(analysed.count == 40, "every file analysed again")
        guard case .timelineLoaded(let among, let timeline)? = events.last else {
            Issue.record("no timeline after the rebuild"); return
        }
        #expect(among == keys)
        #expect(timeline.map { "\($0.date) \($0.article.file) \($0.summary)" } == expected)
        #expect(!events.contains { if case .effectFailed = $0 { true } else { false } })

        // The notice shows on the library's status line.
        var state = LibraryState(entries: files.map { .placeholder(file: $0.path) }, theme: .default, width: 100,
                                 height: 20, indexing: false)
        state.apply([.rebuilding(message: message)])
        #expect(state.notice == message && state.indexing && state.indexedFiles == 0)
    }

    @Test func anyOtherQueryFailureIsSaidNotAnsweredEmpty() {
        struct Broken: Error, CustomStringConvertible { var description: String { "the index cannot be read (disk I/O error)" } }
        let services = Services(search: { _, _ in throw Broken() }, occurrences: { _, _, _ in throw Broken() },
                                timeline: { _ in throw Broken() }, analyze: { _ in Analysis() })
        let key = LibraryEntry.Key(file: "/lib/a.txt")
        for effect in [Effect.loadTimeline(among: [key]), .findOccurrences(OccurrenceQuery(name: "Halevi", type: .person, among: [key]))] {
            let events = perform(services, effect)
            #expect(events.count == 1)
            guard case .effectFailed(let failure)? = events.first else { Issue.record("\(events)"); continue }
            #expect(failure.message == "the index cannot be read (disk I/O error)")
        }
        let search = perform(services, .searchLibrary(query: "budget", among: [key]))
        #expect(search.count == 2)
        if case .effectFailed? = search.first {} else { Issue.record("no failure said: \(search)") }
        if case .librarySearched(_, nil)? = search.last {} else { Issue.record("the filter should fall back to titles: \(search)") }
    }
}
