import Foundation
import Testing
@testable import LedeCore

/// One test per quote, speaker and source rule, each on a real sentence of the readability pages (../shared/
/// extraction/readability-pages, the quote gold's development set) with hand-made entities where the rule needs them.
@Suite struct FactSpeakerTests {
    private typealias S = FactTestSupport

    @Test func aQuoteOverParagraphsIsOneQuoteByTheTypographicConvention() throws {
        // buzzfeed-1: the second paragraph ends with no closing mark and the third opens with one.
        let text = "“The drug was in her system, there was no anti-dote, two tablets was a lethal dose – and she had taken eight,” her mother, Fiona, said in a statement yesterday.\n“As Eloise deteriorated, the staff in A&E did all they could to stabilise her.\n“She was literally burning up from within.”\nWest Mercia police said the tablets were believed to contain dinitrophenol."
        let fiona = S.entity("e1", .person, "Fiona", in: text, names: ["Fiona"])
        let eloise = S.entity("e2", .person, "Eloise Parry", in: text, names: ["Eloise"])
        let q = S.facts(text, kind: .quote, entities: [fiona, eloise], explain: true)
        try #require(q.count == 2)
        #expect(q[0].speaker == "Fiona" && q[0].explanation?.rule == "quote-verb-after")
        #expect(q[1].quote == "As Eloise deteriorated, the staff in A&E did all they could to stabilise her.\nShe was literally burning up from within.")
        // Its paragraphs attribute nothing: the speaker of the paragraph before, not the police after it.
        #expect(q[1].speaker == "Fiona" && q[1].explanation?.rule == "quote-previous-paragraph")
        #expect(!S.text(q[1], in: text).contains("West Mercia"))
    }

    @Test func aQuoteEndsWithItsParagraphAndTakesNoSpeakerFromTheNext() throws {
        // nytimes-1: "Obama administration officials said" opens the next paragraph.
        let text = "“There is no reason to believe the guys in charge have changed their stripes,” said Mr. Reeves, a senior fellow at Harvard University. “These guys are the worst of the worst.”\nObama administration officials said that they had briefed the transition team."
        let reeves = S.entity("e1", .person, "Eric Reeves", in: text, names: ["Mr. Reeves"])
        let obama = S.entity("e2", .person, "Barack Obama", in: text, names: ["Obama"])
        let q = S.facts(text, kind: .quote, entities: [reeves, obama], explain: true)
        try #require(q.count == 2)
        #expect(q.allSatisfy { $0.speaker == "Eric Reeves" })
        #expect(q[1].explanation?.rule == "quote-previous-quote" && !S.text(q[1], in: text).contains("\n"))
        // The officials are described, not named "Obama".
        let a = S.facts(text, kind: .attribution, entities: [reeves, obama], explain: true)
        #expect(a.map(\.source) == ["Eric Reeves", "Obama administration officials"])
    }

    @Test func theSpeakerAfterAnAside() throws {
        // wapo-1
        let text = "“This attack today is meant to threaten authorities, to frighten tourists and to negatively affect the economy,” said Lotfi Azzouz, Tunisia country director for Amnesty International, a London-based rights group."
        let azzouz = S.entity("e1", .person, "Lotfi Azzouz", in: text, names: ["Lotfi Azzouz"])
        let amnesty = S.entity("e2", .organization, "Amnesty International", in: text, names: ["Amnesty International"])
        let q = try #require(S.facts(text, kind: .quote, entities: [azzouz, amnesty], explain: true).first)
        #expect(q.speaker == "Lotfi Azzouz")
        // And the subject before its aside: "Seoul resident Margie Kim said" (schema-org-context-object).
        let text2 = "“The only way for President Yoon Suk Yeol to mean his apology is to resign now,” Seoul resident Margie Kim said after Yoon’s address."
        let kim = S.entity("e1", .person, "Margie Kim", in: text2, names: ["Margie Kim"])
        #expect(S.facts(text2, kind: .quote, entities: [kim], explain: true).first?.speaker == "Margie Kim")
    }

