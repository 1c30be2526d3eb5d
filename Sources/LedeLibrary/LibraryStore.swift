import Foundation
import GRDB
import LedeCore

/// The library index in SQLite: articles with their content hash, entities and mentions, timeline events and a
/// full-text index. Every write for one file is a single transaction, so a crash never leaves half an article.
///
/// The index is a cache of the articles: when SQLite finds it damaged (`PRAGMA quick_check` at open, or any query
/// later) it is rebuilt empty and the articles are analysed again, never shown as empty results.
public final class LibraryStore: @unchecked Sendable {
    /// Bump when the analyser's output changes enough that stored analyses should be redone: the index and the
    /// stored analyses of `StoredAnalyses` are keyed by it. 2: timeline summaries and events (2026-12-07), reader
    /// mode's furniture, titles and dates, compiled resources.
    public static let analyzerVersion = 2
    /// How many entity names the list shows per article.
    public static let topEntityCount = 3

    /// The database file, or nil for an in-memory store (used when the file cannot be opened).
    public let path: String?
    /// What opening found that the user should know, in one line (the index was damaged and rebuilt).
    public let notice: String?
    /// True when the database is used read-only (its file or folder cannot be written): the stored analyses are
    /// used, nothing is stored, and what changed is analysed for this run only.
    public let isReadOnly: Bool
    // Replaced by `rebuild`; read under the lock, used outside it (GRDB serialises the accesses).
    private var current: DatabaseQueue
    private let lock = NSLock()

    private var queue: DatabaseQueue { locked { current } }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private init(path: String?, queue: DatabaseQueue, notice: String? = nil, isReadOnly: Bool = false) {
        self.isReadOnly = isReadOnly
        self.path = path
        self.current = queue
        self.notice = notice
    }

    /// Opens (creating and migrating as needed) the database at `path`. Throws a one-line `LibraryError`
    /// for a locked or newer database, for a file that is not a database, and for another program's database,
    /// which is left untouched (`LibraryDatabaseFile`): nothing is written before the file is known to be Lede's
    /// or new. A damaged Lede library is rebuilt empty (`notice` says so).
    ///
    /// An existing library whose file or folder cannot be written is opened read-only (`isReadOnly`).
    ///
    /// - Parameters:
    ///   - check: runs `PRAGMA quick_check` (tests turn it off to reach damage through queries).
    ///   - readOnly: true to open read-only whatever the permissions (nil: when they do not allow writing).
    public static func open(path: String, check: Bool = true, readOnly: Bool? = nil) throws(LibraryError) -> LibraryStore {
        let kind = try LibraryDatabaseFile.inspect(path)
        switch kind {
        case .new, .lede, .unmarkedLede: break
        case .notDatabase: throw LibraryError(path: path, reason: .corrupt("file is not a database"))
        case .foreign(let why): throw LibraryError(path: path, reason: .foreign(why))
        }
        if kind != .new, readOnly ?? !writable(path) {
            do { return try openReadOnly(path: path, check: check) } catch {
                throw error as? LibraryError ?? map(error, path: path)
            }
        }
        do {
            return LibraryStore(path: path, queue: try makeQueue(path: path, check: check))
        } catch let damage as LibraryError where damage.isDamage {
            // Ours, and damaged: the articles are the data, the index only a cache of their analyses.
            do {
                try removeDatabase(path)
                return LibraryStore(path: path, queue: try makeQueue(path: path, check: false),
                                    notice: damage.rebuildNotice)
            } catch {
                throw error as? LibraryError ?? map(error, path: path)
            }
        } catch {
            throw error as? LibraryError ?? map(error, path: path)
        }
    }

