import Foundation
import Testing
@testable import LedeCore

/// Scores an analysis against seed-style fact gold the way ../shared/eval/score.py does: quantities by value and
/// overlap with the evidence, roles through the roles of an entity whose name ends with the person's surname,
/// attributions by overlap.
enum FactGoldScorer {
    /// Facts found and in the gold, by kind, with the evidence of those missed.
    struct Outcome {
        var found: [String: Int] = [:]
        var gold: [String: Int] = [:]
        var missed: [String] = []
        var total: Int { found.values.reduce(0, +) }
        var goldTotal: Int { gold.values.reduce(0, +) }

        /// Adds the gold facts of one document, scored against its analysis.
        mutating func tally(_ facts: [[String: Any]], in analysis: Analysis, label: String) throws {
            for g in facts {
                let kind = try #require(g["kind"] as? String)
                gold[kind, default: 0] += 1
                if try FactGoldScorer.isFound(g, in: analysis) {
                    found[kind, default: 0] += 1
                } else {
                    let ev = g["evidence"] as? [String: Any]
                    missed.append("\(label)\(kind): \(ev?["text"] ?? "")")
                }
            }
        }
    }

    /// Whether `analysis` states the gold fact `g` (one element of a gold document's `facts`).
    static func isFound(_ g: [String: Any], in analysis: Analysis) throws -> Bool {
        let kind = try #require(g["kind"] as? String)
        let ev = g["evidence"] as? [String: Any]
        let evidence = TextRange(ev?["start"] as? Int ?? -1, ev?["end"] as? Int ?? -1)
        switch kind {
        case "quantity":
            let value = (g["value"] as? NSNumber)?.doubleValue
            return analysis.facts.contains { $0.kind == .quantity && $0.value == value && $0.range.overlaps(evidence) }
        case "attribution":
            return analysis.facts.contains { $0.kind == .attribution && $0.range.overlaps(evidence) }
        case "role":
            let person = try #require(g["person"] as? String)
            let keywords = try #require(g["role_keywords"] as? [String])
            let surname = person.split(separator: " ").last.map(String.init)
            return analysis.entities.contains { e in
                e.name.split(separator: " ").last.map(String.init) == surname
                    && e.roles.contains { r in keywords.contains { r.role.lowercased().contains($0.lowercased()) } }
            }
        default:
            return false
        }
    }

    /// Scores every document of a gold file, each analysed from its text as a plain-text article (as score.py
    /// hands it to `lede analyze`) with its `dct` as the reference date.
    static func score(goldFile name: String) throws -> Outcome {
        let url = FactTestSupport.fixtures.appendingPathComponent("gold").appendingPathComponent(name)
        var out = Outcome()
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.isEmpty {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(doc["text"] as? String)
            let article = try #require(try Ingestor.articles(from: Data(text.utf8), source: "gold.txt", hint: "txt").first)
            try #require(article.text.string == text)
            let dct = (doc["dct"] as? String).flatMap { CalendarDate(iso: $0) }
            let analysis = Analyzer.analyze(article, options: AnalysisOptions(referenceDate: dct))
            try out.tally(try #require(doc["facts"] as? [[String: Any]]), in: analysis, label: "\(doc["id"] ?? ""): ")
        }
        return out
    }
}
