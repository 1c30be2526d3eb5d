import Foundation
import Testing
@testable import LedeLibrary
import LedeCore

/// A FIFO or a link to a device in a folder is named for what it is ("not a regular file"), never read (reading
/// would block or never end), and the other files are indexed as usual.
@Suite struct LibrarySpecialFilesTests {
    @Test func aFifoAndALinkToDevZeroAreNotRegularFilesAndTheOthersWork() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        tmp.write("news/a.txt", "Halevi resigns\n\nHalevi said on 2023-10-07 that Israel was attacked.\n")
        tmp.write("news/c.txt", "Quiet day\n\nNothing happened on 2001-01-01.\n")
        #expect(mkfifo(tmp.file("news/pipe.txt"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: tmp.file("news/zero.txt"), withDestinationPath: "/dev/zero")
        let files = LibraryFile.expand([tmp.file("news")])
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["a.txt", "c.txt", "pipe.txt", "zero.txt"])

        let store = try LibraryStore.open(path: tmp.file("library.sqlite"))
        var failures: [String: String] = [:]
        var titles: [String] = []
        let summary = CountingAnalyzer().indexer(store).index(files) { u in
            switch u {
            case .failed(let file, let message): failures[(file as NSString).lastPathComponent] = message
            case .indexed(_, let rows, _): titles += rows.map(\.title)
            default: break
            }
        }
        #expect(summary == LibraryIndexer.Summary(analysedFiles: 2, unchangedFiles: 0, failedFiles: 2))
        #expect(titles == ["Halevi resigns", "Quiet day"])
        #expect(failures["pipe.txt"] == "\(tmp.file("news/pipe.txt")): unsupported input: not a regular file")
        #expect(failures["zero.txt"] == "\(tmp.file("news/zero.txt")): unsupported input: not a regular file")
        #expect(!failures.values.contains { $0.contains("permission") })
    }
}
