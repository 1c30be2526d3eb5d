import Foundation
import Testing
@testable import LedeLibrary
import LedeCore

/// `lede --date` for a library: the index analyses against that day, and a file analysed against another day
/// (or its own) is analysed again rather than shown with relative dates resolved wrongly.
@Suite struct LibraryReferenceDateTests {
    @Test func anotherReferenceDateCountsAsAChange() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        tmp.write("news/a.txt", "Halevi resigns\n\nHalevi said on 2023-10-07 that Israel was attacked.\n")
        let files = LibraryFile.expand([tmp.file("news")])
        let analyzer = CountingAnalyzer()
        let store = try LibraryStore.open(path: tmp.file("library.sqlite"))
        func index(_ date: CalendarDate?) -> LibraryIndexer.Summary {
            LibraryIndexer(store: store, referenceDate: date, analyze: { analyzer.analyze($0) }).index(files) { _ in }
        }
        let day = CalendarDate(year: 2024, month: 5, day: 4)
        #expect(index(nil).analysedFiles == 1)
        #expect(index(nil).unchangedFiles == 1)
        #expect(index(day).analysedFiles == 1)
        #expect(index(day).unchangedFiles == 1)
        #expect(index(CalendarDate(year: 2024, month: 5, day: 5)).analysedFiles == 1)
        #expect(index(nil).analysedFiles == 1)
        #expect(analyzer.calls.count == 4)
    }

    @Test func theMergedTimelineResolvesRelativeDatesAgainstTheGivenDay() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        tmp.write("news/a.txt", "Mayor resigns\n\nThe mayor of Springfield resigned yesterday after a long dispute.\n")
        let files = LibraryFile.expand([tmp.file("news")])
        let store = try LibraryStore.open(path: tmp.file("library.sqlite"))
        LibraryIndexer(store: store, referenceDate: CalendarDate(year: 2024, month: 5, day: 4)).index(files) { _ in }
        let keys = Set(try store.entries(files: Set(files.map(\.path))).values.flatMap { $0.map(\.key) })
        #expect(try store.timeline(among: keys).map(\.date) == ["2024-05-03"])
    }
}
