import Foundation
import Testing
@testable import LedeCore

/// The shipped name tagger: it loads, tags a known sentence, round-trips its file, trains deterministically,
/// and was trained on the rules as they are now.
@Suite("Entities: the name tagger")
struct NameTaggerTests {
    /// The training documents, in the order `.tools/train-tagger` passes them (copies in Tests/Fixtures/gold).
    static let trainingFiles = ["seed.jsonl", "gum-train.jsonl", "gum-news-dev.jsonl", "meantime-dev.jsonl"]

    static func article(_ text: String) throws -> Article {
        try Ingestor.articles(from: Data(text.utf8), source: "t.txt", hint: "txt")[0]
    }

    static func spans(_ text: String, _ tagger: NameTagger) throws -> [(String, EntityType)] {
        let context = TaggerTrainingSet.context(try article(text))
        let t = EntityTokens(context)
        let candidates = CandidateFinder(t: t, g: Gazetteer.shared).find()
        let tags = tagger.tag(TaggerFeatures(t: t, g: Gazetteer.shared, candidates: candidates))
        return NameTag.decode(tags).map { s in
            (context.string(TextRange(t.tokens[s.0].range.start, t.tokens[s.1 - 1].range.end)), NameTag.types[s.2])
        }
    }

    /// Runs once a trained model ships in Resources/Models (none yet: the tagger's cross-validation is unfinished).
    @Test(.enabled(if: !NameTagger.shared.isEmpty))
    func shippedWeightsLoadAndTagAKnownSentence() throws {
        let tagger = NameTagger.shared
        #expect(tagger.featureCount > 10_000)
        // MEANTIME (Wikinews, CC BY 2.5): "Ryanair exercises options on five Boeing 737s".
        let found = try Self.spans("Ryanair owns a 25 percent share in Aer Lingus, Chief Executive Michael O'Leary said.", tagger)
        #expect(found.contains { $0.0 == "Ryanair" && $0.1 == .organization }, "\(found)")
        #expect(found.contains { $0.0 == "Aer Lingus" && $0.1 == .organization }, "\(found)")
        #expect(found.contains { $0.0 == "Michael O'Leary" && $0.1 == .person }, "\(found)")
        // Titles stay outside: a certain rule, enforced as a constraint.
        #expect(!found.contains { $0.0.contains("Chief") })
    }

    /// Fails when the rules change what they find on the training documents and the tagger was not retrained
    /// on them (`.tools/train-tagger` regenerates it).
    @Test(.enabled(if: !NameTagger.shared.isEmpty))
    func shippedModelWasTrainedOnTheCurrentRules() throws {
        var fingerprint = TaggerFingerprint()
        for file in Self.trainingFiles {
            for doc in try EntityScorer.documents(FixturePaths.gold(file)) {
                fingerprint.add(try Self.article(doc.text))
            }
        }
        #expect(fingerprint.value == NameTagger.shared.rulesFingerprint,
                "the rules changed since the name tagger was trained: run .tools/train-tagger")
    }

    @Test func modelFileRoundTripsAndTrainingIsDeterministic() throws {
        var set = TaggerTrainingSet()
        let docs = try EntityScorer.documents(FixturePaths.gold("gum-news-dev.jsonl")).prefix(4)
        for d in docs {
            let gold = d.entities.compactMap { e -> TaggerTrainingSet.GoldMention? in
                let ty: EntityType? = ["person": .person, "organization": .organization, "place": .place][e.type]
                return ty.map { .init(start: e.start, end: e.end, type: $0) }
            }
            set.add(try Self.article(d.text), gold: gold)
        }
        let a = NameTaggerTrainer(epochs: 2, seed: 7).train(set, voteWeight: 3, mode: 0)
        let b = NameTaggerTrainer(epochs: 2, seed: 7).train(set, voteWeight: 3, mode: 0)
        #expect(a == b)
        let m = try #require(NameTagger(data: a))
        #expect(m.featureCount > 0 && m.voteWeight == 3 && m.mode == 0)
        #expect(m.rulesFingerprint == set.fingerprint.value)
        #expect(NameTagger.fileData(keys: m.keys, weights: m.weights, transitions: m.transitions,
                                    fingerprint: m.rulesFingerprint, voteWeight: 3, mode: 0) == a)
        #expect(NameTagger(data: Data("LEDETAG1 truncated".utf8)) == nil)
    }

    @Test func bilouRoundTrips() {
        let spans = [(0, 2, 0), (3, 4, 1), (5, 8, 2)]
        let tags = NameTag.encode(spans, count: 9)
        #expect(NameTag.decode(tags).map { [$0.0, $0.1, $0.2] } == spans.map { [$0.0, $0.1, $0.2] })
        for (a, b) in zip([NameTag.outside] + tags, tags) { #expect(NameTag.allowed(a, b)) }
    }
}

/// Floors under the dev figures, so a change that loses ground fails (normalised F1, EntityScorer, the same
/// as score.py's normalised score up to duplicate spans).
@Suite("Entities: dev floors")
struct EntityDevFloorTests {
    static func pooled(_ file: String) throws -> Double {
        var g = 0, s = 0, m = 0
        for doc in try EntityScorer.documents(FixturePaths.gold(file)) {
            let a = try Ingestor.articles(from: Data(doc.text.utf8), source: "t.txt", hint: "txt")[0]
            let r = EntityScorer.score(doc, Analyzer.analyze(a).entities)
            g += r.gold; s += r.system; m += r.matched
        }
        let p = Double(m) / Double(max(1, s)), r = Double(m) / Double(max(1, g))
        return p + r == 0 ? 0 : 200 * p * r / (p + r)
    }

    @Test(arguments: [("gum-news-dev.jsonl", 67.5), ("meantime-dev.jsonl", 57.0)])
    func devFloor(_ file: String, _ floor: Double) throws {
        let f1 = try Self.pooled(file)
        #expect(f1 >= floor, "\(file): normalised F1 \(f1) under its floor \(floor)")
    }
}
