import Foundation
import Testing
@testable import LedeCore

/// One real sentence for every named entity rule (`EntityRule`): the rule must fire on the named mention.
/// Sentences come from the seed article, the Wikinews articles of Tests/Fixtures/corpus (CC BY 2.5), the
/// Mueller report (public domain), MEANTIME's Wikinews texts (CC BY 2.5) and a GUM academic text (CC BY 4.0);
/// see Tests/Fixtures/corpus/SOURCES.md and Tests/Fixtures/gold/README.md.
@Suite("Entities: each named rule on a real sentence")
struct EntityNamedRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: EntityRule
        let text: String
        let mention: String
        var testDescription: String { rule.name }
    }

    static let cases: [Case] = [
        // Span rules.
        Case(rule: .knownName, text: "In a dramatic turn of events, Is-rael’s top military leader, Lt. Gen. Herzi Halevi, announced his resignation.", mention: "Is-rael"),
        Case(rule: .knownWithHead, text: "Halevi, who had assumed command of the Israeli Defense Forces (IDF) in January 2023, expressed his regret.", mention: "Israeli Defense Forces"),
        Case(rule: .teamName, text: "Other charitable fan-based groups included The Ontario Ghostbusters, Doctor Who Society of Canada, and Klingon Assault Group.", mention: "Ontario Ghostbusters"),
        Case(rule: .givenNameAndPlace, text: "Eddie Chu received the largest vote in any geographical constituency.", mention: "Eddie Chu"),
        Case(rule: .nameRun, text: "In a dramatic turn of events, Is-rael’s top military leader, Lt. Gen. Herzi Halevi, announced his resignation.", mention: "Herzi Halevi"),
        Case(rule: .headedName, text: "While the Museum of Flight was in the top running, I’m disappointed that NASA did not choose them.", mention: "Museum of Flight"),
        Case(rule: .institutionThenPerson, text: "The executive director of the Council on American-Islamic Relations Alia Salem said Mohamed wishes to use his newfound fame to spotlight social causes.", mention: "Council on American-Islamic Relations"),
        Case(rule: .sentenceInitialSurname, text: "Stone refused the offer, stating that Trump would not pay for opposition research.", mention: "Stone"),
        Case(rule: .headingInstitution, text: "Results\n\nClaudia Mo of Civic Party\n\nThe count ended at dawn.", mention: "Civic Party"),
        Case(rule: .headingName, text: "Results\n\nWu Chi-wai of the Democratic Party\n\nThe count ended at dawn.", mention: "Wu Chi-wai"),
        Case(rule: .vesselName, text: "On April 12, 1981, Space Shuttle Columbia lifted off from the Kennedy Space Center on STS-1, the first space shuttle mission.", mention: "Columbia"),
        Case(rule: .workTitle, text: "She appeared alongside Jean Gabin as a showgirl in the film Touchez pas au grisbi (1954).", mention: "Touchez"),
        Case(rule: .restoredWord, text: "Her game is Epic Mickey.\n\nEpic Mickey by The Katherinator.", mention: "Epic Mickey"),
        // Type cues.
        Case(rule: .gazetteer, text: "In a dramatic turn of events, Is-rael’s top military leader, Lt. Gen. Herzi Halevi, announced his resignation.", mention: "Is-rael"),
        Case(rule: .weakGazetteer, text: "Franklin's musical career resurged in the 1980s.", mention: "Franklin"),
        Case(rule: .titleBefore, text: "In a dramatic turn of events, Is-rael’s top military leader, Lt. Gen. Herzi Halevi, announced his resignation.", mention: "Herzi Halevi"),
        Case(rule: .leadersNoun, text: "In 2014 the Italian municipal tax discipline has changed from the ICI system to the IMU system by the Monti government.", mention: "Monti"),
        Case(rule: .organizationHead, text: "EVA Airways is the other launch customer.", mention: "EVA Airways"),
        Case(rule: .placeHead, text: "The crane fell on pilgrims at Mecca's Grand Mosque.", mention: "Grand Mosque"),
        Case(rule: .leadingPlaceHead, text: "NASA celebrated the launch of the first space shuttle at an event at the Kennedy Space Center (KSC) in Cape Canaveral, Florida.", mention: "Cape Canaveral"),
        Case(rule: .leadingOrganizationHead, text: "Instituto Gonzaga, a catholic school in Milan.", mention: "Instituto Gonzaga"),
        Case(rule: .innerOrganizationHead, text: "\"The response has been massive,\" said Julien Talavan, a spokesman for Force Ouvrière, the main Airbus union in France.", mention: "Force Ouvrière"),
        Case(rule: .roleBefore, text: "The Texas student Ahmed Mohamed inspires a social movement.", mention: "Ahmed Mohamed"),
        Case(rule: .organizationCueBefore, text: "The secularist magazine MicroMega describe the court's judgement as historic.", mention: "MicroMega"),
        Case(rule: .placePreposition, text: "This will be branded as a Qantas flight and fly from Frankfurt to Los Angeles LAX airport.", mention: "Frankfurt"),
        Case(rule: .accordingTo, text: "According to Prince, the tech advisor determined that the emails were not authentic.", mention: "Prince"),
        Case(rule: .organizationFollower, text: "Over the ensuing weeks, the GRU traversed the network, identifying different computers connected to the DCCC network.", mention: "DCCC"),
        Case(rule: .placeFollower, text: "Additional assistance will also be provided by the Victorian state government.", mention: "Victorian"),
        Case(rule: .speechVerbAfter, text: "US President Barack Obama tweeted using his @POTUS account.", mention: "Barack Obama"),
        Case(rule: .whoAfter, text: "Paul Manafort, who would later become campaign chairman, met them.", mention: "Paul Manafort"),
        Case(rule: .citation, text: "Besides the enjambment types above, Spang (1983) noted that a subject and its verb may occur in two different lines.", mention: "Spang"),
        Case(rule: .givenNameFirst, text: "Charles Bolden, NASA Administrator, announced the homes of the shuttles.", mention: "Charles Bolden"),
        Case(rule: .surnameLast, text: "Charles Bolden, NASA Administrator, announced the homes of the shuttles.", mention: "Charles Bolden"),
        Case(rule: .multiWordName, text: "Charles Bolden, NASA Administrator, announced the homes of the shuttles.", mention: "Charles Bolden"),
        Case(rule: .acronymShape, text: "Over the ensuing weeks, the GRU traversed the network, identifying different computers connected to the DCCC network.", mention: "DCCC"),
        Case(rule: .loneSurname, text: "Cohen refused the offer.", mention: "Cohen"),
        Case(rule: .listNeighbour, text: "Beginning on September 20, 2016, WikiLeaks and DCLeaks resumed communications in a brief exchange.", mention: "DCLeaks"),
        Case(rule: .acronymExpansion, text: "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the sentence \"dangerous\".", mention: "CEI"),
        Case(rule: .nameHead, text: "While the Museum of Flight was in the top running, I’m disappointed that NASA did not choose them.", mention: "Museum of Flight"),
        Case(rule: .teamHead, text: "Other charitable fan-based groups included The Ontario Ghostbusters, Doctor Who Society of Canada, and Klingon Assault Group.", mention: "Ontario Ghostbusters"),
        Case(rule: .sportsSide, text: """
            Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0; Belgium defeated \
            debutants Panama 3 – 0; and Tunisia lost 1 – 2 to England, with a late goal from English captain Harry Kane.
            Group F — Sweden 1 – 0 Korea Republic
            In the 62nd minute Kim Min-Woo conceded a penalty which the match referee Joel Aguilar awarded Sweden after \
            confirming with the video assistant referee. Swedish captain Andreas Granqvist scored from the penalty spot.
            """, mention: "Sweden"),
    ]

    /// Every rule that the candidate finder or the linker can fire has a case above.
    @Test func everyRuleHasASentence() {
        let covered = Set(Self.cases.map(\.rule))
        // The tagger's rules fire only once a trained tagger ships (tested in NameTaggerTests then).
        let modelRules: Set<EntityRule> = NameTagger.shared.isEmpty ? [.taggerSpan, .taggerType] : []
        let missing = EntityRule.allCases.filter { !covered.contains($0) && !modelRules.contains($0) }
        #expect(missing.isEmpty, "rules without a test sentence: \(missing.map(\.name))")
    }

    @Test(arguments: cases)
    func ruleFiresOnItsSentence(_ c: Case) throws {
        let found = try Self.rules(c.text, mention: c.mention)
        #expect(found.contains(c.rule), "\(c.mention): \(found.map(\.name))")
    }

    /// The span rule and the cues of every candidate that reads `mention`, and the cues of its linked entity.
    static func rules(_ text: String, mention: String) throws -> Set<EntityRule> {
        let article = try Ingestor.articles(from: Data(text.utf8), source: "rule.txt", hint: "txt")[0]
        let tokens = Tokenizer.tokenize(article.text.scalars)
        let sentences = SentenceSplitter.split(text: article.text, tokens: tokens, blocks: article.blocks)
        let context = AnalysisContext(article: article, tokens: tokens, sentences: sentences, options: AnalysisOptions())
        guard let (_, candidates, drafts) = EntityRecognizer.link(context) else { return [] }
        var out = Set<EntityRule>()
        for (i, c) in candidates.enumerated() where context.string(c.range) == mention {
            out.insert(c.rule)
            out.formUnion(c.votes.allCues.rules)
            for d in drafts where d.mentions.contains(i) { out.formUnion(d.votes.allCues.rules) }
        }
        return out
    }

    @Test func explainRecordsSpanRuleAndCuesOnEachMention() throws {
        let text = "Lt. Gen. Herzi Halevi resigned. Halevi said the Israeli Defense Forces (IDF) were ready."
        let article = try Ingestor.articles(from: Data(text.utf8), source: "t.txt", hint: "txt")[0]
        let plain = Analyzer.analyze(article)
        #expect(plain.entities.allSatisfy { $0.explanation == nil && $0.mentions.allSatisfy { $0.explanation == nil } })
        let a = Analyzer.analyze(article, options: AnalysisOptions(explain: true))
        let halevi = try #require(EntityTestSupport.entity(a.entities, mention: "Herzi Halevi"))
        let first = try #require(halevi.mentions.first?.explanation)
        #expect(first.rule == "name-run")
        #expect(first.why.contains { $0.hasPrefix("person") && $0.contains("title-before") })
        #expect(halevi.explanation?.rule == "rules")
        let idf = try #require(EntityTestSupport.entity(a.entities, mention: "IDF"))
        #expect(idf.mentions.contains { $0.explanation?.why.contains { $0.contains("acronym") } == true })
        // The same entities either way: explaining changes no decision.
        #expect(a.entities.map(\.name) == plain.entities.map(\.name))
        #expect(a.entities.map(\.type) == plain.entities.map(\.type))
        let json = AnalysisJSON.object(article, a)
        var s = ""
        json.write(pretty: false) { s += $0 }
        #expect(s.contains("\"explain\":{\"rule\":\"name-run\""))
        let summary = AnalysisSummary.render(article, a, explain: true)
        #expect(summary.contains("Explained"))
        #expect(summary.contains("\"Herzi Halevi\": name-run"))
    }
}
