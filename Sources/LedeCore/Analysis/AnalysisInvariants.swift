/// What every reader of an article and its analysis relies on: ranges inside the text and in order, indexes
/// that point at something, finite scores, and no control character in any text that can reach the screen
/// (the reader slices the text with these ranges and draws these strings). The fuzzer traps on a violation;
/// tests expect none.
public enum AnalysisInvariants {
    /// Every broken invariant, as a short description; empty when all hold.
    public static func violations(_ article: Article, _ a: Analysis) -> [String] {
        var out: [String] = []
        let n = article.text.count
        func range(_ r: TextRange, _ what: String) {
            if r.start < 0 || r.end > n || r.start > r.end {
                out.append("\(what) range \(r.start)..<\(r.end) outside the text (\(n) scalars)")
            }
        }
        func safe(_ s: String?, _ what: String) {
            guard let s, let c = s.unicodeScalars.first(where: isControl) else { return }
            out.append("\(what) holds control U+\(String(c.value, radix: 16, uppercase: true))")
        }
        safe(article.text.string, "text")
        safe(article.title, "title")
        safe(article.link, "link")
        for b in article.blocks { range(b.range, "block") }
        for s in article.sections {
            range(s.range, "section")
            if let h = s.heading { range(h, "section heading") }
            safe(s.title, "section title")
        }
        for t in a.tokens { range(t.range, "token") }
        for s in a.sentences { range(s, "sentence") }
        for e in a.entities {
            safe(e.name, "entity name")
            for alias in e.aliases { safe(alias, "entity alias") }
            for m in e.mentions {
                range(m.range, "mention")
                safe(m.text, "mention text")
            }
            for r in e.roles {
                range(r.range, "role")
                safe(r.role, "role")
                safe(r.of, "role owner")
            }
            if !e.salience.isFinite { out.append("entity salience \(e.salience)") }
        }
        for t in a.times {
            range(t.range, "time")
            safe(t.text, "time text")
            safe(t.value, "time value")
        }
        for f in a.facts {
            range(f.range, "fact")
            range(f.sentence, "fact sentence")
            for s in [f.what, f.action, f.unit, f.score, f.person, f.role, f.of, f.source, f.quote, f.speaker] {
                safe(s, "fact field")
            }
            if let v = f.value, !v.isFinite { out.append("fact value \(v)") }
            if let i = f.timelineIndex, i < 0 || i >= a.timeline.count { out.append("fact timeline index \(i)") }
        }
        for t in a.timeline {
            range(t.range, "timeline event")
            range(t.sentence, "timeline sentence")
            safe(t.summary, "timeline summary")
            if let i = t.timeIndex, i < 0 || i >= a.times.count { out.append("timeline time index \(i)") }
        }
        return out
    }

    /// C0 controls but newline and tab, DEL and C1 controls: what the decoder replaces after every step.
    static func isControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\n" && c != "\t") || (0x7F...0x9F).contains(c.value)
    }
}
