import LedeCore
import LedeLibrary
import Testing
@testable import LedeUI

/// A file whose analysis failed stays in the list as a failed row (its name, "failed", the reason), counted with
/// the files that could not be read, and is reported when Lede exits.
@Suite struct LibraryFailedRowTests {
    typealias D = LibraryTestData

    @Test func aFailedAnalysisIsListedAsAFailedRowWithItsReason() {
        var s = D.library(indexing: true)
        let message = "/lib/b.txt: cannot analyse: the analysis process crashed (SIGILL, a trap)"
        s = Library.update(s, .libraryIndexed([.analysisFailed(file: "/lib/b.txt", message: message), .finished])).state
        let row = s.entries.first { $0.key.file == "/lib/b.txt" }
        #expect(row?.failure == message)
        #expect(row?.title == "b.txt")
        #expect(s.entries.count == 3, "the row replaces the file's rows, the others stay")
        #expect(s.failures == [message])
        let lines = Library.render(s).trimmedLines()
        let line = lines.first { $0.contains("b.txt") } ?? ""
        #expect(line.contains("failed"))
        #expect(line.contains("cannot analyse: the analysis"))
        #expect(!line.contains("/lib/b.txt: cannot"), "the path is not repeated in the reason")
        #expect(lines[29].contains("1 file could not be read"))
    }
}
