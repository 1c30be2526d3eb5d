/// Finding a query in the article's scalars: smart case (case-insensitive unless the query has a capital),
/// refining the previous results when the query grows, one pass over the text otherwise.
enum TextSearch {
    /// Simple case folding, one scalar for one so offsets stay put.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x80 { return v >= 65 && v <= 90 ? v + 32 : v }
        guard s.properties.changesWhenLowercased else { return v }
        let l = s.properties.lowercaseMapping.unicodeScalars
        return l.count == 1 ? l.first!.value : v
    }

    static func foldedText(_ s: [Unicode.Scalar]) -> [UInt32] {
        var out = [UInt32](repeating: 0, count: s.count)
        out.withUnsafeMutableBufferPointer { o in
            for i in 0..<s.count { o[i] = fold(s[i]) }
        }
        return out
    }

    static func search(_ query: String, in index: DocumentIndex, previous: SearchResults?) -> SearchResults? {
        let raw = Array(query.unicodeScalars)
        guard !raw.isEmpty else { return nil }
        let folded = raw.map(fold)
        let caseSensitive = folded != raw.map(\.value)
        let q = caseSensitive ? raw.map(\.value) : folded
        let text: [UInt32] = caseSensitive ? index.cache.memo("search.values") { index.scalars.map(\.value) }
            : index.cache.memo("search.folded") { foldedText(index.scalars) }
        var starts: [Int] = []
        if let p = previous, p.caseSensitive == caseSensitive, p.query.count <= q.count,
           Array(q.prefix(p.query.count)) == p.query {
            // The hits of a longer query are among the hits of its prefix.
            starts = p.starts.filter { matches(text, q, at: $0) }
        } else {
            starts = scan(text, q)
        }
        return SearchResults(query: q, caseSensitive: caseSensitive, starts: starts)
    }

    @inline(__always)
    static func matches(_ t: [UInt32], _ q: [UInt32], at i: Int) -> Bool {
        guard i + q.count <= t.count else { return false }
        for k in 0..<q.count where t[i + k] != q[k] { return false }
        return true
    }

    static func scan(_ t: [UInt32], _ q: [UInt32]) -> [Int] {
        guard !q.isEmpty, q.count <= t.count else { return [] }
        var out: [Int] = []
        let first = q[0], n = q.count
        t.withUnsafeBufferPointer { tb in
            q.withUnsafeBufferPointer { qb in
                var i = 0
                let last = tb.count - n
                while i <= last {
                    if tb[i] == first {
                        var k = 1
                        while k < n && tb[i + k] == qb[k] { k += 1 }
                        if k == n { out.append(i) }
                    }
                    i += 1
                }
            }
        }
        return out
    }
}
