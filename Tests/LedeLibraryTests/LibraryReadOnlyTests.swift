import Foundation
import GRDB
import Testing
@testable import LedeLibrary
import LedeCore

/// A library in a location Lede cannot write (a read-only file or folder) is opened read-only and used: its
/// articles are listed from it and only what changed is analysed, for this run only; the file is never written.
///
/// Tests may run as root, for whom permissions do not bite (`access` allows every write). Then the store is asked
/// to be read-only explicitly; SQLite's read-only connection fails any write, so the checks still prove that
/// nothing is written. As any other user the permissions are set and detected.
@Suite(.serialized) struct LibraryReadOnlyTests {
    struct Stamp: Equatable {
        var bytes: Data?
        var seconds: Int
        var nanoseconds: Int

        init(_ path: String) {
            bytes = FileManager.default.contents(atPath: path)
            var st = stat()
            stat(path, &st)
            seconds = st.st_mtim.tv_sec
            nanoseconds = st.st_mtim.tv_nsec
        }
    }

    static var isRoot: Bool { getuid() == 0 }

    func library(_ tmp: TempFolder) throws -> (path: String, files: [LibraryFile]) {
        tmp.write("news/a.txt", "Halevi resigns\n\nHalevi said on 2023-10-07 that Israel was attacked.\n")
        tmp.write("news/b.txt", "Crane collapse in Mecca\n\nThe crane fell on 2015-09-11. Israel sent condolences.\n")
        tmp.write("news/c.txt", "Quiet day\n\nNothing happened on 2001-01-01.\n")
        let files = LibraryFile.expand([tmp.file("news")])
        let path = tmp.file("data/library.sqlite")
        let store = try LibraryStore.open(path: path)
        CountingAnalyzer().indexer(store).index(files) { _ in }
        try store.close()
        return (path, files)
    }

    @Test func aLibraryInAReadOnlyFolderIsUsedAndNeverWritten() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let (path, files) = try library(tmp)
        let folder = tmp.file("data")
        chmod(path, 0o444)
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755); chmod(path, 0o644) }
        #expect(LibraryStore.writable(path) == Self.isRoot)
        let before = Stamp(path)

        let store = try LibraryStore.open(path: path, readOnly: Self.isRoot ? true : nil)
        #expect(store.isReadOnly)
        #expect(store.notice == "\(path): the library is read-only: it is used as it is, and what changed is analysed for this run only")
        let (entries, error) = LibraryIndexer(store: store).initialEntries(files)
        #expect(error == nil)
        #expect(entries.map(\.title) == ["Halevi resigns", "Crane collapse in Mecca", "Quiet day"])

        // Nothing is analysed again; a changed file is analysed, shown, and not stored.
        let analyzer = CountingAnalyzer()
        tmp.write("news/c.txt", "Quiet day, updated\n\nStill nothing on 2001-01-02.\n")
        var updates: [LibraryUpdate] = []
        let summary = analyzer.indexer(store).index(files) { updates.append($0) }
        #expect(summary == LibraryIndexer.Summary(analysedFiles: 1, unchangedFiles: 2, failedFiles: 0))
        #expect(analyzer.calls == [tmp.file("news/c.txt")])
        #expect(!updates.contains { if case .storeFailed = $0 { true } else { false } })
        #expect(updates.contains { u in
            if case .indexed(_, let rows, true) = u { rows.first?.title == "Quiet day, updated" } else { false }
        })
        let keys = Set(files.map { LibraryEntry.Key(file: $0.path) })
        #expect(try store.timeline(among: keys).map(\.date) == ["2001-01-01", "2015-09-11", "2023-10-07"])
        try store.close()
        #expect(Stamp(path) == before, "the database is left byte for byte, with its time")
    }

    @Test func aReadOnlyLogFolderFallsBackToAnImmutableConnection() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let (path, files) = try library(tmp)
        // The log and its shared-memory file cannot be opened, as in a read-only folder, whoever runs the test (two
        // directories in their place): a plain read-only connection fails, an immutable one reads the file.
        for suffix in ["-wal", "-shm"] {
            try FileManager.default.createDirectory(atPath: path + suffix, withIntermediateDirectories: false)
        }
        let before = Stamp(path)
        let store = try LibraryStore.open(path: path, readOnly: true)
        #expect(store.isReadOnly)
        let summary = CountingAnalyzer().indexer(store).index(files) { _ in }
        #expect(summary.unchangedFiles == 3)
        try store.close()
        #expect(Stamp(path) == before)
    }
}
