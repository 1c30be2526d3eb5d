/// Entity mentions sorted by position, so a fact can find the entities inside or next to its span quickly.
struct MentionIndex {
    struct Entry {
        let range: TextRange
        let entity: Int
    }

    let entities: [Entity]
    let entries: [Entry]
    private let byStart: [Int: Int]
    private let byEnd: [Int: Int]
    private let byId: [String: Int]

    init(_ entities: [Entity]) {
        self.entities = entities
        var entries: [Entry] = []
        for (k, e) in entities.enumerated() { for m in e.mentions { entries.append(Entry(range: m.range, entity: k)) } }
        entries.sort { $0.range < $1.range }
        self.entries = entries
        var byStart: [Int: Int] = [:], byEnd: [Int: Int] = [:]
        for (k, m) in entries.enumerated() {
            byStart[m.range.start] = byStart[m.range.start] ?? k
            byEnd[m.range.end] = k
        }
        self.byStart = byStart
        self.byEnd = byEnd
        var byId: [String: Int] = [:]
        for (k, e) in entities.enumerated() { byId[e.id] = k }
        self.byId = byId
    }

    /// Mention `m` only modifies the noun after it: "the Obama administration", "the Netanyahu government".
    func isModifier(_ m: Entry, _ t: FactTokens) -> Bool {
        let next = t.index(atOrAfter: m.range.end)
        guard next < t.count, t.start(next) == m.range.end || t.start(next) == m.range.end + 1 else { return false }
        return SpeechLexicon.modifierHeads.contains(t.key(next))
    }

    /// Mention `m` is a possessive: "Netanyahu’s Likud party", "Franklin's career".
    func isPossessive(_ m: Entry, _ t: FactTokens) -> Bool {
        let next = t.index(atOrAfter: m.range.end)
        guard next < t.count, t.start(next) == m.range.end else { return false }
        return t.key(next) == Keys.possessive || t.isMark(next, "\u{2019}") || t.isMark(next, "'")
    }

    /// The index in `entities` of the entity with id `id`.
    func index(of id: String) -> Int? { byId[id] }

    /// The index in `entries` of mention `m`.
    func entryIndex(_ m: Entry) -> Int? {
        guard var k = byStart[m.range.start] else { return nil }
        while k < entries.count && entries[k].range.start == m.range.start {
            if entries[k].range == m.range && entries[k].entity == m.entity { return k }
            k += 1
        }
        return nil
    }

    /// The mention that starts exactly at `offset`.
    func starting(at offset: Int) -> Entry? { byStart[offset].map { entries[$0] } }

    /// The mention that ends exactly at `offset`.
    func ending(at offset: Int) -> Entry? { byEnd[offset].map { entries[$0] } }

    /// Mentions overlapping `r`, in text order.
    func overlapping(_ r: TextRange) -> [Entry] {
        var lo = 0, hi = entries.count
        // First mention that ends after r.start; mentions do not nest, so ends grow with starts.
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].range.end <= r.start { lo = mid + 1 } else { hi = mid }
        }
        var out: [Entry] = []
        var k = max(0, lo - 4)
        while k < entries.count && entries[k].range.start < r.end {
            if entries[k].range.overlaps(r) { out.append(entries[k]) }
            k += 1
        }
        return out
    }

    /// Ids of the entities mentioned inside `r`, each once, in text order.
    func ids(in r: TextRange) -> [String] {
        var out: [String] = []
        for m in overlapping(r) where !out.contains(entities[m.entity].id) { out.append(entities[m.entity].id) }
        return out
    }

    /// The last mention of a person that starts before `offset`.
    func lastPerson(before offset: Int) -> Entry? {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].range.start < offset { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 {
            if entities[entries[k].entity].type == .person { return entries[k] }
            k -= 1
        }
        return nil
    }
}
