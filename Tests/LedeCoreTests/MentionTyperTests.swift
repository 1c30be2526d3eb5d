import Foundation
import Testing
@testable import LedeCore

/// The mention typer: its trainer, its features, the shipped model, and what it changes on corpus sentences.
@Suite("Entities: mention typer")
struct MentionTyperTests {
    /// Features of every candidate of a text, with their names.
    static func features(_ text: String) throws -> [MentionFeatures.Sink] {
        let a = try Ingestor.articles(from: Data(text.utf8), source: "test.txt", hint: "txt")[0]
        let tokens = Tokenizer.tokenize(a.text.scalars)
        let context = AnalysisContext(article: a, tokens: tokens,
                                      sentences: SentenceSplitter.split(text: a.text, tokens: tokens, blocks: a.blocks),
                                      options: AnalysisOptions())
        let (t, candidates, drafts) = try #require(EntityRecognizer.link(context))
        let f = MentionFeatures(t: t, g: Gazetteer.shared)
        var out: [MentionFeatures.Sink] = []
        for d in drafts {
            for i in d.mentions {
                var sink = MentionFeatures.Sink(names: [])
                f.extract(candidates[i], mentions: d.mentions.count, draftWords: d.words, into: &sink)
                out.append(sink)
            }
        }
        return out
    }

    @Test func trainerLearnsASeparableToySet() {
        // Each class has its own cue feature; a shared bias feature carries no information.
        let bias: UInt64 = 1
        let cues: [MentionClass: UInt64] = [.person: 11, .organization: 12, .place: 13, .none: 14]
        var examples: [MentionTyperTrainer.Example] = []
        for k in 0..<40 {
            let c = MentionClass.allCases[k % 4]
            examples.append(.init(keys: [bias, cues[c]!, 100 + UInt64(k % 7)], label: c))
        }
        let weights = MentionTyperTrainer(epochs: 5).train(examples)
        for c in MentionClass.allCases {
            var s = SIMD4<Float>.zero
            for k in [bias, cues[c]!] { s += weights[k] ?? .zero }
            var best = 0
            for i in 1..<4 where s[i] > s[best] { best = i }
            #expect(best == c.rawValue, "class \(c.name)")
        }
    }

    @Test func trainingIsDeterministic() {
        var examples: [MentionTyperTrainer.Example] = []
        for k in 0..<30 {
            let keys: [UInt64] = [UInt64(k % 5), UInt64(10 + k % 3)]
            examples.append(.init(keys: keys, label: MentionClass.allCases[k % 4]))
        }
        let a = MentionTyperTrainer(epochs: 3).train(examples)
        let b = MentionTyperTrainer(epochs: 3).train(examples)
        #expect(a == b)
    }

