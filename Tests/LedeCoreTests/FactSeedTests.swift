import Foundation
import Testing
@testable import LedeCore

/// The seed article's facts against its gold annotations, matched the way ../shared/eval/score.py matches them
/// (`FactGoldScorer`).
@Suite struct FactSeedTests {
    static func seedOutcome() throws -> FactGoldScorer.Outcome {
        let goldURL = FactTestSupport.fixtures.appendingPathComponent("gold/seed.jsonl")
        let line = try #require(try String(contentsOf: goldURL, encoding: .utf8).split(separator: "\n").first)
        let gold = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let goldText = try #require(gold["text"] as? String)
        let goldFacts = try #require(gold["facts"] as? [[String: Any]])

        let article = try FactTestSupport.corpusArticle("seed-halevi-resigns.txt")
        try #require(article.text.string == goldText)
        let analysis = Analyzer.analyze(article)

        var out = FactGoldScorer.Outcome()
        try out.tally(goldFacts, in: analysis, label: "")
        return out
    }

    @Test func seedQuantitiesAndAttributionsAreAllFound() throws {
        let o = try Self.seedOutcome()
        #expect(o.gold["quantity"] == 9)
        #expect(o.found["quantity"] == 9, "missed: \(o.missed)")
        #expect(o.gold["attribution"] == 1)
        #expect(o.found["attribution"] == 1, "missed: \(o.missed)")
    }

    /// The target: at least 12 of the seed's 13 gold facts, roles included (they need the entities).
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