    /// Whether Lede may write the database at `path`: the file, and its folder (WAL mode creates the log and the
    /// shared-memory file beside it). For root every permission allows it; a read-only file system does not.
    static func writable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// A library that cannot be written, used as it is: read-only, or `immutable` when even the shared-memory file
    /// of its log cannot be made (a read-only folder). A damaged or outdated one cannot be mended here, so it is
    /// refused (Lede then goes on with an index in memory).
    private static func openReadOnly(path: String, check: Bool) throws -> LibraryStore {
        var config = Configuration()
        config.readonly = true
        func connect(_ name: String) throws -> DatabaseQueue {
            let queue = try DatabaseQueue(path: name, configuration: config)
            _ = try queue.read { try Int.fetchOne($0, sql: "PRAGMA schema_version") }
            return queue
        }
        let queue = try (try? connect(path)) ?? connect(LibraryDatabaseFile.immutableURI(path))
        try queue.read { db in
            if check, let problem = try quickCheck(db) { throw LibraryError(path: path, reason: .corrupt(problem)) }
            let migrator = LibrarySchema.migrator
            if try migrator.hasBeenSuperseded(db) { throw LibraryError(path: path, reason: .tooNew) }
            guard try migrator.hasCompletedMigrations(db) else {
                throw LibraryError(path: path, reason: .unavailable("read-only, and written by an older Lede"))
            }
        }
        let notice = TextSanitizer.singleLine(
            "\(path): the library is read-only: it is used as it is, and what changed is analysed for this run only")
        return LibraryStore(path: path, queue: queue, notice: notice, isReadOnly: true)
    }

