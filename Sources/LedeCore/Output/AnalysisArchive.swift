/// An analysis as compact bytes, to be stored and read back much faster than analysing again or decoding JSON:
/// varints, strings as UTF-8 with their length, ranges as gaps. The library keeps one per article
/// (`StoredAnalyses`), so opening an unchanged article shows its highlights without analysing it.
///
/// Decoding checks everything it reads: lengths against the bytes left, every range against the text's length,
/// every index against its array. Damaged or foreign bytes give nil, never a range the reader would trip on.
public enum AnalysisArchive {
    static let magic: [UInt8] = Array("LEDEANA1".utf8)

    public static func encode(_ a: Analysis) -> [UInt8] {
        var w = ArchiveWriter()
        w.bytes.append(contentsOf: magic)
        w.ranges(a.sentences)
        w.varint(a.tokens.count)
        var previous = 0
        for t in a.tokens {
            let r = t.range
            w.varint(max(0, r.start - previous))
            w.varint(r.length)
            w.byte(t.kind.rawValue)
            previous = r.end
        }
        w.varint(a.entities.count)
        for e in a.entities {
            w.string(e.id)
            w.string(e.name)
            w.string(e.type.rawValue)
            w.strings(e.aliases)
            w.varint(e.roles.count)
            for r in e.roles {
                w.string(r.role)
                w.optional(r.of)
                w.optional(r.ofEntity)
                w.range(r.range)
            }
            w.double(e.salience)
            w.varint(e.mentions.count)
            for m in e.mentions {
                w.range(m.range)
                w.string(m.text)
                w.explanation(m.explanation)
            }
            w.optional(e.place)
            w.optional(e.placeEntity)
            w.explanation(e.explanation)
        }
        w.varint(a.times.count)
        for t in a.times {
            w.range(t.range)
            w.string(t.text)
            w.string(t.type.rawValue)
            w.string(t.value)
            w.bool(t.inferred)
        }
        w.varint(a.facts.count)
        for f in a.facts {
            w.string(f.kind.rawValue)
            w.range(f.range)
            w.range(f.sentence)
            w.strings(f.entities)
            w.bool(f.value != nil)
            if let v = f.value { w.double(v) }
            for s in [f.approx, f.what, f.action, f.unit, f.score] { w.optional(s) }
            w.optionalIndex(f.timelineIndex)
            for s in [f.person, f.role, f.of, f.source, f.quote, f.speaker] { w.optional(s) }
            w.explanation(f.explanation)
        }
        w.varint(a.timeline.count)
        for e in a.timeline {
            w.string(e.date)
            w.optional(e.end)
            w.string(e.summary)
            w.range(e.range)
            w.range(e.sentence)
            w.strings(e.entities)
            w.bool(e.exact)
            w.optionalIndex(e.timeIndex)
        }
        w.bool(a.referenceDate.date != nil)
        if let d = a.referenceDate.date {
            w.varint(d.year)
            w.varint(d.month)
            w.varint(d.day)
        }
        w.string(a.referenceDate.source.rawValue)
        return w.bytes
    }

    /// The analysis in `bytes`, checked against a text of `textCount` scalars; nil when anything is off.
    public static func decode(_ bytes: [UInt8], textCount: Int) -> Analysis? {
        var r = ArchiveReader(bytes, textCount: textCount)
        do { return try decode(&r) } catch { return nil }
    }

    private static func decode(_ r: inout ArchiveReader) throws(ArchiveReader.Malformed) -> Analysis {
        guard Array(try r.take(magic.count)) == magic else { throw .init() }
        var a = Analysis()
        a.sentences = try r.ranges()
        let tokenCount = try r.count(minimumBytes: 3)
        a.tokens.reserveCapacity(tokenCount)
        var previous = 0
        for _ in 0..<tokenCount {
            let start = previous + (try r.varint())
            let end = start + (try r.varint())
            guard let kind = Token.Kind(rawValue: try r.byte()), end <= r.textCount, end - start <= Token.maxLength
            else { throw .init() }
            a.tokens.append(Token(range: TextRange(start, end), kind: kind))
            previous = end
        }
        for _ in 0..<(try r.count(minimumBytes: 8)) {
            let id = try r.string(), name = try r.string()
            guard let type = EntityType(rawValue: try r.string()) else { throw .init() }
            let aliases = try r.strings()
            var roles: [Role] = []
            for _ in 0..<(try r.count(minimumBytes: 4)) {
                roles.append(Role(role: try r.string(), of: try r.optional(), ofEntity: try r.optional(), range: try r.range()))
            }
            let salience = try r.double()
            var mentions: [Mention] = []
            let mentionCount = try r.count(minimumBytes: 4)
            mentions.reserveCapacity(mentionCount)
            for _ in 0..<mentionCount {
                mentions.append(Mention(range: try r.range(), text: try r.string(), explanation: try r.explanation()))
            }
            a.entities.append(Entity(id: id, name: name, type: type, aliases: aliases, roles: roles, salience: salience,
                                     mentions: mentions, place: try r.optional(), placeEntity: try r.optional(),
                                     explanation: try r.explanation()))
        }
        for _ in 0..<(try r.count(minimumBytes: 6)) {
            let range = try r.range(), text = try r.string()
            guard let type = TimeExpression.Kind(rawValue: try r.string()) else { throw .init() }
            a.times.append(TimeExpression(range: range, text: text, type: type, value: try r.string(), inferred: try r.bool()))
        }
        let factCount = try r.count(minimumBytes: 20)
        a.facts.reserveCapacity(factCount)
        for _ in 0..<factCount {
            guard let kind = Fact.Kind(rawValue: try r.string()) else { throw .init() }
            var f = Fact(kind: kind, range: try r.range(), sentence: try r.range(), entities: try r.strings())
            if try r.bool() { f.value = try r.double() }
            f.approx = try r.optional()
            f.what = try r.optional()
            f.action = try r.optional()
            f.unit = try r.optional()
            f.score = try r.optional()
            f.timelineIndex = try r.optionalIndex()
            f.person = try r.optional()
            f.role = try r.optional()
            f.of = try r.optional()
            f.source = try r.optional()
            f.quote = try r.optional()
            f.speaker = try r.optional()
            f.explanation = try r.explanation()
            a.facts.append(f)
        }
        for _ in 0..<(try r.count(minimumBytes: 10)) {
            a.timeline.append(TimelineEvent(date: try r.string(), end: try r.optional(), summary: try r.string(),
                                            range: try r.range(), sentence: try r.range(), entities: try r.strings(),
                                            exact: try r.bool(), timeIndex: try r.optionalIndex()))
        }
        var date: CalendarDate?
        if try r.bool() { date = CalendarDate(year: try r.varint(), month: try r.varint(), day: try r.varint()) }
        guard let source = ReferenceDate.Source(rawValue: try r.string()), r.isAtEnd else { throw .init() }
        a.referenceDate = ReferenceDate(date: date, source: source)
        // Indices between the parts point inside them.
        guard a.facts.allSatisfy({ $0.timelineIndex.map { $0 < a.timeline.count } ?? true }),
              a.timeline.allSatisfy({ $0.timeIndex.map { $0 < a.times.count } ?? true })
        else { throw .init() }
        return a
    }
}

