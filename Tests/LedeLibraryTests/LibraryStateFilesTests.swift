import Foundation
import Testing
@testable import LedeLibrary
import LedeCore

@Suite struct LibraryStateFilesTests {
    @Test func xdgFoldersComeFromTheEnvironmentWithTheSpecFallbacks() {
        let set = LibraryPaths(environment: ["HOME": "/home/u", "XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "/s"])
        #expect(set.database == "/d/lede/library.sqlite")
        #expect(set.positions == "/s/lede/positions.json")
        #expect(set.libraryView == "/s/lede/library-view.json")
        let unset = LibraryPaths(environment: ["HOME": "/home/u"])
        #expect(unset.database == "/home/u/.local/share/lede/library.sqlite")
        #expect(unset.stateFolder == "/home/u/.local/state/lede")
        // Relative values are invalid per the spec and ignored.
        let relative = LibraryPaths(environment: ["HOME": "/home/u", "XDG_DATA_HOME": "data"])
        #expect(relative.dataFolder == "/home/u/.local/share/lede")
    }

    @Test func contentHashIsFNV1aWithLengthAndTellsContentsApart() {
        #expect(ContentHash.of([UInt8]()) == "cbf29ce484222325" + "00000000")
        // FNV-1a 64 of "a" is af63dc4c8601ec8c (published test vector).
        #expect(ContentHash.of(Array("a".utf8)) == "af63dc4c8601ec8c" + "00000001")
        #expect(ContentHash.of(Array("abc".utf8)) != ContentHash.of(Array("acb".utf8)))
        #expect(ContentHash.of(Data("same".utf8)) == ContentHash.of(Array("same".utf8)))
    }

    @Test func readingPositionsAndTheLibraryViewSurviveARestart() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let paths = LibraryPaths(environment: ["HOME": tmp.path, "XDG_STATE_HOME": tmp.file("state")])
        var positions = ReadingPositions.load(from: paths.positions)
        #expect(positions.offsets.isEmpty)
        let key = LibraryEntry.Key(file: "/x/feed.rss", item: 2)
        positions[key] = 1234
        positions[LibraryEntry.Key(file: "/x/a.txt")] = 7
        try positions.save(to: paths.positions)
        #expect(ReadingPositions.load(from: paths.positions)[key] == 1234)
        #expect(ReadingPositions.load(from: paths.positions).offsets["/x/a.txt"] == 7)

        let view = LibraryViewMemory(sort: "title", descending: false, filter: "crane", selected: key)
        try view.save(to: paths.libraryView)
        #expect(LibraryViewMemory.load(from: paths.libraryView) == view)
        // A damaged state file reads as nothing remembered rather than failing.
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: paths.libraryView))
        #expect(LibraryViewMemory.load(from: paths.libraryView) == nil)
    }
}

@Suite struct LibraryFileTests {
    @Test func pathsBecomeAbsoluteAndNormalised() {
        #expect(LibraryFile.absolute("a/./b/../c.txt", in: "/home/u") == "/home/u/a/c.txt")
        #expect(LibraryFile.absolute("/x//y/./z.md", in: "/ignored") == "/x/y/z.md")
        #expect(LibraryFile.absolute("../../../../up.txt", in: "/a") == "/up.txt")
    }

    @Test func foldersExpandToSortedFilesWithoutDuplicates() {
        let tmp = TempFolder(); defer { tmp.remove() }
        tmp.write("f/b.txt", "b")
        tmp.write("f/a.md", "a")
        tmp.write("f/.hidden.txt", "h")
        tmp.write("f/sub/c.html", "<p>c</p>")
        let files = LibraryFile.expand([tmp.file("f"), tmp.file("f/a.md"), tmp.file("f/missing.txt")]).map(\.path)
        #expect(files == [tmp.file("f/a.md"), tmp.file("f/b.txt"), tmp.file("f/sub/c.html"), tmp.file("f/missing.txt")])
    }
}
