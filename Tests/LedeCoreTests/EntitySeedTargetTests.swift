import Foundation
import Testing
@testable import LedeCore

@Suite("Entities: the seed article meets its targets")
struct EntitySeedTargetTests {
    static func analysis() throws -> (EntityScorer.GoldDocument, [Entity]) {
        let gold = try EntityScorer.documents(FixturePaths.gold("seed.jsonl"))[0]
        let article = try Ingestor.articles(from: Data(gold.text.utf8), source: "seed.txt", hint: "txt")[0]
        #expect(article.text.string == gold.text)
        return (gold, Analyzer.analyze(article).entities)
    }

    @Test func normalisedF1IsAtLeast95() throws {
        let (gold, entities) = try Self.analysis()
        let s = EntityScorer.score(gold, entities)
        #expect(s.gold == 84)
        #expect(s.f1 >= 0.95, "normalised F1 \(s.f1), P \(s.precision), R \(s.recall)")
    }

    @Test func everyPersonMentionIsTypedPerson() throws {
        let (gold, entities) = try Self.analysis()
        let scalars = Array(gold.text.unicodeScalars)
        for g in gold.entities where g.type == "PERSON" {
            let e = entities.first { $0.mentions.contains { $0.range == TextRange(g.start, g.end) } }
            let text = String(String.UnicodeScalarView(scalars[g.start..<g.end]))
            #expect(e?.type == .person, "\(text) at \(g.start)")
        }
    }

    @Test func obfuscatedIsraelIsFoundAsIsrael() throws {
        let (_, entities) = try Self.analysis()
        let israel = try #require(EntityTestSupport.entity(entities, mention: "Is-rael"))
        #expect(israel.name == "Israel")
        #expect(israel.type == .place)
        #expect(israel.mentions.contains { $0.text == "Israel" })
        let israeli = try #require(EntityTestSupport.entity(entities, mention: "Is-raeli"))
        #expect(israeli.name == "Israeli")
        #expect(israeli.type == .group)
    }

    @Test func idsFollowFirstMentionAndSalienceRanksTheProtagonists() throws {
        let (_, entities) = try Self.analysis()
        #expect(entities.map(\.id) == (1...entities.count).map { "e\($0)" })
        let starts = entities.map { $0.mentions[0].range.start }
        #expect(starts == starts.sorted())
        for e in entities {
            #expect(e.salience >= 0 && e.salience <= 1)
            #expect(e.mentions.map(\.range) == e.mentions.map(\.range).sorted())
        }
        let top = entities.sorted { $0.salience > $1.salience }.prefix(4).map(\.name)
        #expect(top.contains("Israel"))
        #expect(top.contains("Herzi Halevi"))
    }
}