    /// A migrated connection to the database at `path` (created if missing). Throws `LibraryError`, whose
    /// `isDamage` says the file is a damaged database.
    private static func makeQueue(path: String, check: Bool) throws -> DatabaseQueue {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw LibraryError(path: path, reason: .unavailable((error as NSError).localizedDescription))
        }
        var config = Configuration()
        // WAL with synchronous=NORMAL: a commit per analysed file without an fsync each time, still durable
        // across crashes of Lede (only a power cut may lose the last commits, which are re-analysed next time).
        config.prepareDatabase { db in
            // Marked first, so a new file carries the mark in its own header before the log holds anything
            // (an unmarked Lede library of an older version is marked here too).
            if try Int32.fetchOne(db, sql: "PRAGMA application_id") != LibraryDatabaseFile.applicationID {
                try db.execute(sql: "PRAGMA application_id = \(LibraryDatabaseFile.applicationID)")
            }
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        // Wait briefly for another Lede finishing a write; a longer lock is reported instead of hanging.
        config.busyMode = .timeout(0.3)
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: path, configuration: config) } catch { throw map(error, path: path) }
        do {
            let migrator = LibrarySchema.migrator
            // Reading the schema fails on a file that is not a database; BEGIN IMMEDIATE fails on a locked one.
            try queue.writeWithoutTransaction { db in
                _ = try Int.fetchOne(db, sql: "PRAGMA schema_version")
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "COMMIT")
            }
            if check, let problem = try queue.read({ db in try Self.quickCheck(db) }) {
                throw LibraryError(path: path, reason: .corrupt(problem))
            }
            if try queue.read({ try migrator.hasBeenSuperseded($0) }) {
                throw LibraryError(path: path, reason: .tooNew)
            }
            try migrator.migrate(queue)
            return queue
        } catch {
            // Closed before the caller may delete the file: a connection closing later would remove the new
            // database's log, which has the same name.
            try? queue.close()
            throw error as? LibraryError ?? map(error, path: path)
        }
    }

    /// SQLite's first complaint about the file's structure, or nil when it finds none. `quick_check` reads every
    /// page (unlike `integrity_check` it does not compare indexes with their tables): linear in the file's size.
    static func quickCheck(_ db: Database) throws -> String? {
        let rows = try String.fetchAll(db, sql: "PRAGMA quick_check(1)")
        return rows == ["ok"] ? nil : (rows.first ?? "quick_check gave no answer")
    }

    /// Deletes the database and its log and shared-memory files.
    private static func removeDatabase(_ path: String) throws {
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// Closes the connection (its log is checkpointed into the file). Any use afterwards fails.
    public func close() throws(LibraryError) {
        do { try queue.close() } catch { throw fail(error) }
    }

    /// A store that lives only for this run.
    public static func inMemory() -> LibraryStore {
        LibraryStore(path: nil, queue: memoryQueue())
    }

    private static func memoryQueue() -> DatabaseQueue {
        // An in-memory database cannot fail to open or migrate short of running out of memory.
        let queue = try! DatabaseQueue()
        try! LibrarySchema.migrator.migrate(queue)
        return queue
    }

    /// Replaces a damaged index by an empty one, for the articles to be analysed again; returns the line to
    /// show. For `damage`, the error a query or write met.
    public func rebuild(after damage: LibraryError) throws(LibraryError) -> String {
        // A read-only library cannot be mended: the caller goes on without it.
        if isReadOnly { throw damage }
        guard let path else {
            locked { current = Self.memoryQueue() }
            return damage.rebuildNotice
        }
        do {
            try locked {
                // Closed first: see `makeQueue`.
                try current.close()
                try Self.removeDatabase(path)
                current = try Self.makeQueue(path: path, check: false)
            }
        } catch let e as LibraryError {
            throw e
        } catch {
            throw Self.map(error, path: path)
        }
        return damage.rebuildNotice
    }

    static func map(_ error: any Error, path: String) -> LibraryError {
        guard let db = error as? DatabaseError else {
            return LibraryError(path: path, reason: .unavailable(String(describing: error)))
        }
        let message = db.message ?? "SQLite error \(db.resultCode.rawValue)"
        switch db.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return LibraryError(path: path, reason: .corrupt(message))
        case .SQLITE_BUSY, .SQLITE_LOCKED: return LibraryError(path: path, reason: .locked)
        default: return LibraryError(path: path, reason: .unavailable(message))
        }
    }

    private func fail(_ error: any Error) -> LibraryError { Self.map(error, path: path ?? ":memory:") }

    // MARK: Reading

    /// What the index knows of a file: its content hash and the analyser version that produced its rows.
    public struct FileState: Hashable, Sendable {
        public var contentHash: String
        public var analyzerVersion: Int
        /// The reference date the file was analysed with (ISO), nil for the articles' own.
        public var referenceDate: String?
        /// Why its analysis failed, when it did (then it has no article rows).
        public var failure: String?
    }

    public func fileStates() throws(LibraryError) -> [String: FileState] {
        do {
            return try queue.read { db in
                var out: [String: FileState] = [:]
                let sql = "SELECT file, contentHash, analyzerVersion, referenceDate FROM article"
                for row in try Row.fetchAll(db, sql: sql) {
                    let file: String = row[0]
                    let version: Int = row[2]
                    // A file is current only if every one of its rows is.
                    if let old = out[file], old.analyzerVersion <= version { continue }
                    out[file] = FileState(contentHash: row[1], analyzerVersion: version, referenceDate: row[3])
                }
                let failed = "SELECT file, contentHash, analyzerVersion, referenceDate, message FROM failedFile"
                for row in try Row.fetchAll(db, sql: failed) {
                    out[row[0]] = FileState(contentHash: row[1], analyzerVersion: row[2], referenceDate: row[3],
                                            failure: row[4])
                }
                return out
            }
        } catch { throw fail(error) }
    }

    /// The stored entries of the given files, grouped by file, in item order; a file whose analysis failed has
    /// one failed entry.
    public func entries(files: Set<String>) throws(LibraryError) -> [String: [LibraryEntry]] {
        do {
            return try queue.read { db in
                var out: [String: [LibraryEntry]] = [:]
                let columns = "SELECT file, item, title, published, format, wordCount, topEntities, attribution, link FROM article"
                // One file (after analysing it): by the unique index; many: one pass over the table.
                let rows = files.count == 1
                    ? try Row.fetchCursor(db, sql: columns + " WHERE file = ? ORDER BY item", arguments: [files.first!])
                    : try Row.fetchCursor(db, sql: columns + " ORDER BY file, item")
                while let row = try rows.next() {
                    let file: String = row[0]
                    guard files.contains(file) else { continue }
                    out[file, default: []].append(Self.entry(row))
                }
                for row in try Row.fetchAll(db, sql: "SELECT file, message FROM failedFile") {
                    let file: String = row[0]
                    if files.contains(file), out[file] == nil { out[file] = [.failed(file: file, message: row[1])] }
                }
                return out
            }
        } catch { throw fail(error) }
    }

    static func entry(_ row: Row) -> LibraryEntry {
        let file: String = row[0]
        let names: String = row[6]
        let link: String? = row[8]
        return LibraryEntry(
            key: LibraryEntry.Key(file: file, item: row[1]),
            title: row[2],
            published: (row[3] as String?).flatMap { CalendarDate(iso: $0) },
            source: displaySource(file: file, link: link),
            format: ArticleFormat(rawValue: row[4]),
            wordCount: row[5],
            topEntities: names.isEmpty ? [] : names.components(separatedBy: LibrarySchema.nameSeparator),
            attribution: row[7],
            isAnalysed: true)
    }

    /// The host of the article's link when it has one (the publication), else the file name.
    static func displaySource(file: String, link: String?) -> String {
        if let link, let host = URL(string: link)?.host, !host.isEmpty {
            return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
        return (file as NSString).lastPathComponent
    }

    /// Articles among `keys` whose title or text matches every word of `text` (as prefixes), via FTS5.
    public func search(_ text: String, among keys: Set<LibraryEntry.Key>) throws(LibraryError) -> Set<LibraryEntry.Key> {
        guard let pattern = FTS5Pattern(matchingAllPrefixesIn: text) else { return keys }
        do {
            return try queue.read { db in
                var out: Set<LibraryEntry.Key> = []
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT a.file, a.item FROM articleText JOIN article a ON a.id = articleText.rowid
                    WHERE articleText MATCH ?
                    """, arguments: [pattern])
                while let row = try rows.next() {
                    let key = LibraryEntry.Key(file: row[0], item: row[1])
                    if keys.contains(key) { out.insert(key) }
                }
                return out
            }
        } catch { throw fail(error) }
    }

    /// Articles among `keys` that mention the entity with this canonical name and type, by date then title.
    public func articles(mentioning name: String, type: EntityType,
                         among keys: Set<LibraryEntry.Key>) throws(LibraryError) -> [EntityOccurrence] {
        do {
            return try queue.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.file, a.item, a.title, a.published, e.mentionCount,
                           (SELECT MIN(m.start) FROM mention m WHERE m.entityId = e.id)
                    FROM entity e JOIN article a ON a.id = e.articleId
                    WHERE e.name = ? AND e.type = ?
                    """, arguments: [name, type.rawValue])
                return rows.compactMap { row -> EntityOccurrence? in
                    let key = LibraryEntry.Key(file: row[0], item: row[1])
                    guard keys.contains(key) else { return nil }
                    return EntityOccurrence(article: key, title: row[2],
                                            published: (row[3] as String?).flatMap { CalendarDate(iso: $0) },
                                            mentionCount: row[4], firstMention: (row[5] as Int?) ?? 0)
                }.sorted { a, b in
                    if a.published != b.published { return (a.published ?? .distantPast) < (b.published ?? .distantPast) }
                    return (a.title, a.article) < (b.title, b.article)
                }
            }
        } catch { throw fail(error) }
    }

    /// Every dated event of the articles among `keys`, ordered by date (then article and position).
    public func timeline(among keys: Set<LibraryEntry.Key>) throws(LibraryError) -> [LibraryTimelineEvent] {
        do {
            return try queue.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.file, a.item, a.title, t.date, t.summary, t.sentenceStart, t.exact
                    FROM timelineEvent t JOIN article a ON a.id = t.articleId
                    ORDER BY t.date, a.file, a.item, t.start
                    """)
                return rows.compactMap { row -> LibraryTimelineEvent? in
                    let key = LibraryEntry.Key(file: row[0], item: row[1])
                    guard keys.contains(key) else { return nil }
                    return LibraryTimelineEvent(article: key, articleTitle: row[2], date: row[3], summary: row[4],
                                                sentenceStart: row[5], exact: row[6])
                }
            }
        } catch { throw fail(error) }
    }

    /// How many articles the index holds (all files, not only those open).
    public func articleCount() throws(LibraryError) -> Int {
        do { return try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article") ?? 0 } } catch { throw fail(error) }
    }

    // MARK: Writing

    /// Replaces everything stored for `file` by these analysed articles, in one transaction.
    public func replace(file: String, contentHash: String, articles: [(Article, Analysis)],
                        analyzedAt: Date = Date(), referenceDate: CalendarDate? = nil) throws(LibraryError) {
        do {
            try queue.write { db in
                try Self.delete(file: file, db)
                for (item, (article, analysis)) in articles.enumerated() {
                    try Self.insert(file: file, item: item, contentHash: contentHash, article: article,
                                    analysis: analysis, analyzedAt: analyzedAt, referenceDate: referenceDate, db)
                }
            }
        } catch { throw fail(error) }
    }

    /// Remembers that the analysis of `file` (with these bytes) failed, and why, in place of its articles.
    public func markFailed(file: String, contentHash: String, message: String, failedAt: Date = Date(),
                           referenceDate: CalendarDate? = nil) throws(LibraryError) {
        do {
            try queue.write { db in
                try Self.delete(file: file, db)
                try db.execute(sql: """
                    INSERT INTO failedFile (file, contentHash, analyzerVersion, referenceDate, message, failedAt)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [file, contentHash, Self.analyzerVersion, referenceDate?.iso, message,
                                     failedAt.timeIntervalSince1970])
            }
        } catch { throw fail(error) }
    }

    /// Forgets a file (it was removed or can no longer be read).
    public func remove(file: String) throws(LibraryError) {
        try remove(files: [file])
    }

    /// Forgets files (deleted since they were indexed), in one transaction.
    public func remove(files: [String]) throws(LibraryError) {
        guard !files.isEmpty else { return }
        do { try queue.write { db in for f in files { try Self.delete(file: f, db) } } } catch { throw fail(error) }
    }

    private static func delete(file: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM articleText WHERE rowid IN (SELECT id FROM article WHERE file = ?)",
                       arguments: [file])
        try db.execute(sql: "DELETE FROM article WHERE file = ?", arguments: [file])
        try db.execute(sql: "DELETE FROM failedFile WHERE file = ?", arguments: [file])
    }

    private static func insert(file: String, item: Int, contentHash: String, article: Article, analysis: Analysis,
                               analyzedAt: Date, referenceDate: CalendarDate?, _ db: Database) throws {
        let words = analysis.tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
        let ranked = rankedEntities(analysis)
        let top = ranked.prefix(topEntityCount).map(\.name).joined(separator: LibrarySchema.nameSeparator)
        let title = displayTitle(article)
        try db.execute(sql: """
            INSERT INTO article (file, item, contentHash, title, published, format, wordCount, analysedAt,
                                 link, attribution, topEntities, analyzerVersion, referenceDate)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [file, item, contentHash, title, article.published?.date.iso, article.format.rawValue,
                             words, analyzedAt.timeIntervalSince1970, article.link, article.attribution, top,
                             analyzerVersion, referenceDate?.iso])
        let articleID = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO articleText (rowid, title, body) VALUES (?, ?, ?)",
                       arguments: [articleID, title, article.text.string])
        for entity in ranked {
            try db.execute(sql: """
                INSERT INTO entity (articleId, name, type, salience, mentionCount) VALUES (?, ?, ?, ?, ?)
                """, arguments: [articleID, entity.name, entity.type.rawValue, entity.salience, entity.mentions.count])
            let entityID = db.lastInsertedRowID
            for m in entity.mentions {
                try db.execute(sql: "INSERT INTO mention (entityId, start, \"end\", text) VALUES (?, ?, ?, ?)",
                               arguments: [entityID, m.range.start, m.range.end, m.text])
            }
        }
        for event in analysis.timeline {
            try db.execute(sql: """
                INSERT INTO timelineEvent (articleId, date, endDate, summary, start, "end", sentenceStart, exact)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [articleID, event.date, event.end, event.summary, event.range.start, event.range.end,
                                 event.sentence.start, event.exact])
        }
    }

    /// Entities by salience, then mention count, then name: the order of the list's "top entities".
    static func rankedEntities(_ analysis: Analysis) -> [Entity] {
        analysis.entities.sorted { a, b in
            if a.salience != b.salience { return a.salience > b.salience }
            if a.mentions.count != b.mentions.count { return a.mentions.count > b.mentions.count }
            return a.name < b.name
        }
    }

    /// The article's title, or its first line, or its file name: the list always has something to show.
    public static func displayTitle(_ article: Article) -> String {
        if let t = article.title?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty {
            return TextSanitizer.singleLine(t)
        }
        for line in article.text.string.split(separator: "\n", maxSplits: 20) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { return TextSanitizer.singleLine(String(t.prefix(200))) }
        }
        return (article.source as NSString).lastPathComponent
    }
}

extension CalendarDate {
    /// Sorts before any real date (undated articles first when ascending).
    static let distantPast = CalendarDate(year: -9999, month: 1, day: 1)
}
