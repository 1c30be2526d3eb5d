import Foundation
import GRDB
import Testing

/// The library's database driven for real in tmux: another program's SQLite file is refused before the screen
/// opens and left as it was; a library damaged in its middle is said to be so, rebuilt, and answers as before.
@Suite(.serialized) struct LibraryDatabaseEndToEndTests {
    struct Library {
        let root: String
        var folder: String { root + "/articles" }
        var database: String { root + "/data/lede/library.sqlite" }
        var environment: [String: String] {
            ["HOME": root + "/home", "XDG_DATA_HOME": root + "/data", "XDG_STATE_HOME": root + "/state",
             "XDG_CONFIG_HOME": root + "/config"]
        }

        init() throws {
            root = NSTemporaryDirectory() + "lede-database-e2e-\(UUID().uuidString)"
            let fm = FileManager.default
            for dir in ["/articles", "/home", "/data/lede"] {
                try fm.createDirectory(atPath: root + dir, withIntermediateDirectories: true)
            }
            let corpus = ReaderHarness.fixtures.appendingPathComponent("corpus").path
            for name in ["seed-halevi-resigns.txt", "wikinews-2006-08-06-castro-recovering.txt",
                         "wikinews-2015-08-21-north-korea-quasi-state-of-war.txt"] {
                try fm.copyItem(atPath: corpus + "/" + name, toPath: root + "/articles/" + name)
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    func command(_ lib: Library, _ extra: [String] = []) throws -> String {
        ([try ReaderHarness.binary()] + extra + [lib.folder]).map(TmuxSession.quote).joined(separator: " ")
    }

    @Test func anotherProgramsDatabaseIsRefusedBeforeTheScreenOpens() throws {
        let lib = try Library(); defer { lib.remove() }
        let foreign = lib.root + "/notes.sqlite"
        do {
            let queue = try DatabaseQueue(path: foreign)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE article (id INTEGER PRIMARY KEY, headline TEXT); INSERT INTO article (headline) VALUES ('mine')")
            }
            try queue.close()
        }
        let bytes = FileManager.default.contents(atPath: foreign)
        let modified = try FileManager.default.attributesOfItem(atPath: foreign)[.modificationDate] as? Date
        let session = try TmuxSession(width: 120, height: 32, environment: lib.environment)
        defer { session.close() }
        try session.type(try command(lib, ["--library", foreign]))
        try session.waitForShell()
        #expect(try session.lastStatus() == 1)
        let screen = try session.lines().joined()
        #expect(screen.contains("lede: \(foreign): not a Lede library"))
        #expect(FileManager.default.contents(atPath: foreign) == bytes)
        #expect(try FileManager.default.attributesOfItem(atPath: foreign)[.modificationDate] as? Date == modified)
        #expect(!FileManager.default.fileExists(atPath: foreign + "-wal") && !FileManager.default.fileExists(atPath: foreign + "-shm"))
    }

    @Test func aLibraryDamagedInItsMiddleIsRebuiltAndAnswersAsBefore() throws {
        let lib = try Library(); defer { lib.remove() }
        let session = try TmuxSession(width: 120, height: 32, environment: lib.environment)
        defer { session.close() }
        func openAndTimeline() throws -> String {
            try session.type("clear; " + (try command(lib)))
            try session.waitFor(format: "#{alternate_on}", toBe: "1", timeout: 15)
            try session.waitFor("the library, analysed", timeout: 60) { s in s.contains("3 articles") && !s.contains("analysing") }
            try session.keys("t")
            let timeline = try session.waitFor("the timeline") { $0.contains("Timeline of 3 articles") }
            try session.keys("q")
            try session.waitFor("the list again") { !$0.contains("Timeline of") }
            try session.keys("q")
            try session.waitForShell()
            return timeline.split(separator: "\n").first { $0.contains("Timeline of") }.map(String.init) ?? ""
        }
        let before = try openAndTimeline()
        #expect(before.contains("event"))
        // Lede exits without a checkpoint (the next run reads the log); as SQLite would after 1,000 pages, the
        // log is written into the file, where the damage goes.
        try DatabaseQueue(path: lib.database).close()
        #expect(!FileManager.default.fileExists(atPath: lib.database + "-wal"))

        // Pages in the middle third overwritten; the header (page 1) left as damage in the middle leaves it.
        let size = try #require(FileManager.default.attributesOfItem(atPath: lib.database)[.size] as? Int)
        let pages = size / 4096
        #expect(pages >= 9)
        let handle = try #require(FileHandle(forUpdatingAtPath: lib.database))
        try handle.seek(toOffset: UInt64(pages / 3 * 4096))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: (pages / 3 + 1) * 4096))
        try handle.close()

        let after = try openAndTimeline()
        #expect(after == before)
        // The line as standard error left it, wrapped by the pane.
        let screen = try session.lines().joined()
        #expect(screen.contains("lede: \(lib.database): the library index was damaged ("))
        #expect(screen.contains("rebuilding it from the articles"))
    }
}
