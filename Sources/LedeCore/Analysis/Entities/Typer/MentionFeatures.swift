/// The features the mention typer reads for one candidate name, as 64-bit keys: the words of the name and
/// its head (last word), the head's suffixes and the shape of the words, what the gazetteers say, the words
/// around it, where it stands (sentence start, heading), the rule votes (binned) and how often the entity it
/// belongs to is mentioned.
///
/// One implementation serves training and run time. Every feature is `template=value`; its key chains the
/// template's key with the value's key, and the value key is computed from the scalars the same way it is
/// computed from the value's string (`NameKey.word`, or `rawKey` for shapes), so the model file can list
/// features by name while run time never builds a string. Training passes a `Sink` that also keeps names.
struct MentionFeatures {
    let t: EntityTokens
    let g: Gazetteer

    /// Collects feature keys, and their names when `names` is set (training only).
    struct Sink {
        var keys: [UInt64] = []
        var names: [String]? = nil

        @inline(__always)
        mutating func add(_ template: Template, _ value: UInt64, _ name: @autoclosure () -> String) {
            keys.append(NameKey.extend(template.key, value))
            if names != nil { names!.append(template.name + "=" + name()) }
        }

        mutating func add(_ f: Fixed) {
            keys.append(f.key)
            if names != nil { names!.append(f.name) }
        }

        mutating func removeAll() {
            keys.removeAll(keepingCapacity: true)
            if names != nil { names!.removeAll(keepingCapacity: true) }
        }
    }

    /// A feature template whose value comes from the text ("w", "head", "p1").
    struct Template {
        let name: String
        let key: UInt64
        init(_ name: String) {
            self.name = name
            key = NameKey.word(name)
        }
    }

    /// A feature whose name is known in advance ("rule=person:2").
    struct Fixed {
        let name: String
        let key: UInt64
        init(_ template: String, _ value: String) {
            name = template + "=" + value
            key = MentionFeatures.key(template: template, value: value)
        }
    }

    /// Key of a feature from its name parts, as the model file lists it.
    static func key(template: String, value: String) -> UInt64 {
        NameKey.extend(NameKey.word(template), rawTemplates.contains(template) ? rawKey(value) : NameKey.word(value))
    }

    /// Templates whose values are case-sensitive ("Xx" and "xx" differ), hashed without folding.
    static let rawTemplates: Set<String> = ["shape", "shapes"]

    static func rawKey(_ s: String) -> UInt64 {
        var h = NameKey.seed
        for c in s.unicodeScalars { h = NameKey.mix(h, c.value) }
        return h
    }

    private static let tWord = Template("w"), tHead = Template("head"), tFirst = Template("first")
    private static let tSuf2 = Template("suf2"), tSuf3 = Template("suf3"), tSuf4 = Template("suf4")
    private static let tShape = Template("shape"), tShapes = Template("shapes")
    private static let tP1 = Template("p1"), tP2 = Template("p2")
    private static let tN1 = Template("n1"), tN2 = Template("n2")

    private static let bias = Fixed("bias", "1")
    private static let lengths = ["1", "2", "3", "4+"].map { Fixed("len", $0) }
    private static let gazetteer = ["-", "person", "organization", "place", "group", "place~"].map { Fixed("gaz", $0) }
    private static let flagNames = ["-", "c", "f", "cf", "s", "cs", "fs", "cfs"]
    private static let headFlags = flagNames.map { Fixed("hf", $0) }
    private static let firstFlags = flagNames.map { Fixed("ff", $0) }
    private static let textStart = (p: Fixed("p1", "<s>"), n: Fixed("n1", "</s>"))
    private static let initial = Fixed("init", "1"), heading = Fixed("hd", "1"), caps = Fixed("caps", "1")
    private static let weak = Fixed("weak", "1"), acronym = Fixed("acr", "1"), shortForm = Fixed("short", "1")
    private static let voteTypes: [EntityType] = [.person, .organization, .place, .group]
    private static let leads = ["-", "person", "organization", "place", "group"]
    private static let bins = ["0", "1", "2", "3", "4+"]
    /// "rule=LEAD:MARGIN": which type the rules favour and by how much.
    private static let rules = leads.map { l in bins.map { Fixed("rule", l + ":" + $0) } }
    /// "v.person=BIN" and so on: each type's own vote.
    private static let votes = voteTypes.map { ty in bins.map { Fixed("v." + ty.rawValue, $0) } }
    private static let mentionCounts = ["1", "2", "3-4", "5+"].map { Fixed("m", $0) }
    private static let draftWords = ["0", "1", "2", "3+"].map { Fixed("dw", $0) }

    @inline(__always)
    private static func bin(_ v: Float) -> Int { v <= 0 ? 0 : min(4, Int(v)) }