    @Test func mrAndASurnameGoBackToTheFullName() throws {
        // nytimes-4: the recogniser made "Mr. Frankel" a person of its own.
        let text = "“This sort of aggressive fiscal stimulus is unprecedented in U.S. history,” said Jeffrey Frankel, an economist at Harvard.\n“There will eventually be another recession,” Mr. Frankel said."
        let frankel = S.entity("e1", .person, "Jeffrey Frankel", in: text, names: ["Jeffrey Frankel"])
        let mr = S.entity("e2", .person, "Mr. Frankel", in: text, names: ["Mr. Frankel"])
        let q = S.facts(text, kind: .quote, entities: [frankel, mr], explain: true)
        try #require(q.count == 2)
        #expect(q[1].speaker == "Jeffrey Frankel" && q[1].entities.first == "e1")
        #expect(q[1].explanation?.rule == "quote-verb-after")
        #expect(q[1].explanation?.why.contains { $0.hasPrefix("surname resolved") } == true)
    }

    @Test func heAndSheGoToThePersonWhoFits() throws {
        // quanta-1: Lorenz is nearer, but "she" needs a woman; Ellen is a woman's name.
        let text = "Once Fetter arrived in Building 24, Lorenz gave her a manual and a set of programming problems to practice. “He carried a lot in his head,” she said."
        let fetter = S.entity("e1", .person, "Ellen Fetter", in: text, names: ["Fetter"])
        let lorenz = S.entity("e2", .person, "Lorenz", in: text, names: ["Lorenz"])
        let q = try #require(S.facts(text, kind: .quote, entities: [fetter, lorenz], explain: true).first)
        #expect(q.speaker == "Ellen Fetter" && q.explanation?.rule == "quote-verb-after")
        #expect(q.explanation?.why.contains { $0.hasPrefix("pronoun resolved") } == true)
        // seattletimes-1: "he" goes to the man who spoke, not to the firm the recogniser took for a person.
        let text2 = "The combination of the two has been steady, said Tom Forte, who follows Amazon as a managing director at the D.A. Davidson brokerage. In a few more years, he said, “You won’t recognize the original Whole Foods.”"
        let forte = S.entity("e1", .person, "Tom Forte", in: text2, names: ["Tom Forte"])
        let davidson = S.entity("e2", .person, "D.A. Davidson", in: text2, names: ["D.A. Davidson"])
        #expect(S.facts(text2, kind: .quote, entities: [forte, davidson], explain: true).first?.speaker == "Tom Forte")
    }

    @Test func aQuoteWithNoAttributionTakesThePreviousParagraphsSpeaker() throws {
        // schema-org-context-object
        let text = "“President Yoon’s statement was completely out of touch with the public’s expectations,” Lee said.\n“There is no other way but to leave office early.”"
        let lee = S.entity("e1", .person, "Lee Jae-myung", in: text, names: ["Lee"])
        let q = S.facts(text, kind: .quote, entities: [lee], explain: true)
        try #require(q.count == 2)
        #expect(q[1].speaker == "Lee Jae-myung" && q[1].explanation?.rule == "quote-previous-paragraph")
    }