private struct ArchiveWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ b: UInt8) { bytes.append(b) }
    mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

    mutating func varint(_ v: Int) {
        var u = UInt64(max(0, v))
        while u >= 0x80 {
            bytes.append(UInt8(u & 0x7F) | 0x80)
            u >>= 7
        }
        bytes.append(UInt8(u))
    }

    mutating func double(_ d: Double) { withUnsafeBytes(of: d.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func string(_ s: String) {
        varint(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func strings(_ list: [String]) {
        varint(list.count)
        for s in list { string(s) }
    }

    mutating func optional(_ s: String?) {
        bool(s != nil)
        if let s { string(s) }
    }

    mutating func optionalIndex(_ i: Int?) { varint(i.map { $0 + 1 } ?? 0) }

    mutating func range(_ r: TextRange) {
        varint(r.start)
        varint(max(0, r.end - r.start))
    }

    mutating func ranges(_ list: [TextRange]) {
        varint(list.count)
        var previous = 0
        for r in list {
            varint(max(0, r.start - previous))
            varint(max(0, r.end - r.start))
            previous = r.start
        }
    }

    mutating func explanation(_ e: Explanation?) {
        bool(e != nil)
        if let e {
            string(e.rule)
            strings(e.why)
        }
    }
}

private struct ArchiveReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var at = 0
    let textCount: Int

    init(_ bytes: [UInt8], textCount: Int) {
        self.bytes = bytes
        self.textCount = textCount
    }

    var isAtEnd: Bool { at == bytes.count }

    mutating func take(_ n: Int) throws(Malformed) -> ArraySlice<UInt8> {
        guard n >= 0, n <= bytes.count - at else { throw Malformed() }
        defer { at += n }
        return bytes[at..<(at + n)]
    }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard at < bytes.count else { throw Malformed() }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func bool() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    /// A non-negative varint of at most 8 groups (under 2^56: every count, offset and index fits).
    mutating func varint() throws(Malformed) -> Int {
        var v = 0, shift = 0
        while true {
            let b = try byte()
            v |= Int(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
            guard shift < 56 else { throw Malformed() }
        }
    }

    /// A count of elements each at least `minimumBytes` long: larger than the bytes left could hold is damage
    /// (and would make `reserveCapacity` ask for too much).
    mutating func count(minimumBytes: Int) throws(Malformed) -> Int {
        let n = try varint()
        guard n <= (bytes.count - at) / max(1, minimumBytes) else { throw Malformed() }
        return n
    }

    mutating func double() throws(Malformed) -> Double {
        var u: UInt64 = 0
        for (k, b) in try take(8).enumerated() { u |= UInt64(b) << (8 * UInt64(k)) }
        return Double(bitPattern: u)
    }

    mutating func string() throws(Malformed) -> String {
        let n = try varint()
        return String(decoding: try take(n), as: UTF8.self)
    }

    mutating func strings() throws(Malformed) -> [String] {
        var out: [String] = []
        for _ in 0..<(try count(minimumBytes: 1)) { out.append(try string()) }
        return out
    }

    mutating func optional() throws(Malformed) -> String? { try bool() ? try string() : nil }

    mutating func optionalIndex() throws(Malformed) -> Int? {
        let v = try varint()
        return v == 0 ? nil : v - 1
    }

    mutating func range() throws(Malformed) -> TextRange {
        let start = try varint()
        let end = start + (try varint())
        guard end <= textCount else { throw Malformed() }
        return TextRange(start, end)
    }

    mutating func explanation() throws(Malformed) -> Explanation? {
        guard try bool() else { return nil }
        return Explanation(rule: try string(), why: try strings())
    }

    mutating func ranges() throws(Malformed) -> [TextRange] {
        var out: [TextRange] = []
        let n = try count(minimumBytes: 2)
        out.reserveCapacity(n)
        var previous = 0
        for _ in 0..<n {
            let start = previous + (try varint())
            let end = start + (try varint())
            guard end <= textCount else { throw Malformed() }
            out.append(TextRange(start, end))
            previous = start
        }
        return out
    }
}
