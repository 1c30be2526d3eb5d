import Foundation
import Testing
@testable import LedeCore

/// Each rule family on sentences from the corpus (Tests/Fixtures/corpus; sources in SOURCES.md).
@Suite("Entities: rules on corpus sentences")
struct EntityRuleTests {
    typealias S = EntityTestSupport

    @Test func titlesAndPossessivesStayOutsideTheSpan() throws {
        let es = try S.entities("""
        In a dramatic turn of events, Is-rael’s top military leader, Lt. Gen. Herzi Halevi, announced his \
        resignation on January 21, 2025. Halevi’s decision to resign comes amid an ongoing operation.
        """)
        let halevi = try #require(S.entity(es, mention: "Herzi Halevi"))
        #expect(halevi.type == .person)
        #expect(halevi.mentions.map(\.text) == ["Herzi Halevi", "Halevi"])
        #expect(!S.allMentions(es).contains { $0.contains("Gen") || $0.hasSuffix("’s") })
    }

    @Test func preNameTitleSplitsPlaceOrPeopleFromPerson() throws {
        let es = try S.entities("""
        Israeli Prime Minister Benjamin Netanyahu has faced increasing pressure from his far-right coalition \
        partners. According to Afghan Ambassador to the United States Hamdullah Mohib, the team made progress.
        """)
        #expect(S.entity(es, mention: "Benjamin Netanyahu")?.type == .person)
        #expect(S.entity(es, mention: "Israeli")?.type == .group)
        #expect(S.entity(es, mention: "Hamdullah Mohib")?.type == .person)
        #expect(S.entity(es, mention: "United States")?.type == .place)
        #expect(!S.allMentions(es).contains { $0.contains("Minister") || $0.contains("Ambassador") })
    }

    @Test func unlistedGivenNameBeforeAPlaceNameIsAPerson() throws {
        // "Obama" is also a city in the place list and "Barack" is not in the given-name list.
        let es = try S.entities("""
        Support came from a line ranging from US President Barack Obama to Facebook creator Mark Zuckerberg.
        """)
        let obama = try #require(S.entity(es, mention: "Barack Obama"))
        #expect(obama.type == .person)
        #expect(!S.allMentions(es).contains("Barack") && !S.allMentions(es).contains("Obama"))
        #expect(S.entity(es, mention: "US")?.type == .place)
        #expect(S.entity(es, mention: "Mark Zuckerberg")?.type == .person)
    }

    @Test func surnameLinksToTheFullNameEvenWhenItComesFirst() throws {
        let es = try S.entities("""
        Netanyahu defended the ceasefire.
        Israeli Prime Minister Benjamin Netanyahu has faced increasing pressure. Some have threatened to leave \
        the coalition, weakening Netanyahu’s political position.
        """)
        let n = try #require(S.entity(es, mention: "Benjamin Netanyahu"))
        #expect(n.name == "Benjamin Netanyahu")
        #expect(n.mentions.count == 3)
        #expect(n.aliases == ["Netanyahu"])
        #expect(n.id == "e1")
    }

    @Test func acronymJoinsItsExpansion() throws {
        let es = try S.entities("""
        Halevi, who had assumed command of the Israeli Defense Forces (IDF) in January 2023, expressed his regret. \
        A national mobilization effort has seen the IDF engage in extensive military operations across Gaza.
        """)
        let idf = try #require(S.entity(es, mention: "Israeli Defense Forces"))
        #expect(idf.type == .organization)
        #expect(idf.mentions.map(\.text) == ["Israeli Defense Forces", "IDF", "IDF"])
        #expect(idf.aliases == ["IDF"])
        #expect(S.entity(es, mention: "Gaza")?.type == .place)
    }