    @Test func wordsQuotedInsideTheWritersSentenceAreTheSpeakers() throws {
        // nytimes-1 and nytimes-4: a verb of saying in the quote's sentence.
        let text = "Eric Reeves, one of the leading American academic voices on Sudan, said he was “appalled” that the American government was lifting sanctions."
        let reeves = S.entity("e1", .person, "Eric Reeves", in: text, names: ["Eric Reeves"])
        let q = try #require(S.facts(text, kind: .quote, entities: [reeves], explain: true).first)
        #expect(q.quote == "appalled" && q.speaker == "Eric Reeves")
        let text2 = "In 2013, Senator Mitch McConnell of Kentucky called the debt and deficit “the transcendent issue of our era.”"
        let mcconnell = S.entity("e1", .person, "Mitch McConnell", in: text2, names: ["Mitch McConnell"])
        let kentucky = S.entity("e2", .place, "Kentucky", in: text2, names: ["Kentucky"])
        let q2 = try #require(S.facts(text2, kind: .quote, entities: [mcconnell, kentucky], explain: true).first)
        #expect(q2.speaker == "Mitch McConnell" && q2.explanation?.rule == "quote-same-sentence")
        // Titles in quotation marks stay out even after a verb of saying (wikinews IE6 countdown).
        #expect(S.facts("Microsoft says on \"The Internet Explorer 6 Countdown\" that the browser is old.", kind: .quote).isEmpty)
    }

