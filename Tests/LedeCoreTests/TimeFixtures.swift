import Foundation
@testable import LedeCore

/// Helpers shared by the time and timeline tests: analysing a sentence with a given reference date, and
/// reading the gold files and corpus copies in Tests/Fixtures.
enum TimeFixtures {
    static let root = FixturePaths.root

    static func analyze(_ text: String, date: String? = nil) -> Analysis {
        let article = PlainTextIngestor.article(text: text, source: "test")
        return Analyzer.analyze(article, options: AnalysisOptions(referenceDate: date.flatMap { CalendarDate(iso: $0) }))
    }

    /// The (text, value) pairs found in `text`.
    static func times(_ text: String, date: String? = nil) -> [String] {
        analyze(text, date: date).times.map { "\($0.text)=\($0.value)" }
    }

    static func corpus(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("corpus").appendingPathComponent(name), encoding: .utf8)
    }

    /// One gold document: its text, creation date and time expressions.
    struct GoldTimex {
        var start: Int
        var end: Int
        var type: String
        var value: String
        var optional: Bool
    }

    struct GoldDocument {
        var text: String
        var dct: String?
        var timexes: [GoldTimex]
        var timeline: [(date: String, start: Int, end: Int)]
        /// Only `text[..<evalEnd]` is annotated (MEANTIME); the whole text otherwise.
        var evalEnd: Int
    }

    static func gold(_ name: String) throws -> [GoldDocument] {
        let data = try String(contentsOf: root.appendingPathComponent("gold").appendingPathComponent(name), encoding: .utf8)
        var docs: [GoldDocument] = []
        for line in data.split(separator: "\n") where !line.isEmpty {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            let timexes = (obj["timexes"] as? [[String: Any]] ?? []).map { t in
                GoldTimex(start: t["start"] as? Int ?? 0, end: t["end"] as? Int ?? 0, type: t["type"] as? String ?? "",
                          value: t["value"] as? String ?? "", optional: t["optional"] as? Bool ?? false)
            }
            let timeline = (obj["timeline"] as? [[String: Any]] ?? []).compactMap { e -> (String, Int, Int)? in
                guard let d = e["date"] as? String, let ev = e["evidence"] as? [String: Any],
                      let s = ev["start"] as? Int, let en = ev["end"] as? Int else { return nil }
                return (d, s, en)
            }
            let text = obj["text"] as? String ?? ""
            docs.append(GoldDocument(text: text, dct: obj["dct"] as? String, timexes: timexes, timeline: timeline,
                                     evalEnd: obj["eval_end"] as? Int ?? text.unicodeScalars.count))
        }
        return docs
    }

    /// TempEval-3 value F1 as score.py computes it: one-to-one matching of overlapping spans (largest overlap
    /// first), a match counts when the values are equal; optional gold expressions and system expressions
    /// overlapping them are left out.
    static func valueF1(gold: [GoldTimex], system: [TimeExpression]) -> (f1: Double, matched: Int, gold: Int, system: Int) {
        let s = score(gold: gold, system: system)
        return (s.value, s.valueMatched, s.gold, s.system)
    }

    /// Counts for TempEval-3's relaxed (overlap) and value F1, summed over documents.
    struct TimexCounts {
        var gold = 0, system = 0, overlapping = 0, valueMatched = 0
        mutating func add(_ o: TimexCounts) {
            gold += o.gold; system += o.system; overlapping += o.overlapping; valueMatched += o.valueMatched
        }
        static func f1(_ tp: Int, _ g: Int, _ p: Int) -> Double {
            let precision = p == 0 ? 0 : Double(tp) / Double(p), recall = g == 0 ? 0 : Double(tp) / Double(g)
            return precision + recall == 0 ? 0 : 100 * 2 * precision * recall / (precision + recall)
        }
        var relaxed: Double { Self.f1(overlapping, gold, system) }
        var value: Double { Self.f1(valueMatched, gold, system) }
    }

    /// The gold and system expressions inside `text[..<evalEnd]`, matched as score.py matches them.
    static func counts(_ doc: GoldDocument, system: [TimeExpression]) -> TimexCounts {
        let g = doc.timexes.filter { $0.end <= doc.evalEnd }
        let p = system.filter { $0.range.end <= doc.evalEnd }
        let s = score(gold: g, system: p)
        return TimexCounts(gold: s.gold, system: s.system, overlapping: s.overlapping, valueMatched: s.valueMatched)
    }

    static func score(gold: [GoldTimex], system: [TimeExpression])
        -> (value: Double, valueMatched: Int, overlapping: Int, gold: Int, system: Int) {
        let optional = gold.filter(\.optional)
        let g = gold.filter { !$0.optional }
        let p = system.filter { t in !optional.contains { t.range.start < $0.end && $0.start < t.range.end } }
        var pairs: [(overlap: Int, i: Int, j: Int)] = []
        for (i, a) in g.enumerated() {
            for (j, b) in p.enumerated() where a.start < b.range.end && b.range.start < a.end {
                pairs.append((min(a.end, b.range.end) - max(a.start, b.range.start), i, j))
            }
        }
        pairs.sort { ($0.overlap, $0.i, $0.j) > ($1.overlap, $1.i, $1.j) }
        var usedG = Set<Int>(), usedP = Set<Int>()
        var matched = 0, overlapping = 0
        for pair in pairs where !usedG.contains(pair.i) && !usedP.contains(pair.j) {
            usedG.insert(pair.i)
            usedP.insert(pair.j)
            overlapping += 1
            if g[pair.i].value == p[pair.j].value { matched += 1 }
        }
        return (TimexCounts.f1(matched, g.count, p.count), matched, overlapping, g.count, p.count)
    }
}
