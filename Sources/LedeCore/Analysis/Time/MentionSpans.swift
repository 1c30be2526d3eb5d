/// Entity mentions sorted by start, so the timeline can find the entities of a clause by binary search
/// instead of walking every mention for every event.
struct MentionSpans {
    private var spans: [(range: TextRange, entity: Int)] = []
    private let ids: [String]
    /// The longest mention, which bounds how far before a clause an overlapping mention can start.
    private var longest = 0

    init(_ entities: [Entity]) {
        ids = entities.map(\.id)
        for (k, e) in entities.enumerated() {
            for m in e.mentions {
                spans.append((m.range, k))
                longest = max(longest, m.range.length)
            }
        }
        spans.sort { $0.range < $1.range }
    }

    /// Ids of the entities with a mention overlapping `r`, in the order of the entity list.
    func entities(overlapping r: TextRange) -> [String] {
        var lo = 0, hi = spans.count
        let from = r.start - longest
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].range.start < from { lo = mid + 1 } else { hi = mid }
        }
        var found = Set<Int>()
        var i = lo
        while i < spans.count && spans[i].range.start < r.end {
            if spans[i].range.overlaps(r) { found.insert(spans[i].entity) }
            i += 1
        }
        return found.sorted().map { ids[$0] }
    }
}
