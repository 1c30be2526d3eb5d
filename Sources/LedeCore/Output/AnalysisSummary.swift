/// The `--format text` summary of an analysis: what a person wants at a glance, as plain text.
public enum AnalysisSummary {
    /// With `explain`, an "Explained" section follows: each entity's type rule and each mention's span rule and
    /// clues (the analysis must have been run with `AnalysisOptions.explain`).
    public static func render(_ article: Article, _ a: Analysis, explain: Bool = false) -> String {
        var out = ""
        let title = TextSanitizer.singleLine(article.title ?? "(untitled)")
        out += "\(title)\n"
        var meta = [article.source, article.format.rawValue]
        if let p = article.published { meta.append("published \(p.date.iso)") }
        out += meta.joined(separator: " · ") + "\n"
        if let attr = article.attribution { out += TextSanitizer.singleLine(attr) + "\n" }
        let words = a.tokens.lazy.filter { $0.kind == .word || $0.kind == .number }.count
        out += "\(words) words, \(a.sentences.count) sentences, \(article.sections.count) sections\n"
        let titled = article.sections.compactMap(\.title)
        if !titled.isEmpty {
            out += "\nSections\n"
            for t in titled { out += "  \(TextSanitizer.singleLine(t))\n" }
        }
        let groups: [(String, EntityType)] = [("People", .person), ("Organisations", .organization),
                                              ("Places", .place), ("Groups", .group)]
        for (label, type) in groups {
            let es = a.entities.filter { $0.type == type }.sorted { $0.salience > $1.salience }
            guard !es.isEmpty else { continue }
            out += "\n\(label)\n"
            for e in es {
                var line = "  \(e.name) (\(e.mentions.count))"
                if let r = e.roles.first { line += " — \(r.role)" + (r.of.map { " of \($0)" } ?? "") }
                out += TextSanitizer.singleLine(line) + "\n"
            }
        }
        let figures = a.facts.filter { $0.kind == .quantity }
        if !figures.isEmpty {
            out += "\nFigures\n"
            for f in figures {
                out += "  " + TextSanitizer.singleLine(article.text[f.range])
                if let w = f.action { out += " — \(w)" }
                out += "\n"
            }
        }
        if !a.timeline.isEmpty {
            out += "\nTimeline\n"
            for t in a.timeline { out += "  \(t.date)  \(TextSanitizer.singleLine(t.summary))\n" }
        }
        if explain { out += explained(a) }
        return out
    }

    /// e3 Northrop Grumman: organization, by typer (typer scores: ...)
    ///   0-16 "Northrop Grumman": name-run; organization 2 (organization-follower)
    static func explained(_ a: Analysis) -> String {
        guard !a.entities.isEmpty || !a.facts.isEmpty else { return "" }
        var out = "\nExplained (span rule; type clues)\n"
        for e in a.entities {
            var line = "  \(e.id) \(e.name): \(e.type.rawValue)"
            if let x = e.explanation {
                line += ", by \(x.rule)" + (x.why.isEmpty ? "" : " (\(x.why.joined(separator: "; ")))")
            }
            out += TextSanitizer.singleLine(line) + "\n"
            for m in e.mentions {
                var ml = "    \(m.range.start)-\(m.range.end) \"\(m.text)\""
                if let x = m.explanation {
                    ml += ": \(x.rule)" + (x.why.isEmpty ? "" : "; " + x.why.joined(separator: "; "))
                }
                out += TextSanitizer.singleLine(ml) + "\n"
            }
        }
        // "  quote 120-180: quote-verb-after; speaker: Eric Reeves; verb of saying after the closing mark"
        var header = false
        for f in a.facts {
            guard let x = f.explanation else { continue }
            if !header { out += "Facts (rule; clues)\n"; header = true }
            let line = "  \(f.kind.rawValue) \(f.range.start)-\(f.range.end): \(x.rule)"
                + (x.why.isEmpty ? "" : "; " + x.why.joined(separator: "; "))
            out += TextSanitizer.singleLine(line) + "\n"
        }
        return out
    }
}
