import LedeLibrary

/// Every article of the library with what filtering and sorting need, made once when the rows change (indexing
/// reports), not on every keystroke: the keys for the full-text search, each row's title, source and entity
/// names folded into one UTF-8 haystack, and the rows' order under the sort in use. Typing into the filter on a
/// thousand articles is then one byte search per row.
struct LibraryCatalogue: Sendable {
    /// Every article, in file order.
    private(set) var entries: [LibraryEntry] = []
    private(set) var keys: Set<LibraryEntry.Key> = []
    /// Per entry: its title, source and entity names, lowercased, one per line (a query has no newline, so it
    /// never matches across two of them).
    private var haystacks: [[UInt8]] = []
    /// Entry indices in sorted order, for `orderKey`.
    private var order: [Int] = []
    private var orderKey: OrderKey?

    private struct OrderKey: Hashable, Sendable {
        var sort: LibrarySort
        var descending: Bool
    }

    init(_ entries: [LibraryEntry] = []) {
        self.entries = entries
        keys = Set(entries.map(\.key))
        haystacks = entries.map { e in
            Array(([e.title, e.source] + e.topEntities).map { $0.lowercased() }.joined(separator: "\n").utf8)
        }
    }

    /// The entries passing `include`, in the sort's order.
    mutating func rows(sortedBy sort: LibrarySort, descending: Bool, where include: (Int) -> Bool) -> [LibraryEntry] {
        let key = OrderKey(sort: sort, descending: descending)
        if orderKey != key {
            var keyed = entries.indices.map { SortKey(entries[$0], index: $0) }
            keyed.sort(by: Self.order(sort, descending: descending))
            order = keyed.map(\.index)
            orderKey = key
        }
        var out: [LibraryEntry] = []
        out.reserveCapacity(order.count)
        for i in order where include(i) { out.append(entries[i]) }
        return out
    }

    /// Whether an entry's title, source or an entity name contains `needle` (lowercased UTF-8).
    func names(_ i: Int, contain needle: [UInt8]) -> Bool {
        let h = haystacks[i]
        guard !needle.isEmpty, needle.count <= h.count else { return needle.isEmpty }
        return h.withUnsafeBufferPointer { hb in
            needle.withUnsafeBufferPointer { nb in
                let first = nb[0], last = hb.count - nb.count
                var k = 0
                while k <= last {
                    if hb[k] == first {
                        var j = 1
                        while j < nb.count && hb[k + j] == nb[j] { j += 1 }
                        if j == nb.count { return true }
                    }
                    k += 1
                }
                return false
            }
        }
    }

    /// A row with its sort keys folded once, so sorting a thousand rows does not lowercase at every comparison.
    struct SortKey {
        var entry: LibraryEntry
        var index: Int
        var title: String
        var source: String

        init(_ e: LibraryEntry, index: Int) {
            entry = e
            self.index = index
            title = e.title.lowercased()
            source = e.source.lowercased()
        }
    }

    /// Undated articles go last whichever way dates are sorted; ties go by title, then by key.
    static func order(_ sort: LibrarySort, descending: Bool) -> (SortKey, SortKey) -> Bool {
        func byTitle(_ a: SortKey, _ b: SortKey) -> Bool {
            a.title != b.title ? a.title < b.title : a.entry.key < b.entry.key
        }
        switch sort {
        case .date:
            return { a, b in
                switch (a.entry.published, b.entry.published) {
                case let (x?, y?) where x != y: return descending ? x > y : x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return byTitle(a, b)
                }
            }
        case .title:
            return { a, b in descending ? byTitle(b, a) : byTitle(a, b) }
        case .source:
            return { a, b in
                if a.source != b.source { return descending ? a.source > b.source : a.source < b.source }
                return byTitle(a, b)
            }
        }
    }
}
