import LedeCore
import LedeScreen
import LedeLibrary

/// The library list as a value: the articles (rows per file, in the order the files were given), sort, filter,
/// selection, scroll, size and indexing progress. `Library.update` makes the next one; `Library.render` draws one.
public struct LibraryState: Sendable {
    public internal(set) var files: [String]
    var rowsByFile: [String: [LibraryEntry]]
    public internal(set) var sort: LibrarySort = .date
    public internal(set) var descending = true
    /// The filter in force ("" for none).
    public internal(set) var filter = ""
    /// The filter being typed after `/` (nil when the prompt is closed).
    public internal(set) var filterInput: String?
    /// Rows shown, in order: the filtered and sorted articles.
    public internal(set) var visible: [LibraryEntry] = []
    /// Where the list of `visible` rows stands.
    public internal(set) var list = ListCursor()
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var theme: Theme
    /// Files indexed so far, of `files.count`.
    public internal(set) var indexedFiles = 0
    public internal(set) var indexing: Bool
    /// One line per file that could not be read (shown on stderr when Lede exits).
    public internal(set) var failures: [String] = []
    /// The index's own trouble, shown in the status line.
    public var notice: String?
    /// Attribution of a built-in sample library, shown in the header.
    public var heading: String
    /// True once the user chose a row (or one was restored), so arriving rows do not move the cursor.
    var cursorMoved = false
    /// The first help line shown while the help overlay is open (nil when it is closed).
    public internal(set) var helpScroll: Int?
    /// The keys of the list (and of the lists opened from it).
    public internal(set) var keymap: LibraryKeymap = .default
    /// The reader's keys for the other articles mentioning an entity, for the help.
    public internal(set) var otherArticlesKeys: [Key] = Keymap.default.keys(for: .otherArticles)
    /// What the app should do next (open, timeline, quit); the app clears it.
    public internal(set) var request: LibraryRequest?
    /// The full-text index's answers for filter queries.
    var filterMatches = FilterMatches()
    /// The rows with their sort order and folded names, rebuilt when rows change.
    var catalogue = LibraryCatalogue()

    /// - Parameters:
    ///   - entries: the first rows (from the index, placeholders for the rest), grouped by file in file order.
    ///   - indexing: true while background indexing will send `LibraryUpdate`s.
    public init(entries: [LibraryEntry], theme: Theme, width: Int, height: Int,
                indexing: Bool, heading: String = "Library", memory: LibraryViewMemory? = nil,
                keymap: LibraryKeymap = .default) {
        self.keymap = keymap
        var files: [String] = []
        var rows: [String: [LibraryEntry]] = [:]
        for e in entries {
            if rows[e.key.file] == nil { files.append(e.key.file) }
            rows[e.key.file, default: []].append(e)
        }
        self.files = files
        self.rowsByFile = rows
        self.catalogue = LibraryCatalogue(files.flatMap { rows[$0] ?? [] })
        self.theme = theme
        self.width = max(0, width)
        self.height = max(0, height)
        self.indexing = indexing
        self.heading = heading
        var selected: LibraryEntry.Key?
        if let memory {
            sort = LibrarySort(rawValue: memory.sort) ?? .date
            descending = memory.descending
            // The filter and the row belong to the library they were left in, not to another folder.
            if let key = memory.selected, rows[key.file]?.contains(where: { $0.key == key }) == true {
                filter = memory.filter
                selected = key
                cursorMoved = true
            }
        }
        refresh(keeping: selected)
    }

    /// Every article, in file order.
    public var entries: [LibraryEntry] { catalogue.entries }

    /// Index into `visible` of the selected row.
    public var cursor: Int { list.selected }

    public var selected: LibraryEntry? { visible.indices.contains(cursor) ? visible[cursor] : nil }

    /// The keys of the rows shown (the filtered set), for the merged timeline.
    public var visibleKeys: Set<LibraryEntry.Key> { Set(visible.map(\.key)) }

    /// What to remember for the next run.
    public var memory: LibraryViewMemory {
        LibraryViewMemory(sort: sort.rawValue, descending: descending, filter: filter, selected: selected?.key)
    }

    /// Rows on screen for the list (header, column titles and status line excluded).
    var listHeight: Int { max(1, height - 3) }

    /// The filter query the list follows: the one being typed, else the one in force.
    var query: String { filterInput ?? filter }

    /// Applies background indexing results: each replaces its file's rows.
    mutating func apply(_ updates: [LibraryUpdate]) {
        guard !updates.isEmpty else { return }
        // Until the reader moves, the cursor stays on the first row while rows arrive and re-sort.
        let keep = cursorMoved ? selected?.key : nil
        for u in updates {
            switch u {
            case .indexed(let file, let entries, let analysed):
                if rowsByFile[file] == nil { files.append(file) }
                rowsByFile[file] = entries
                indexedFiles += 1
                if analysed { filterMatches.indexChanged() }
            case .failed(let file, let message):
                rowsByFile[file] = []
                failures.append(message)
                indexedFiles += 1
            case .analysisFailed(let file, let message):
                if rowsByFile[file] == nil { files.append(file) }
                rowsByFile[file] = [.failed(file: file, message: message)]
                failures.append(message)
                indexedFiles += 1
            case .storeFailed(let message):
                notice = message
            case .rebuilding(let message):
                notice = message
                indexing = true
                indexedFiles = 0
                filterMatches.indexChanged()
            case .finished:
                indexing = false
            }
        }
        catalogue = LibraryCatalogue(files.flatMap { rowsByFile[$0] ?? [] })
        // A feed's placeholder (item 0) stays selected as its first article.
        refresh(keeping: keep)
    }

    /// Recomputes the visible rows after the entries, the sort or the filter changed, keeping the selection.
    /// The text matches come from what the index answered so far (`filterMatches`); titles, sources and entity
    /// names are matched here, so rows the index does not have yet are found too.
    mutating func refresh(keeping key: LibraryEntry.Key?) {
        let query = self.query
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            visible = catalogue.rows(sortedBy: sort, descending: descending) { _ in true }
        } else {
            let matches = filterMatches.best(for: query) ?? []
            let needle = Array(query.lowercased().utf8)
            let c = catalogue
            visible = catalogue.rows(sortedBy: sort, descending: descending) { i in
                c.names(i, contain: needle) || matches.contains(c.entries[i].key)
            }
        }
        // A row that left the list (filtered out) gives way to the first one.
        list.select(key.flatMap { key in visible.firstIndex { $0.key == key } } ?? 0, count: visible.count,
                    height: listHeight)
    }

    /// The search to ask for when the index has not answered the query yet (none while no filter is active).
    mutating func searchEffects() -> [Effect] {
        let q = query
        guard !q.trimmingCharacters(in: .whitespaces).isEmpty, filterMatches.needsAsking(q) else { return [] }
        return [.searchLibrary(query: q, among: catalogue.keys)]
    }

    /// The index answered a filter query: the list follows when it is the query in use, or one it extends
    /// (whose answer bounds the rows until its own arrives).
    mutating func received(_ query: String, matches: Set<LibraryEntry.Key>) {
        filterMatches.record(query, matches)
        if self.query.hasPrefix(query) { refresh(keeping: cursorMoved || filterInput != nil ? selected?.key : nil) }
    }

    mutating func scrollToCursor() {
        list.settle(count: visible.count, height: listHeight)
    }
}