    @Test func modelTextRoundTripsThroughTheLoader() throws {
        let sinks = try Self.features("Fidel Castro handed power to his brother Raul in Havana.")
        var names: [UInt64: String] = [:]
        var examples: [MentionTyperTrainer.Example] = []
        for s in sinks {
            for (k, n) in zip(s.keys, s.names!) { names[k] = n }
            examples.append(.init(keys: s.keys, label: .place))
        }
        examples.append(.init(keys: [sinks[0].keys[0]], label: .person))
        let weights = MentionTyperTrainer(epochs: 2).train(examples)
        let text = MentionTyperTrainer.modelText(weights, names: names, header: ["test"], hardVote: 2.5,
                                                 dropMargin: .infinity, keepMargin: 1, minWeight: 0)
        let typer = MentionTyper(text: text)
        #expect(typer.featureCount == Set(weights.keys).count)
        #expect(typer.hardVote == 2.5 && typer.dropMargin == .infinity && typer.keepMargin == 1)
        // Loaded weights, looked up by the keys run time computes, match the trained ones (to 0.01).
        for s in sinks {
            let expected = s.keys.reduce(SIMD4<Float>.zero) { $0 + (weights[$1] ?? .zero) }
            let got = typer.scores(s.keys).values
            for c in 0..<4 { #expect(abs(expected[c] - got[c]) < 0.01 * Float(s.keys.count)) }
        }
    }

    @Test func featureNamesHashToTheKeysRunTimeComputes() throws {
        // The model file lists features by name; loading must rebuild exactly the keys extraction produces.
        let sinks = try Self.features("""
        Cuban leader Fidel Castro, 79, underwent surgery in Havana. Castro's brother Raúl took over, \
        state television said. The U.S. State Department and CNN reported it.
        """)
        #expect(!sinks.isEmpty)
        for s in sinks {
            for (k, name) in zip(s.keys, s.names!) {
                let eq = try #require(name.firstIndex(of: "="))
                let key = MentionFeatures.key(template: String(name[..<eq]), value: String(name[name.index(after: eq)...]))
                #expect(key == k, "\(name)")
            }
        }
    }

    @Test func featureExtractionIsDeterministic() throws {
        let text = "Aretha Franklin was born in Memphis, Tennessee, and sang at the Detroit church of her father."
        let a = try Self.features(text), b = try Self.features(text)
        #expect(a.map(\.keys) == b.map(\.keys))
        #expect(a.map(\.names!) == b.map(\.names!))
        let names = Set(a.flatMap { $0.names! })
        #expect(names.contains("head=franklin") && names.contains("p1=in") && names.contains("shape=Xx"))
    }

    @Test func shippedModelLoadsAndIsNonTrivial() {
        let m = MentionTyper.shared
        #expect(m.featureCount > 500)
        #expect(m.hardVote > 0)
        // Every class is reachable: some feature pushes each one up.
        let text = MentionTyper.bundledText
        let rows = (text ?? "").split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("@") }
        for c in 0..<4 {
            #expect(rows.contains { row in
                let cells = row.split(separator: "\t")
                return cells.count == 5 && (Float(cells[c + 1]) ?? 0) > 1
            })
        }
        #expect((text ?? "").contains("gum-train"))
    }

    /// A fixture analysed with the shipped typer and with rules alone (an empty model).
    static func both(_ fixture: String) throws -> (typer: [Entity], rules: [Entity]) {
        let a = try Ingestor.load(FixturePaths.corpus(fixture))[0]
        return (Analyzer.analyze(a).entities,
                Analyzer.analyze(a, options: AnalysisOptions(mentionTyper: MentionTyper(text: ""))).entities)
    }

    @Test func hyphenatedModifiersAreNotPeople() throws {
        // "... between the victim DCCC/DNC computers and GRU-controlled computers outside the DCCC and DNC networks"
        let (typer, rules) = try Self.both("mueller-report-vol1-sec3-russian-hacking-and-dumping.md")
        // The rules now know these adjectives ("-controlled", "-related", "-based"); the typer learnt them first.
        for word in ["GRU-controlled", "Clinton-related", "Florida-based"] {
            #expect(EntityTestSupport.entity(rules, mention: word) == nil, "rules alone: \(word)")
            #expect(EntityTestSupport.entity(typer, mention: word)?.type != .person, "typer: \(word)")
        }
        #expect(EntityTestSupport.entity(typer, mention: "GRU-controlled") == nil)
        // Hard evidence still rules: the report's people and agencies keep their types.
        #expect(EntityTestSupport.entity(typer, mention: "Hillary Clinton")?.type == .person)
        #expect(EntityTestSupport.entity(typer, mention: "GRU")?.type == .organization)
    }

    @Test func productAndCompanyNamesAreNotPeople() throws {
        // "... created a WordPress blog."; "he and Corsi had multiple FaceTime discussions about WikiLeaks"
        let (typer, rules) = try Self.both("mueller-report-vol1-sec3-russian-hacking-and-dumping.md")
        for name in ["WordPress", "FaceTime"] {
            #expect(EntityTestSupport.entity(rules, mention: name)?.type == .person, "rules alone: \(name)")
            #expect(EntityTestSupport.entity(typer, mention: name)?.type == .organization, "typer: \(name)")
        }
    }

    @Test func misspelledDemonymIsNotAPerson() throws {
        // "Venezualan president Hugo Chavez sent his good wishes during his weekly broadcast ..."
        let (typer, rules) = try Self.both("wikinews-2006-08-06-castro-recovering.txt")
        #expect(EntityTestSupport.entity(rules, mention: "Venezualan")?.type == .person)
        #expect(EntityTestSupport.entity(typer, mention: "Venezualan") == nil)
        #expect(EntityTestSupport.entity(typer, mention: "Hugo Chavez")?.type == .person)
        #expect(EntityTestSupport.entity(typer, mention: "Fidel Castro")?.type == .person)
    }
}
