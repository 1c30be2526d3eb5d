import Foundation
import Testing
@testable import LedeCore

/// The seed article's facts against its gold annotations, matched the way ../shared/eval/score.py matches them:
/// quantities by value and overlap with the evidence, roles through the roles of the entity whose name ends with
/// the person's surname, attributions by overlap.
@Suite struct FactSeedTests {
    struct Outcome {
        var found: [String: Int] = [:]
        var gold: [String: Int] = [:]
        var missed: [String] = []
        var total: Int { found.values.reduce(0, +) }
        var goldTotal: Int { gold.values.reduce(0, +) }
    }

    static func seedOutcome() throws -> Outcome {
        let goldURL = FactTestSupport.fixtures.appendingPathComponent("gold/seed.jsonl")
        let line = try #require(try String(contentsOf: goldURL, encoding: .utf8).split(separator: "\n").first)
        let gold = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let goldText = try #require(gold["text"] as? String)
        let goldFacts = try #require(gold["facts"] as? [[String: Any]])

        let article = try FactTestSupport.corpusArticle("seed-halevi-resigns.txt")
        try #require(article.text.string == goldText)
        let analysis = Analyzer.analyze(article)

        var out = Outcome()
        for g in goldFacts {
            let kind = try #require(g["kind"] as? String)
            out.gold[kind, default: 0] += 1
            var ok = false
            let ev = g["evidence"] as? [String: Any]
            let evidence = TextRange(ev?["start"] as? Int ?? -1, ev?["end"] as? Int ?? -1)
            switch kind {
            case "quantity":
                let value = (g["value"] as? NSNumber)?.doubleValue
                ok = analysis.facts.contains { $0.kind == .quantity && $0.value == value && $0.range.overlaps(evidence) }
            case "attribution":
                ok = analysis.facts.contains { $0.kind == .attribution && $0.range.overlaps(evidence) }
            case "role":
                let person = try #require(g["person"] as? String)
                let keywords = try #require(g["role_keywords"] as? [String])
                let surname = person.split(separator: " ").last.map(String.init)
                ok = analysis.entities.contains { e in
                    e.name.split(separator: " ").last.map(String.init) == surname
                        && e.roles.contains { r in keywords.contains { r.role.lowercased().contains($0.lowercased()) } }
                }
            default:
                break
            }
            if ok { out.found[kind, default: 0] += 1 } else { out.missed.append("\(kind): \(ev?["text"] ?? "")") }
        }
        return out
    }

    @Test func seedQuantitiesAndAttributionsAreAllFound() throws {
        let o = try Self.seedOutcome()
        #expect(o.gold["quantity"] == 9)
        #expect(o.found["quantity"] == 9, "missed: \(o.missed)")
        #expect(o.gold["attribution"] == 1)
        #expect(o.found["attribution"] == 1, "missed: \(o.missed)")
    }
}
