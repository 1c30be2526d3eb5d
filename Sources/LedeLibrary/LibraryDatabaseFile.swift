import Foundation
import GRDB

/// What a file named as the library database holds, found before anything is written to it. Lede writes only to
/// its own databases (marked with `PRAGMA application_id`), to new files, and to unmarked databases holding Lede's
/// schema (written before the mark existed; they are marked when opened). Everything else is left untouched.
enum LibraryDatabaseFile: Equatable {
    /// No file, or an empty one: a new library.
    case new
    /// Marked as Lede's.
    case lede
    /// An SQLite database without a mark that holds Lede's tables and migrations (or nothing at all).
    case unmarkedLede
    /// Another program's database; the reason says how it differs.
    case foreign(String)
    /// Not an SQLite database (or its first page is damaged).
    case notDatabase

    /// "LEDE" in ASCII, in the header of every library Lede writes.
    static let applicationID: Int32 = 0x4C45_4445

    /// Looks at `path` by reading its header (and, for an unmarked database, its schema over an immutable
    /// connection): no lock is taken and no byte, journal or side file is written.
    static func inspect(_ path: String) throws(LibraryError) -> LibraryDatabaseFile {
        let header: [UInt8]
        switch readHeader(path) {
        case .missing: return .new
        case .failed(let why): throw LibraryError(path: path, reason: .unavailable(why))
        case .bytes(let bytes): header = bytes
        }
        if header.isEmpty { return .new }
        guard header.count >= 100, header.starts(with: Array("SQLite format 3\0".utf8)) else { return .notDatabase }
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if Int32(bitPattern: id) == applicationID { return .lede }
        if id != 0 { return .foreign(String(format: "application_id 0x%08X, not Lede's", id)) }
        return try schemaKind(path)
    }

    private enum Header { case missing, failed(String), bytes([UInt8]) }

    private static func readHeader(_ path: String) -> Header {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            return errno == ENOENT ? .missing : .failed(String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failed(String(cString: strerror(errno))) }
        guard st.st_mode & S_IFMT == S_IFREG else { return .failed("not a regular file") }
        var bytes = [UInt8](repeating: 0, count: 100)
        var got = 0
        while got < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, 100 - got) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return .failed(String(cString: strerror(errno))) }
            if n == 0 { break }
            got += n
        }
        return .bytes(Array(bytes[0..<got]))
    }

    /// The tables every Lede library has had since its first version.
    static let ledeTables: Set<String> = ["grdb_migrations", "article", "entity", "mention", "timelineEvent", "articleText"]

    /// Whether an unmarked SQLite database is an older Lede library: Lede's tables, and migrations that are all
    /// Lede's ("v1", "v2", …). A database with no tables at all is taken as new.
    private static func schemaKind(_ path: String) throws(LibraryError) -> LibraryDatabaseFile {
        do {
            let queue = try inspectionQueue(path)
            return try queue.read { db -> LibraryDatabaseFile in
                let tables = Set(try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    """))
                if tables.isEmpty { return .unmarkedLede }
                guard tables.isSuperset(of: ledeTables) else {
                    let names = tables.sorted().prefix(4).joined(separator: ", ")
                    return .foreign("its tables are \(names)\(tables.count > 4 ? ", …" : "")")
                }
                let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                let ours = migrations.allSatisfy { id in id.first == "v" && id.dropFirst().allSatisfy(\.isNumber) && id.count > 1 }
                guard migrations.contains("v1"), ours else { return .foreign("migrations that are not Lede's") }
                let columns = Set(try db.columns(in: "article").map(\.name))
                guard columns.isSuperset(of: ["file", "item", "contentHash", "title"]) else {
                    return .foreign("an article table that is not Lede's")
                }
                return .unmarkedLede
            }
        } catch {
            throw LibraryStore.map(error, path: path)
        }
    }

    /// A read-only connection that leaves the file alone: `immutable` (no lock, no -wal or -shm file), unless a
    /// write-ahead log with content sits beside it (a Lede that was killed), which only a plain read-only
    /// connection reads.
    private static func inspectionQueue(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return try DatabaseQueue(path: wal > 0 ? path : immutableURI(path), configuration: config)
    }

    /// `file:PATH?immutable=1`, with the characters a URI path cannot hold escaped.
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for c in path.unicodeScalars {
            switch c {
            case "%", "?", "#": escaped += String(format: "%%%02X", c.value)
            default: escaped.unicodeScalars.append(c)
            }
        }
        return "file:\(escaped)?immutable=1"
    }
}
