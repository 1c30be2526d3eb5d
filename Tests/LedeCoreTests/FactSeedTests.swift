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

    /// The issue's target: at least 12 of the seed's 13 gold facts, roles included (they need the entities).
    @Test func seedFactsMeetTheTarget() throws {
        let o = try Self.seedOutcome()
        #expect(o.goldTotal == 13)
        #expect(o.total >= 12, "found \(o.total)/\(o.goldTotal); missed: \(o.missed)")
        #expect(o.found["role"] ?? 0 >= 2, "missed: \(o.missed)")
    }

    @Test func seedRolesGoToTheirEntities() throws {
        let article = try FactTestSupport.corpusArticle("seed-halevi-resigns.txt")
        let a = Analyzer.analyze(article)
        let halevi = try #require(a.entities.first { $0.name == "Herzi Halevi" })
        #expect(halevi.roles.contains { $0.role == "Lt. Gen." && $0.of == "Israel" })
        #expect(halevi.roles.contains { $0.role == "top military leader" && $0.of == "Israel" })
        let bibi = try #require(a.entities.first { $0.name == "Benjamin Netanyahu" })
        #expect(bibi.roles.map(\.role) == ["Prime Minister"])
        let roleFacts = a.facts.filter { $0.kind == .role }
        #expect(roleFacts.allSatisfy { f in f.entities.first.map { id in a.entity(id: id)?.type == .person } == true })
    }
}