    @Test func obfuscatedSpellingsMeetTheRealName() throws {
        let es = try S.entities("""
        Jenin has long been a hotspot, with repeated incursions by Is-raeli forces. The ceasefire between Is-rael \
        and Hamas in Gaza is fragile, and Israel faces internal turmoil as Israeli forces pull back.
        """)
        let israel = try #require(S.entity(es, mention: "Is-rael"))
        #expect(israel.name == "Israel")
        #expect(israel.mentions.map(\.text) == ["Is-rael", "Israel"])
        let israeli = try #require(S.entity(es, mention: "Is-raeli"))
        #expect(israeli.type == .group)
        #expect(israeli.mentions.count == 2)
        #expect(S.entity(es, mention: "Hamas")?.type == .organization)
        // The people points to its country, found under its obfuscated spelling too.
        #expect(israeli.place == "Israel")
        #expect(israeli.placeEntity == israel.id)
        #expect(israel.place == nil && S.entity(es, mention: "Hamas")?.place == nil)
    }

    @Test func aPeopleWhoseCountryIsNotNamedStillKnowsIt() throws {
        // seed: "Palestinians" appear; Palestine itself is never named in the sentence.
        let es = try S.entities("At least six Palestinians were killed, according to the Palestinian Health Ministry.")
        let p = try #require(S.entity(es, mention: "Palestinians"))
        #expect(p.type == .group)
        #expect(p.place == "Palestine")
        #expect(p.placeEntity == nil)
        let article = try Ingestor.articles(from: Data("Is-raeli forces left Israel.".utf8), source: "t.txt",
                                            hint: "txt")[0]
        let json = AnalysisJSON.object(article, Analyzer.analyze(article)).serialized()
        #expect(json.contains(#""place":"Israel","place_entity":"e2""#))
    }

    @Test func organisationHeadNounsAndFollowers() throws {
        let es = try S.entities("""
        At least six Palestinians were killed, according to the Palestinian Health Ministry. Some, such as Itamar \
        Ben-Gvir, leader of the far-right Otzma Yehudit party, have threatened to leave the coalition.
        """)
        #expect(S.entity(es, mention: "Palestinian Health Ministry")?.type == .organization)
        #expect(S.entity(es, mention: "Otzma Yehudit")?.type == .organization)
        #expect(S.entity(es, mention: "Itamar Ben-Gvir")?.type == .person)
        #expect(S.entity(es, mention: "Palestinians")?.type == .group)
    }

    @Test func sentenceInitialCapitalsAreNotNames() throws {
        let es = try S.entities("""
        Despite Halevi’s departure, Israel’s military efforts continue unabated. However, the new operation has \
        drawn heavy criticism. Approximately 1,200 Israelis lost their lives. Whether this marks a shift remains \
        to be seen.
        """)
        let mentions = S.allMentions(es)
        for word in ["Despite", "However", "Approximately", "Whether"] {
            #expect(!mentions.contains { $0.contains(word) })
        }
        #expect(mentions.contains("Halevi"))
        #expect(S.entity(es, mention: "Israelis")?.type == .group)
    }

    @Test func titleCaseHeadingIsNotAnOrganisation() throws {
        let es = try S.entities("""
        # The Ongoing Military Campaign and Ceasefire

        Despite the departure, Israel’s military efforts continue unabated in Jenin.

        ## Internal Struggles within Israel’s Government

        The broader political context in Israel adds another layer of complexity.
        """, hint: "md")
        let mentions = S.allMentions(es)
        #expect(!mentions.contains { $0.contains("Ongoing") || $0.contains("Campaign") || $0.contains("Struggles") })
        let israel = try #require(S.entity(es, mention: "Israel"))
        #expect(israel.mentions.count == 3)
        #expect(S.entity(es, mention: "Jenin")?.type == .place)
    }

    @Test(arguments: ["txt", "md"])
    func nameSplitAcrossALineBreakIsOneMention(hint: String) throws {
        let es = try S.entities("""
        In a dramatic turn of events, the army chief has resigned.

        In a dramatic turn of events, Israel’s top military leader, Lt. Gen. Herzi
        Halevi, announced his resignation on January 21, 2025, citing critical
        security and intelligence lapses.
        """, hint: hint)
        // Markdown joins the soft-wrapped lines with a space; plain text keeps the line break.
        let halevi = try #require(es.first { $0.name == "Herzi Halevi" })
        #expect(halevi.mentions.count == 1)
        #expect(halevi.mentions[0].text == (hint == "txt" ? "Herzi\nHalevi" : "Herzi Halevi"))
        #expect(halevi.type == .person)
        #expect(es.count == 2)
    }

