import Foundation
import Testing
@testable import LedeLibrary
import LedeCore

/// Files deleted from a folder leave no rows behind: indexing the folder again prunes them (articles, full text,
/// entities, timeline), and only under the folders indexed.
@Suite struct LibraryPruneTests {
    @Test func deletedFilesArePrunedWhenTheirFolderIsIndexed() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        tmp.write("news/a.txt", "Halevi resigns\n\nHalevi said on 2023-10-07 that Israel was attacked.\n")
        tmp.write("news/old/b.txt", "Crane collapse in Mecca\n\nThe crane fell on 2015-09-11. Israel sent condolences.\n")
        tmp.write("news/c.txt", "Quiet day\n\nNothing happened on 2001-01-01.\n")
        let elsewhere = LibraryFile(path: tmp.write("other/d.txt", "Elsewhere\n\nIsrael on 2020-02-02.\n"))
        let store = try LibraryStore.open(path: tmp.file("library.sqlite"))
        let analyzer = CountingAnalyzer()
        analyzer.indexer(store).index([elsewhere]) { _ in }
        let news = tmp.file("news")
        analyzer.indexer(store).index(LibraryFile.expand([news]), pruningUnder: LibraryFile.folders([news])) { _ in }
        #expect(try store.articleCount() == 4)

        // A file and its folder deleted, and a file outside the folder deleted too.
        try FileManager.default.removeItem(atPath: tmp.file("news/old"))
        try FileManager.default.removeItem(atPath: elsewhere.path)
        let files = LibraryFile.expand([news])
        #expect(files.count == 2)
        let summary = analyzer.indexer(store).index(files, pruningUnder: LibraryFile.folders([news])) { _ in }
        #expect(summary == LibraryIndexer.Summary(analysedFiles: 0, unchangedFiles: 2, failedFiles: 0, prunedFiles: 1))
        #expect(Set(try store.fileStates().keys) == [tmp.file("news/a.txt"), tmp.file("news/c.txt"), elsewhere.path])
        let all = Set(try store.fileStates().keys.map { LibraryEntry.Key(file: $0) })
        #expect(try store.search("crane", among: all.union([LibraryEntry.Key(file: tmp.file("news/old/b.txt"))])).isEmpty)
        #expect(try store.timeline(among: all).map(\.date) == ["2001-01-01", "2020-02-02", "2023-10-07"])
        #expect(try store.articles(mentioning: "Israel", type: .place, among: all).count == 2)
        #expect(analyzer.calls.count == 4, "pruning analyses nothing")

        // Files named one by one prune nothing: a folder is needed to know a file was deleted.
        let single = analyzer.indexer(store).index([LibraryFile(path: tmp.file("news/a.txt"))]) { _ in }
        #expect(single.prunedFiles == 0)
        #expect(try store.fileStates().count == 3)
    }

    @Test func onlyFilesInsideTheFolderArePrunedNotItsNamesakes() {
        let stale = LibraryIndexer.stale(known: ["/n/a.txt", "/news/a.txt", "/n/sub/b.txt", "/n2/c.txt"],
                                         present: ["/n/a.txt"], folders: ["/n"])
        #expect(stale == ["/n/sub/b.txt"])
    }
}
