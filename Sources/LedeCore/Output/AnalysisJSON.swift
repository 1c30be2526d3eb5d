/// The `lede analyze` JSON object for one article (schema in the README).
public enum AnalysisJSON {
    public static func object(_ article: Article, _ a: Analysis) -> JSONValue {
        func range(_ r: TextRange) -> [(String, JSONValue)] { [("start", .int(r.start)), ("end", .int(r.end))] }
        func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
        let text = article.text
        /// `"explain": {"rule", "why"}` on any object whose decision was recorded (`--explain`).
        func explain(_ x: Explanation?) -> [(String, JSONValue)] {
            guard let x else { return [] }
            return [("explain", .object([("rule", .string(x.rule)), ("why", .array(x.why.map { .string($0) }))]))]
        }

        let blocks: [JSONValue] = article.blocks.map { b in
            var f: [(String, JSONValue)] = [("kind", .string(b.kind.rawValue))]
            if let l = b.level { f.append(("level", .int(l))) }
            if let bp = b.boilerplate { f.append(("boilerplate", .string(bp.rawValue))) }
            return .object(f + range(b.range))
        }
        let sections: [JSONValue] = article.sections.map { s in
            var f: [(String, JSONValue)] = [("title", str(s.title))]
            if let h = s.heading { f.append(("heading", .object(range(h)))) }
            return .object(f + range(s.range))
        }
        let entities: [JSONValue] = a.entities.map { e in
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
        let times: [JSONValue] = a.times.map { t in
            .object(range(t.range) + [("text", .string(t.text)), ("type", .string(t.type.rawValue)),
                                      ("value", .string(t.value)), ("inferred", .bool(t.inferred))])
        }
        let facts: [JSONValue] = a.facts.map { f in
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
        let timeline: [JSONValue] = a.timeline.map { t in
            var o: [(String, JSONValue)] = [("date", .string(t.date))]
            if let e = t.end { o.append(("end_date", .string(e))) }
            o.append(("summary", .string(t.summary)))
            o += range(t.range)
            o.append(("sentence", .object(range(t.sentence))))
            o.append(("entities", .array(t.entities.map { .string($0) })))
            o.append(("exact", .bool(t.exact)))
            return .object(o)
        }
        var top: [(String, JSONValue)] = [
            ("source", .string(article.source)),
            ("format", .string(article.format.rawValue)),
            ("title", str(article.title)),
            ("published", str(article.published?.date.iso)),
            ("published_source", str(article.published?.source.rawValue)),
        ]
        if let l = article.link { top.append(("link", .string(l))) }
        top += [
            ("reference_date", str(a.referenceDate.date?.iso)),
            ("reference_date_source", .string(a.referenceDate.source.rawValue)),
            ("text", .string(text.string)),
            ("blocks", .array(blocks)),
            ("sections", .array(sections)),
            ("sentences", .array(a.sentences.map { .object(range($0)) })),
            ("entities", .array(entities)),
            ("times", .array(times)),
            ("facts", .array(facts)),
            ("timeline", .array(timeline)),
        ]
        return .object(top)
    }
}
