/// The `lede analyze` JSON object for one article (schema in the README).
public enum AnalysisJSON {
    /// The whole object as one value (tests, small articles).
    public static func object(_ article: Article, _ a: Analysis) -> JSONValue {
        .object(fields(article, a).map { key, field in
            switch field {
            case .value(let v): return (key, v)
            case .elements(let n, let element): return (key, .array((0..<n).map(element)))
            }
        })
    }

    /// Writes the object in pieces of about 64 KB, building one array element at a time: a large article's
    /// analysis is never held a second time as a tree of JSON values (that tree was a third of the peak memory
    /// of `lede analyze` on a 5 MB article). The output is byte for byte that of `object(...).write`.
    public static func write(_ article: Article, _ a: Analysis, pretty: Bool = false, to chunk: (String) -> Void) {
        withoutActuallyEscaping(chunk) { write(article, a, pretty: pretty, escaping: $0) }
    }

    private static func write(_ article: Article, _ a: Analysis, pretty: Bool, escaping chunk: @escaping (String) -> Void) {
        var out = ""
        out.reserveCapacity(1 << 17)
        func flush(_ buffer: inout String) {
            if buffer.utf8.count >= 1 << 16 {
                chunk(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        func newline(_ indent: Int) {
            if pretty { out += "\n"; out += String(repeating: "  ", count: indent) }
        }
        out += "{"
        for (k, (key, field)) in fields(article, a).enumerated() {
            if k > 0 { out += "," }
            newline(1)
            JSONValue.writeString(key, into: &out)
            out += pretty ? ": " : ":"
            switch field {
            case .value(let v):
                v.write(into: &out, pretty: pretty, indent: 1, flush: flush)
            case .elements(let n, let element):
                if n == 0 { out += "[]"; continue }
                out += "["
                for i in 0..<n {
                    if i > 0 { out += "," }
                    newline(2)
                    element(i).write(into: &out, pretty: pretty, indent: 2, flush: flush)
                    flush(&out)
                }
                newline(1)
                out += "]"
            }
            flush(&out)
        }
        newline(0)
        out += "}"
        chunk(out)
    }

    /// A top-level field: a value, or an array whose elements are made one at a time.
    enum Field {
        case value(JSONValue)
        case elements(Int, (Int) -> JSONValue)
    }

    static func fields(_ article: Article, _ a: Analysis) -> [(String, Field)] {
        func range(_ r: TextRange) -> [(String, JSONValue)] { [("start", .int(r.start)), ("end", .int(r.end))] }
        func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
        let text = article.text
        /// `"explain": {"rule", "why"}` on any object whose decision was recorded (`--explain`).
        func explain(_ x: Explanation?) -> [(String, JSONValue)] {
            guard let x else { return [] }
            return [("explain", .object([("rule", .string(x.rule)), ("why", .array(x.why.map { .string($0) }))]))]
        }

        let block = { (b: Block) -> JSONValue in
            var f: [(String, JSONValue)] = [("kind", .string(b.kind.rawValue))]
            if let l = b.level { f.append(("level", .int(l))) }
            if let bp = b.boilerplate { f.append(("boilerplate", .string(bp.rawValue))) }
            return .object(f + range(b.range))
        }
        let section = { (s: Section) -> JSONValue in
            var f: [(String, JSONValue)] = [("title", str(s.title))]
            if let h = s.heading { f.append(("heading", .object(range(h)))) }
            return .object(f + range(s.range))
        }
        let entity = { (e: Entity) -> JSONValue in
            var place: [(String, JSONValue)] = []
            if let p = e.place { place = [("place", .string(p)), ("place_entity", str(e.placeEntity))] }
            return .object([
                ("id", .string(e.id)), ("name", .string(e.name)), ("type", .string(e.type.rawValue)),
                ("aliases", .array(e.aliases.map { .string($0) })),
            ] + place + [
                ("roles", .array(e.roles.map { r in
                    var f: [(String, JSONValue)] = [("role", .string(r.role)), ("of", str(r.of))]
                    if let oe = r.ofEntity { f.append(("of_entity", .string(oe))) }
                    return .object(f + range(r.range))
                })),
                ("salience", .double((e.salience * 1000).rounded() / 1000)),
                ("mentions", .array(e.mentions.map { m in
                    .object(range(m.range) + [("text", .string(m.text))] + explain(m.explanation))
                })),
            ] + explain(e.explanation))
        }
        let time = { (t: TimeExpression) -> JSONValue in
            .object(range(t.range) + [("text", .string(t.text)), ("type", .string(t.type.rawValue)),
                                      ("value", .string(t.value)), ("inferred", .bool(t.inferred))])
        }
        let fact = { (f: Fact) -> JSONValue in
            var o: [(String, JSONValue)] = [("kind", .string(f.kind.rawValue))]
            if let v = f.value { o.append(("value", .double(v))) }
            if f.kind == .quantity { o.append(("approx", str(f.approx))) }
            if let v = f.what { o.append(("what", .string(v))) }
            if let v = f.action { o.append(("action", .string(v))) }
            if let v = f.unit { o.append(("unit", .string(v))) }
            if let v = f.score { o.append(("score", .string(v))) }
            if let v = f.person { o.append(("person", .string(v))) }
            if let v = f.role { o.append(("role", .string(v))) }
            if let v = f.of { o.append(("of", .string(v))) }
            if let v = f.source { o.append(("source", .string(v))) }
            if let v = f.quote { o.append(("quote", .string(v))) }
            if let v = f.speaker { o.append(("speaker", .string(v))) }
            if let v = f.timelineIndex { o.append(("timeline", .int(v))) }
            o += range(f.range)
            o.append(("text", .string(text[f.range])))
            o.append(("sentence", .object(range(f.sentence))))
            o.append(("entities", .array(f.entities.map { .string($0) })))
            return .object(o + explain(f.explanation))
        }
        let event = { (t: TimelineEvent) -> JSONValue in
            var o: [(String, JSONValue)] = [("date", .string(t.date))]
            if let e = t.end { o.append(("end_date", .string(e))) }
            o.append(("summary", .string(t.summary)))
            o += range(t.range)
            o.append(("sentence", .object(range(t.sentence))))
            o.append(("entities", .array(t.entities.map { .string($0) })))
            o.append(("exact", .bool(t.exact)))
            return .object(o)
        }
        var top: [(String, Field)] = [
            ("source", .value(.string(article.source))),
            ("format", .value(.string(article.format.rawValue))),
            ("title", .value(str(article.title))),
            ("published", .value(str(article.published?.date.iso))),
            ("published_source", .value(str(article.published?.source.rawValue))),
        ]
        if let l = article.link { top.append(("link", .value(.string(l)))) }
        top += [
            ("reference_date", .value(str(a.referenceDate.date?.iso))),
            ("reference_date_source", .value(.string(a.referenceDate.source.rawValue))),
            ("text", .value(.string(text.string))),
            ("blocks", .elements(article.blocks.count) { block(article.blocks[$0]) }),
            ("sections", .elements(article.sections.count) { section(article.sections[$0]) }),
            ("sentences", .elements(a.sentences.count) { .object(range(a.sentences[$0])) }),
            ("entities", .elements(a.entities.count) { entity(a.entities[$0]) }),
            ("times", .elements(a.times.count) { time(a.times[$0]) }),
            ("facts", .elements(a.facts.count) { fact(a.facts[$0]) }),
            ("timeline", .elements(a.timeline.count) { event(a.timeline[$0]) }),
        ]
        return top
    }
}