    @Test func anUnnamedSpeakerStaysADescription() {
        // wapo-1 and nytimes-3
        #expect(S.facts("Two gunmen died, and three others may have escaped, officials said.", kind: .attribution)
            .map(\.source) == ["officials"])
        let text = "Even this past January, which was unseasonably mild, there were 750 leaks, Con Edison officials said."
        let con = S.entity("e1", .organization, "Con Edison", in: text, names: ["Con Edison"])
        #expect(S.facts(text, kind: .attribution, entities: [con], explain: true).map(\.source) == ["Con Edison officials"])
    }

    @Test func noGroupClaimedNamesNoSource() {
        // wapo-1
        let text = "Although no group claimed responsibility, the bloodshed raised fears that militants linked to the Islamic State were expanding their operations."
        #expect(S.facts(text, kind: .attribution).isEmpty)
    }

    @Test func anOrganisationIsTakenWhole() throws {
        // wapo-1: the recogniser found only "World Travel".
        let text = "Tourism is critical to Tunisia’s economy, accounting for 15 percent of its gross domestic product in 2013, according to the World Travel and Tourism Council, an industry body."
        let wt = S.entity("e1", .organization, "World Travel", in: text, names: ["World Travel"])
        #expect(S.facts(text, kind: .attribution, entities: [wt], explain: true).map(\.source) == ["World Travel and Tourism Council"])
        // guardian-1: the name after its description.
        let text2 = "It started with a surge in incidents, according to whale rescue group Project Jonah, with 140 pilot whales beaching."
        let jonah = S.entity("e1", .organization, "Project Jonah", in: text2, names: ["Project Jonah"])
        #expect(S.facts(text2, kind: .attribution, entities: [jonah], explain: true).map(\.source) == ["Project Jonah"])
    }

    @Test func theListenerIsNoSpeakerAndTitlesResolveToTheirPerson() throws {
        // bbc-1
        let text = "President Barack Obama has admitted that his failure to pass \"common sense gun safety laws\" is the greatest frustration of his presidency. Mr Obama told the BBC that gun control was his biggest frustration. However, the president said he would not fall silent on the issue."
        let obama = S.entity("e1", .person, "Barack Obama", in: text, names: ["Barack Obama", "Mr Obama"])
        let bbc = S.entity("e2", .organization, "BBC", in: text, names: ["BBC"])
        let e = [obama, bbc]
        let roles = FactExtractor.extract(S.context(text), entities: e, times: []).roles
        #expect(roles["e1"]?.first?.role == "President")
        let a = S.facts(text, kind: .attribution, entities: e, explain: true)
        #expect(a.map(\.source) == ["Barack Obama", "Barack Obama", "Barack Obama"])
        #expect(a.last?.explanation?.rule == "attribution-subject-verb")
        #expect(a.last?.explanation?.why.contains { $0.hasPrefix("title resolved") } == true)
        #expect(S.facts(text, kind: .quote, entities: e, explain: true).first?.speaker == "Barack Obama")
    }

    @Test func itGoesToTheOrganisationJustNamed() throws {
        // buzzfeed-1
        let text = "The Food Standards Agency warned people to stay away from slimming products that contained DNP.\n“We advise the public not to take any tablets or powders containing DNP,” it said in a statement."
        let fsa = S.entity("e1", .organization, "Food Standards Agency", in: text, names: ["Food Standards Agency"])
        let q = try #require(S.facts(text, kind: .quote, entities: [fsa], explain: true).first)
        #expect(q.speaker == "Food Standards Agency")
    }

    @Test func thePossessiveOwnerOfARoleAndAPlaceThatNamesTheBeat() throws {
        // bbc-1
        let text = "He vowed to keep trying, but the BBC's North America editor Jon Sopel said the president did not sound very confident."
        let bbc = S.entity("e1", .organization, "BBC", in: text, names: ["BBC"])
        let na = S.entity("e2", .place, "North America", in: text, names: ["North America"])
        let sopel = S.entity("e3", .person, "Jon Sopel", in: text, names: ["Jon Sopel"])
        let r = FactExtractor.extract(S.context(text), entities: [bbc, na, sopel], times: []).roles["e3"]
        #expect(r?.map(\.role) == ["North America editor"])
        #expect(r?.first?.of == "BBC" && r?.first?.ofEntity == "e1")
        // "vowed to" is no claim.
        #expect(S.facts(text, kind: .attribution, entities: [bbc, na, sopel], explain: true).map(\.source) == ["Jon Sopel"])
    }

    @Test func aFigureNeedsSomethingCounted() {
        // bbc-1: a line set like a heading, and a figure whose noun is "the number of" before it.
        #expect(S.facts("Five things we learned from Obama interview").isEmpty)
        let f = S.facts("If you look at the number of Americans killed since 9/11 by terrorism, it's less than 100.")
        #expect(f.count == 1 && f.first?.what == "Americans" && f.first?.approx == "less than")
        #expect(S.facts("The score was in the tens of thousands.").isEmpty)
        // guardian-1: a figure with only an action counts what the figure before it counted.
        let w = S.facts("It started with 10 rare pygmy whales on Ninety Mile beach, 51 stranded and dead on the Chatham Islands.")
        #expect(w.map(\.what) == ["rare pygmy whales", "rare pygmy whales"] && w.last?.action == "stranded")
    }

    @Test func aCaptionThatRepeatsTheBodyIsListedOnce() throws {
        // wapo-1 (as Markdown, so the italic line is a caption)
        let text = "Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing at least 19 people.\n\n_Gunmen stormed the museum, killing at least 19 people, most of them foreign tourists._\n"
        let article = try #require(try Ingestor.articles(from: Data(text.utf8), source: "t.md", hint: "md").first)
        try #require(article.blocks.contains { $0.kind == .caption })
        let a = Analyzer.analyze(article)
        #expect(a.facts.filter { $0.kind == .quantity && $0.value == 19 }.count == 1)
    }

    @Test func explainNamesTheRuleOfEveryFactAndChangesNoDecision() throws {
        // nytimes-1
        let text = "Eric Reeves, one of the leading American academic voices on Sudan, said he was “appalled” that the American government was lifting sanctions. He noted that Sudanese security services killed more than 10 civilians in Darfur."
        let article = PlainTextIngestor.article(text: text, source: "t.txt")
        let plain = Analyzer.analyze(article)
        let explained = Analyzer.analyze(article, options: AnalysisOptions(explain: true))
        #expect(plain.facts.map(\.range) == explained.facts.map(\.range))
        #expect(plain.facts.allSatisfy { $0.explanation == nil })
        #expect(explained.facts.allSatisfy { $0.explanation != nil })
        let json = AnalysisJSON.object(article, explained).serialized(pretty: false)
        #expect(json.contains("\"explain\":{\"rule\":\"quote-"))
        #expect(json.contains("\"explain\":{\"rule\":\"figure\""))
        let summary = AnalysisSummary.render(article, explained, explain: true)
        #expect(summary.contains("Facts (rule; clues)") && summary.contains("attribution-subject-verb"))
    }
}