    /// Features of candidate `c`, a mention of an entity with `mentions` mentions whose longest mention has
    /// `draftWords` capitalised words.
    func extract(_ c: EntityCandidate, mentions: Int, draftWords: Int, into sink: inout Sink) {
        typealias F = MentionFeatures
        let n = t.count
        sink.add(F.bias)
        var head = -1, first = -1, words = 0
        for k in c.first..<c.end where t.tokens[k].kind == .word {
            if first < 0 { first = k }
            head = k
            words += 1
            sink.add(F.tWord, t.folded[k], folded(k))
        }
        sink.add(F.lengths[min(3, c.end - c.first - 1)])
        if head >= 0 {
            sink.add(F.tHead, t.folded[head], folded(head))
            let r = t.tokens[head].range
            if r.length > 3 { suffix(r, 2, F.tSuf2, &sink) }
            if r.length > 4 { suffix(r, 3, F.tSuf3, &sink) }
            if r.length > 5 { suffix(r, 4, F.tSuf4, &sink) }
            sink.add(F.tShape, shapeKey(head, NameKey.seed), shapeName(head))
            sink.add(F.headFlags[flagIndex(head)])
            if t.has(head, .allCaps) { sink.add(F.caps) }
        }
        if words >= 2 {
            sink.add(F.tFirst, t.folded[first], folded(first))
            sink.add(F.firstFlags[flagIndex(first)])
        }
        var shapes = NameKey.seed
        var shapeNames = ""
        for k in c.first..<min(c.end, c.first + 4) {
            if k > c.first { shapes = NameKey.mix(shapes, 0x20) }
            shapes = shapeKey(k, shapes)
            if sink.names != nil { shapeNames += (k > c.first ? " " : "") + shapeName(k) }
        }
        sink.add(F.tShapes, shapes, shapeNames)

        if let e = c.entry {
            sink.add(F.gazetteer[e.ambiguous ? 5 : Self.voteTypes.firstIndex(of: e.type)! + 1])
        } else {
            sink.add(F.gazetteer[0])
        }

        // The words around the name, punctuation included ("(", "’s", ",").
        if c.first > 0 {
            sink.add(F.tP1, t.folded[c.first - 1], folded(c.first - 1))
            if c.first > 1 { sink.add(F.tP2, t.folded[c.first - 2], folded(c.first - 2)) }
        } else {
            sink.add(F.textStart.p)
        }
        if c.end < n {
            sink.add(F.tN1, t.folded[c.end], folded(c.end))
            if c.end + 1 < n { sink.add(F.tN2, t.folded[c.end + 1], folded(c.end + 1)) }
        } else {
            sink.add(F.textStart.n)
        }
        if t.has(c.first, .sentenceInitial) { sink.add(F.initial) }
        if t.has(c.first, .heading) { sink.add(F.heading) }
        if c.weak { sink.add(F.weak) }
        if c.acronym != nil { sink.add(F.acronym) }

        // The rules' votes, binned: which type leads and by how much, and each type's own evidence.
        var top = -1, topScore: Float = 0, second: Float = 0
        for (i, ty) in Self.voteTypes.enumerated() {
            let v = c.votes[ty]
            if v > topScore { second = topScore; topScore = v; top = i } else if v > second { second = v }
            if v > 0 { sink.add(F.votes[i][Self.bin(v)]) }
        }
        sink.add(F.rules[top + 1][Self.bin(topScore - second)])

        sink.add(F.mentionCounts[mentions <= 1 ? 0 : mentions == 2 ? 1 : mentions <= 4 ? 2 : 3])
        sink.add(F.draftWords[min(3, draftWords)])
        if words < draftWords { sink.add(F.shortForm) }
    }

    private func suffix(_ r: TextRange, _ len: Int, _ template: Template, _ sink: inout Sink) {
        sink.add(template, NameKey.word(t.scalars, r.end - len, r.end).folded, foldedString(r.end - len, r.end))
    }

    private func flagIndex(_ k: Int) -> Int {
        let f = g.flags(t.folded[k])
        return (f.contains(.common) ? 1 : 0) | (f.contains(.firstName) ? 2 : 0) | (f.contains(.surname) ? 4 : 0)
    }

    /// Shape classes: X upper, x lower, d digit, any other scalar as itself; runs of one class collapse.
    @inline(__always)
    private func shapeClass(_ c: Unicode.Scalar) -> UInt32 {
        if ScalarClass.isUpper(c) { return 0x58 }
        if ScalarClass.isDigit(c) { return 0x64 }
        if ScalarClass.isLetter(c) { return 0x78 }
        return c.value
    }

    private func shapeKey(_ k: Int, _ seed: UInt64) -> UInt64 {
        var h = seed
        var last: UInt32 = 0
        let r = t.tokens[k].range
        for i in r.start..<r.end {
            let s = shapeClass(t.scalars[i])
            if s != last { h = NameKey.mix(h, s); last = s }
        }
        return h
    }

    private func shapeName(_ k: Int) -> String {
        var out = String.UnicodeScalarView()
        var last: UInt32 = 0
        let r = t.tokens[k].range
        for i in r.start..<r.end {
            let s = shapeClass(t.scalars[i])
            if s != last, let u = Unicode.Scalar(s) { out.append(u); last = s }
        }
        return String(out)
    }

    private func folded(_ k: Int) -> String { foldedString(t.tokens[k].range.start, t.tokens[k].range.end) }

    private func foldedString(_ start: Int, _ end: Int) -> String {
        var out = String.UnicodeScalarView()
        for i in start..<end { if let u = Unicode.Scalar(NameKey.fold(t.scalars[i])) { out.append(u) } }
        return String(out)
    }
}
