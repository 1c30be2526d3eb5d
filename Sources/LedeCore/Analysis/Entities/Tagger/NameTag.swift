/// The tagger's labels: BILOU (Begin, Inside, Last, Unit, Outside) over the three types news annotation marks
/// as names, person, organisation and place. Groups ("Israeli") stay with the gazetteer rules.
enum NameTag {
    static let count = 13
    static let outside = 0
    static let types: [EntityType] = [.person, .organization, .place]

    enum Part: Int { case begin = 1, inside, last, unit }

    @inline(__always) static func tag(_ part: Part, _ type: Int) -> Int { 4 * type + part.rawValue }
    @inline(__always) static func type(_ tag: Int) -> Int { (tag - 1) / 4 }
    @inline(__always) static func part(_ tag: Int) -> Part? { tag == 0 ? nil : Part(rawValue: (tag - 1) % 4 + 1) }

    /// May `b` follow `a` (a = -1: the start)?
    static func allowed(_ a: Int, _ b: Int) -> Bool {
        let pa = a < 0 ? nil : part(a), pb = part(b)
        let open = pa == .begin || pa == .inside
        if open { return (pb == .inside || pb == .last) && type(a) == type(b) }
        return pb == nil || pb == .begin || pb == .unit
    }

    /// May the sequence end on `a`?
    static func canEnd(_ a: Int) -> Bool { let p = part(a); return p == nil || p == .last || p == .unit }

    /// BILOU tags of spans over `n` tokens; spans are (first, end, type index) and must not overlap.
    static func encode(_ spans: [(Int, Int, Int)], count n: Int) -> [Int] {
        var tags = [Int](repeating: outside, count: n)
        for (f, e, ty) in spans where f < e && e <= n {
            if e - f == 1 { tags[f] = tag(.unit, ty); continue }
            tags[f] = tag(.begin, ty)
            for k in (f + 1)..<(e - 1) { tags[k] = tag(.inside, ty) }
            tags[e - 1] = tag(.last, ty)
        }
        return tags
    }

    /// The spans of a valid tag sequence.
    static func decode(_ tags: [Int]) -> [(Int, Int, Int)] {
        var out: [(Int, Int, Int)] = []
        var start = -1
        for (k, t) in tags.enumerated() {
            switch part(t) {
            case .unit?: out.append((k, k + 1, type(t)))
            case .begin?: start = k
            case .last?: if start >= 0 { out.append((start, k + 1, type(t))) }; start = -1
            default: break
            }
        }
        return out
    }
}