    @Test func typeIsConsistentAcrossTheDocument() throws {
        // "Mehraban" alone has no clue; it takes the person type of "coach, Alireza Mehraban".
        let es = try S.entities("""
        According to the Afghan team's coach, Alireza Mehraban, the robot scored points. Mehraban said the girls \
        worked hard. The team met Mehraban in Herat.
        """)
        let m = try #require(S.entity(es, mention: "Alireza Mehraban"))
        #expect(m.type == .person)
        #expect(m.mentions.count == 3)
        #expect(S.entity(es, mention: "Herat")?.type == .place)
    }

    @Test func gazetteersLoadOnceAndHoldTheLists() {
        let g = Gazetteer.shared
        #expect(g === Gazetteer.shared)
        func lookup(_ name: String) -> Gazetteer.Entry? {
            let s = Array(name.unicodeScalars)
            var key = NameKey.phraseSeed
            for t in Tokenizer.tokenize(s) { key = NameKey.extend(key, NameKey.word(s, t.range.start, t.range.end).folded) }
            return g.phrases[key]
        }
        #expect(lookup("Kabul")?.type == .place)
        #expect(lookup("West Bank")?.type == .place)
        #expect(lookup("Palestinians")?.type == .group)
        #expect(lookup("United Nations")?.type == .organization)
        #expect(g.flags(NameKey.word("despite")).contains(.common))
        #expect(g.flags(NameKey.word("benjamin")).contains(.firstName))
    }

    @Test func reportsReferencesAndCampaigns() throws {
        // mueller-report-vol1-sec3-russian-hacking-and-dumping.md (its title page, a footnote, a heading).
        let es = try EntityTestSupport.entities("""
        Special Counsel Robert S. Mueller, III. Washington, D.C. The Clinton Campaign was targeted. See Volume II \
        for more.
        """)
        #expect(EntityTestSupport.entity(es, mention: "Robert S. Mueller")?.type == .person)
        #expect(EntityTestSupport.entity(es, mention: "D.C.")?.type == .place)
        #expect(EntityTestSupport.entity(es, mention: "Clinton Campaign")?.type == .organization)
        #expect(!EntityTestSupport.allMentions(es).contains { $0.hasPrefix("See") || $0.hasPrefix("Counsel") })
    }

    @Test func aLeadersSurnameNamesTheirGovernment() throws {
        // Constructed, in the style of the Mueller report excerpt ("the Trump Campaign").
        let es = try EntityTestSupport.entities("""
        Officials of the Obama campaign spoke. The Trump administration agreed. The Israeli government did not.
        """)
        #expect(EntityTestSupport.entity(es, mention: "Obama")?.type == .person)
        #expect(EntityTestSupport.entity(es, mention: "Trump")?.type == .person)
        #expect(EntityTestSupport.entity(es, mention: "Israeli")?.type == .group)
    }

    @Test func commonWordsRunIntoANameAreNotPartOfIt() throws {
        // mueller-report-vol1-sec3-russian-hacking-and-dumping.md: redaction labels stand before names.
        let es = try EntityTestSupport.entities("""
        Jerome Corsi is an author who holds a doctorate in political science. Harm to Ongoing Matter Corsi is \
        an author. Harm to Ongoing Matter Michael Cohen, former executive vice president, spoke. The Black \
        Lives Matter movement and World War II were mentioned.
        """)
        let corsi = try #require(EntityTestSupport.entity(es, mention: "Jerome Corsi"))
        #expect(corsi.mentions.map(\.text) == ["Jerome Corsi", "Corsi"])
        #expect(EntityTestSupport.entity(es, mention: "Michael Cohen")?.type == .person)
        #expect(!EntityTestSupport.allMentions(es).contains { $0.contains("Ongoing") || $0 == "II" })
    }
}
