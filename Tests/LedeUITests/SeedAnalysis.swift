import LedeCore
@testable import LedeUI

/// A hand-made analysis of the seed article (sentences from the real splitter; entities, dates, figures and
/// timeline written out here), so reader tests do not depend on how the analysers evolve.
enum SeedAnalysis {
    /// Scalar ranges of every whole-word occurrence of `needle`.
    static func ranges(_ needle: String, in article: Article, wholeWord: Bool = true) -> [TextRange] {
        let s = article.text.scalars, n = Array(needle.unicodeScalars)
        var out: [TextRange] = []
        guard n.count <= s.count else { return out }
        for i in 0...(s.count - n.count) where Array(s[i..<(i + n.count)]) == n {
            let before = i == 0 ? " " : Character(s[i - 1])
            let after = i + n.count == s.count ? " " : Character(s[i + n.count])
            if !wholeWord || (!before.isLetter && !after.isLetter) { out.append(TextRange(i, i + n.count)) }
        }
        return out
    }

    static func make(_ article: Article) -> Analysis {
        var a = Analyzer.analyze(article)
        func mentions(_ names: [String]) -> [Mention] {
            names.flatMap { n in ranges(n, in: article).map { Mention(range: $0, text: n) } }
                .sorted { $0.range < $1.range }
        }
        var halevi = mentions(["Herzi Halevi", "Halevi"])
        // "Halevi" inside "Herzi Halevi" is the same mention.
        halevi = halevi.filter { m in !halevi.contains { $0.range != m.range && $0.range.contains(m.range) } }
        a.entities = [
            Entity(id: "e1", name: "Israel", type: .place, aliases: ["Is-rael"], salience: 0.9,
                   mentions: mentions(["Is-rael", "Israel"])),
            Entity(id: "e2", name: "Herzi Halevi", type: .person, aliases: ["Halevi"],
                   roles: [Role(role: "Lt. Gen.", of: "Israel Defense Forces", range: ranges("Lt. Gen.", in: article)[0])],
                   salience: 1.0, mentions: halevi),
            Entity(id: "e3", name: "Hamas", type: .organization, salience: 0.7, mentions: mentions(["Hamas"])),
            Entity(id: "e4", name: "Gaza", type: .place, salience: 0.5, mentions: mentions(["Gaza"])),
            Entity(id: "e5", name: "Jenin", type: .place, salience: 0.4, mentions: mentions(["Jenin"])),
            Entity(id: "e6", name: "Benjamin Netanyahu", type: .person, salience: 0.6,
                   mentions: mentions(["Benjamin Netanyahu", "Netanyahu"]).filter { m in
                       !ranges("Benjamin Netanyahu", in: article).contains { $0 != m.range && $0.contains(m.range) }
                   }),
            Entity(id: "e7", name: "Palestinians", type: .group, salience: 0.3, mentions: mentions(["Palestinians"])),
            Entity(id: "e8", name: "Israeli Defense Forces", type: .organization, aliases: ["IDF"], salience: 0.35,
                   mentions: mentions(["Israeli Defense Forces", "IDF"])),
        ]
        let dates: [(String, String)] = [("January 21, 2025", "2025-01-21"), ("October 7, 2023", "2023-10-07"),
                                         ("January 2023", "2023-01"), ("March 6, 2025", "2025-03-06"),
                                         ("January 18, 2025", "2025-01-18")]
        a.times = dates.compactMap { text, value in
            ranges(text, in: article).first.map { TimeExpression(range: $0, text: text, type: .date, value: value) }
        }
        func sentence(_ r: TextRange) -> TextRange { a.sentence(containing: r.start) ?? r }
        a.facts = ["over 1,200 civilians", "more than 250 people", "47,000 Palestinians"].compactMap { text in
            guard let r = ranges(text, in: article).first else { return nil }
            var f = Fact(kind: .quantity, range: r, sentence: sentence(r))
            f.what = String(text.split(separator: " ").last!)
            return f
        }
        a.timeline = a.times.enumerated().map { i, t in
            TimelineEvent(date: t.value, summary: "event of " + t.text, range: t.range, sentence: sentence(t.range),
                          timeIndex: i)
        }
        return a
    }
}
