import Foundation
import GRDB
import Testing
@testable import LedeLibrary
import LedeCore

/// Lede writes only to its own databases: new ones are marked with Lede's `application_id`, older unmarked Lede
/// libraries are adopted, and any other SQLite file is refused with one line and left exactly as it was.
@Suite struct LibraryForeignDatabaseTests {
    /// The file's bytes, its modification time, and whether any side file (journal, WAL, shared memory) appeared.
    struct Snapshot: Equatable {
        var bytes: Data?
        var modified: timespec
        var sideFiles: [String]

        init(_ path: String) {
            bytes = FileManager.default.contents(atPath: path)
            var st = stat()
            stat(path, &st)
            modified = st.st_mtim
            sideFiles = ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
        }

        static func == (a: Snapshot, b: Snapshot) -> Bool {
            a.bytes == b.bytes && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.sideFiles == b.sideFiles
        }
    }

    /// A database written by another program, closed (no side files left).
    func foreignDatabase(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: sql) }
        try queue.close()
    }

    func expectRefused(_ path: String, mentioning words: [String] = []) {
        let before = Snapshot(path)
        #expect(before.bytes != nil && before.sideFiles.isEmpty)
        do {
            _ = try LibraryStore.open(path: path)
            Issue.record("opened another program's database as a library")
        } catch {
            guard case .foreign = error.reason else { Issue.record("wrong reason \(error.reason)"); return }
            #expect(error.description.hasPrefix("\(path): not a Lede library"))
            #expect(!error.description.contains("\n"))
            for w in words { #expect(error.description.contains(w), "\(error.description)") }
        }
        #expect(Snapshot(path) == before, "the file is left byte for byte, with its time and no side file")
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftUnchanged() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let path = tmp.file("notes.sqlite")
        try foreignDatabase(path, "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO note (body) VALUES ('keep me')")
        expectRefused(path, mentioning: ["note"])
    }

    @Test func aDatabaseWithItsOwnArticleTableIsRefusedAndLeftUnchanged() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let path = tmp.file("cms.sqlite")
        try foreignDatabase(path, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE article (id INTEGER PRIMARY KEY, headline TEXT, body TEXT);
            INSERT INTO article (headline, body) VALUES ('Mine', 'Not Lede''s');
            """)
        expectRefused(path)
        // Even Lede's table names without its migrations are not Lede's.
        let lookalike = tmp.file("lookalike.sqlite")
        try foreignDatabase(lookalike, """
            CREATE TABLE article (file TEXT, item INTEGER, contentHash TEXT, title TEXT);
            CREATE TABLE entity (x); CREATE TABLE mention (x); CREATE TABLE timelineEvent (x); CREATE TABLE articleText (x);
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('createNotes');
            """)
        expectRefused(lookalike, mentioning: ["migrations"])
    }

    @Test func aDatabaseMarkedByAnotherProgramIsRefused() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let path = tmp.file("other.sqlite")
        try foreignDatabase(path, "PRAGMA application_id = 1179407942; CREATE TABLE t (x)")
        expectRefused(path, mentioning: ["application_id"])
    }

    @Test func newLibrariesAreMarkedAndUnmarkedLedeLibrariesAdopted() throws {
        let tmp = TempFolder(); defer { tmp.remove() }
        let fresh = tmp.file("data/library.sqlite")
        _ = try LibraryStore.open(path: fresh)
        #expect(try Self.applicationID(fresh) == LibraryDatabaseFile.applicationID)
        #expect(try LibraryDatabaseFile.inspect(fresh) == .lede)
        // An empty file (touch) is a new library too.
        let touched = tmp.write("touched.sqlite", "")
        _ = try LibraryStore.open(path: touched)
        #expect(try Self.applicationID(touched) == LibraryDatabaseFile.applicationID)

        // A library written before the mark: Lede's migrations, no application_id. Its rows are kept.
        let old = tmp.file("old.sqlite")
        let file = tmp.write("a.txt", "Halevi resigns\n\nIsrael.\n")
        do {
            let queue = try DatabaseQueue(path: old)
            try LibrarySchema.migrator.migrate(queue, upTo: "v3")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO article (file, item, contentHash, title, format, wordCount, analysedAt)
                    VALUES (?, 0, 'h', 'Old title', 'text', 3, 0)
                    """, arguments: [file])
            }
            try queue.close()
        }
        #expect(try LibraryDatabaseFile.inspect(old) == .unmarkedLede)
        let adopted = try LibraryStore.open(path: old)
        #expect(try adopted.entries(files: [file])[file]?.first?.title == "Old title")
        #expect(try Self.applicationID(old) == LibraryDatabaseFile.applicationID)
    }

    @Test func inspectionEscapesPathsForTheURI() {
        #expect(LibraryDatabaseFile.immutableURI("/a b/c?d#e%f.sqlite") == "file:/a b/c%3Fd%23e%25f.sqlite?immutable=1")
    }

    static func applicationID(_ path: String) throws -> Int32 {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: path, configuration: config).read { try Int32.fetchOne($0, sql: "PRAGMA application_id") ?? 0 }
    }
}
