import Foundation
import Testing
@testable import LedeCore

/// Capitalised words that are not names, on sentences from the corpus (Tests/Fixtures/corpus; SOURCES.md).
@Suite("Entities: capitalised words that are not names")
struct EntityNonNameTests {
    typealias S = EntityTestSupport

    @Test func codesAndThingAcronymsAreNotOrganisations() throws {
        // wikinews-2011-03-08-microsoft-ie6-countdown.md
        let es = try S.entities("""
        Microsoft announced on Friday that it is time for IE6 users to move away from the antiquated browser. \
        Sites geared to the newest web core markup language HTML 5 are forced to accommodate older browsers.
        """)
        let all = S.allMentions(es)
        #expect(!all.contains("IE6") && !all.contains("HTML"))
        #expect(S.entity(es, mention: "Microsoft")?.type == .organization)
    }

    @Test func compoundsAndPrefixedAdjectivesAreNotNames() throws {
        // wikinews-2015-09-22-ahmed-mohamed-clock.html and wikinews-2016-09-09-hong-kong-legco-election.md
        let es = try S.entities("""
        Pictures of him in a NASA T-shirt and handcuffed by the police were quickly shared. Co-founder of \
        Google, Sergey Brin, also showed support. For the Pro-Beijing camp, Elizabeth Quat was elected. \
        Pan-democrat Lam Cheuk-ting won a seat.
        """)
        let all = S.allMentions(es)
        for word in ["T-shirt", "Co-founder", "Pro-Beijing", "Pan-democrat"] {
            #expect(!all.contains { $0.contains(word) }, "\(word)")
        }
        #expect(S.entity(es, mention: "Elizabeth Quat")?.type == .person)
        #expect(S.entity(es, mention: "Lam Cheuk-ting")?.type == .person)
        #expect(S.entity(es, mention: "Sergey Brin")?.type == .person)
        // An obfuscated spelling keeps working: its part after the hyphen is no English word.
        let israel = try S.entities("Is-rael’s top military leader resigned.")
        #expect(S.entity(israel, mention: "Is-rael")?.name == "Israel")
    }

    @Test func captionLabelEndsTheNameBeforeIt() throws {
        // wikinews-2015-09-22-ahmed-mohamed-clock.html (a figure caption)
        let es = try S.entities("US President Barack Obama tweet to student Ahmed Mohamed Image: Twitter / Barack Obama.")
        #expect(S.entity(es, mention: "Ahmed Mohamed")?.type == .person)
        #expect(!S.allMentions(es).contains { $0.contains("Image") })
    }

    @Test func vesselsAreNotEntitiesButTheirLaunchSiteIs() throws {
        // The NASA shuttle article in wikinews-sample-feed.rss
        let es = try S.entities("""
        NASA celebrated the launch of the first space shuttle Tuesday at an event at the Kennedy Space Center \
        (KSC) in Cape Canaveral, Florida. On April 12, 1981, Space Shuttle Columbia lifted off from the Kennedy \
        Space Center on STS-1, the first space shuttle mission. Columbia flew 28 missions.
        """)
        let all = S.allMentions(es)
        #expect(!all.contains("Columbia") && !all.contains("April") && !all.contains("STS"))
        #expect(!all.contains { $0.contains("Shuttle") })
        let ksc = try #require(S.entity(es, mention: "Kennedy Space Center"))
        #expect(ksc.type == .place)
        #expect(ksc.mentions.map(\.text).contains("KSC"))
    }

    @Test func shortCapitalsAreAnAcronymEvenWhenTheySpellAWord() throws {
        // wikinews-2016-09-09-hong-kong-legco-election.md: "dab" is an English word, "DAB" a party.
        let es = try S.entities("""
        In the Kowloon West geographical constituency, Ann Chiang of DAB was elected. Pro-Beijing DAB's \
        Starry Lee kept her seat. The results were VERY CLOSE this time.
        """)
        let dab = try #require(S.entity(es, mention: "DAB"))
        #expect(dab.type == .organization)
        #expect(dab.mentions.count == 2)
        #expect(!S.allMentions(es).contains { $0.contains("VERY") })
    }

    @Test func eventsAndDaysAreNotEntities() throws {
        // Constructed from kinds of name the gold files hold: wars, holidays, festivals.
        let es = try S.entities("""
        After World War II the Cold War began. Waitangi Day is a public holiday in New Zealand. Doris Day \
        sang at the Edinburgh Festival.
        """)
        let all = S.allMentions(es)
        #expect(!all.contains { $0.contains("War") || $0.contains("Waitangi") || $0.contains("Festival") })
        #expect(S.entity(es, mention: "Doris Day")?.type == .person)
        #expect(S.entity(es, mention: "New Zealand")?.type == .place)
    }

    @Test func beliefsAndFeastsAreNotEntities() throws {
        // wikinews-2015-09-12-mecca-crane-collapse.html
        let es = try S.entities("""
        The crane accident comes just ten days before the beginning of the Hajj, the annual pilgrimage to \
        Mecca, Islam's holiest site.
        """)
        #expect(!S.allMentions(es).contains("Hajj") && !S.allMentions(es).contains("Islam"))
        #expect(S.entity(es, mention: "Mecca")?.type == .place)
    }

    @Test func aWorksTitleIsNoEntityButAKnownNameAfterAWorkWordIs() throws {
        // wikinews-2016-09-07-fan-expo-canada.txt, then a constructed sports sentence.
        let es = try S.entities("""
        Atwood, a Booker Prize-winner, was there to launch her graphic novel Angel Catbird, with illustrator \
        Johnnie Christmas. Fans of Angel Catbird queued. The game Sweden won was tense.
        """)
        #expect(!S.allMentions(es).contains { $0.contains("Catbird") })
        #expect(S.entity(es, mention: "Johnnie Christmas")?.type == .person)
        #expect(S.entity(es, mention: "Sweden") != nil)
    }

    @Test func aShortAcronymInTheListsMatchesOnlyInCapitals() throws {
        let es = try S.entities("The WHO warned of the outbreak. Nato and NATO allies met. Doctors asked who knew.")
        #expect(S.entity(es, mention: "WHO")?.type == .organization)
        #expect(S.entity(es, mention: "Nato")?.name == "NATO")
        #expect(S.entity(es, mention: "NATO")?.mentions.count == 2)
        // The band is not the World Health Organization.
        let band = try S.entities("The Who played a concert in London.")
        #expect(S.entity(band, mention: "Who")?.name != "WHO")
    }

    @Test func anAwardsTitleIsNoPersonAndTakesNoQuote() throws {
        // wikinews-2018-06-19-world-cup-day-five.txt: "Harry Kane won the Budweiser Man of the Match award.
        // ... He said, ..." The quote is Kane's, not a person called "Budweiser Man".
        let text = try String(contentsOfFile: FixturePaths.corpus("wikinews-2018-06-19-world-cup-day-five.txt"),
                              encoding: .utf8)
        let a = try Ingestor.articles(from: Data(text.utf8), source: "cup.txt", hint: "txt")[0]
        let analysis = Analyzer.analyze(a)
        #expect(!S.allMentions(analysis.entities).contains { $0.contains("Man") })
        let quote = try #require(analysis.facts.first { $0.kind == .quote && $0.quote?.hasPrefix("In the first half") == true })
        #expect(quote.speaker == "Harry Kane")
    }

    @Test func aCommonWordOnTheNextLineIsNotPartOfAName() throws {
        // wikinews-2016-09-09-hong-kong-legco-election.md, as a scraped page lays it out: one result a line.
        let es = try S.entities("""
        The results were announced on Monday.

        DAB's Elizabeth Quat
        In the New Territories East geographical constituency, pan-democrats won three seats.
        """)
        #expect(S.entity(es, mention: "Elizabeth Quat")?.type == .person)
        #expect(!S.allMentions(es).contains { $0.hasSuffix(" In") || $0.hasSuffix("\nIn") })
    }

    @Test func aFunctionWordEndsNoName() throws {
        // gum-news-dev (wikinews-2016-09-09-hong-kong-legco-election.md as GUM has it) and
        // wikinews-2016-09-07-fan-expo-canada.txt
        let es = try S.entities("""
        New People Party's Regina Ip In the Hong Kong Island geographical constituency, she won. Lady Cassandra \
        from Doctor Who posed for photos.
        """)
        #expect(S.entity(es, mention: "Regina Ip")?.type == .person)
        #expect(!S.allMentions(es).contains { $0.hasSuffix(" In") || $0 == "Who" })
    }

    @Test func anAwardIsNoEntity() throws {
        // gum-train (Tests/Fixtures/gold/README.md)
        let es = try S.entities("""
        In 2015 she became the first and only woman to be awarded the Royal Gold Medal from the Royal Institute \
        of British Architects. He won a BAFTA Award and the Nobel Peace Prize.
        """)
        #expect(S.entity(es, mention: "Royal Institute of British Architects")?.type == .organization)
        #expect(!S.allMentions(es).contains { $0.hasSuffix("Medal") || $0.hasSuffix("Award") || $0.hasSuffix("Prize") })
    }

    @Test func aCapitalisedPrepositionOpensNoName() throws {
        // gum-train (Tests/Fixtures/gold/README.md): "In FrameNet" opens a sentence; "AS" is an initial.
        let es = try S.entities("""
        In FrameNet, words are described in terms of the frames they evoke. Results were published in a paper \
        by AS Heagle in 1989.
        """)
        #expect(!S.allMentions(es).contains { $0.hasPrefix("In ") })
        // Whether an unknown name with no clue is kept is the mention typer's call; the rules keep it whole.
        let rules = try S.ruleEntities("Results were published in a paper by AS Heagle in 1989.")
        #expect(S.allMentions(rules).contains("AS Heagle"))
    }

    @Test func aPluralAcronymOfAnOfficeIsNoName() throws {
        // Constructed, in the style of British political reports.
        let es = try S.entities("The bill passed after Scottish MPs and the party's CEOs backed it.")
        #expect(!S.allMentions(es).contains { $0.contains("MPs") || $0.contains("CEOs") })
        #expect(S.entity(es, mention: "Scottish")?.type == .group)
    }

    @Test func aTitleWithNoNameIsNoPerson() throws {
        // wikinews-2015-05-18-asylum-seekers-rescued-indonesia.txt
        let es = try S.entities("""
        Discussing his concern in a public statement, Malaysia's Prime Minister, Najib Razak said, "We are in \
        contact with the countries." The US State Department said John Kerry, the Secretary of State, contacted \
        Thailand's foreign minister.
        """)
        #expect(S.entity(es, mention: "Najib Razak")?.type == .person)
        #expect(S.entity(es, mention: "John Kerry")?.type == .person)
        // A known place before a listed institution is one name.
        #expect(S.entity(es, mention: "US State Department")?.type == .organization)
        #expect(!S.allMentions(es).contains { $0 == "Minister" || $0 == "State" })
    }

    @Test func languagesDegreesAndShortMonthsAreNoNames() throws {
        // gum-train (Tests/Fixtures/gold/README.md), shortened.
        let es = try S.entities("""
        Jerome learned Latin and Hebrew in Rome. He received his Ph.D. in Linguistics from the University of \
        Michigan on Feb. 3, 1961, and taught on Sundays.
        """)
        #expect(S.entity(es, mention: "University of Michigan")?.type == .organization)
        #expect(S.entity(es, mention: "Jerome")?.type == .person)
        #expect(!S.allMentions(es).contains { ["Latin", "Hebrew", "Ph", "Feb", "Sundays"].contains($0) })
    }

    @Test func aProductWithAVersionIsNoEntity() throws {
        // wikinews-2011-03-08-microsoft-ie6-countdown.md
        let es = try S.entities("""
        Its name was Internet Explorer 6. Internet Explorer's market share is slipping, Microsoft said. \
        Harry Kane 2 was not a score.
        """)
        #expect(!S.allMentions(es).contains { $0.hasPrefix("Internet Explorer") })
        #expect(S.entity(es, mention: "Microsoft")?.type == .organization)
        #expect(S.entity(es, mention: "Harry Kane")?.type == .person)
    }

    @Test func aLoneNumeralIsNoName() throws {
        // wikinews-2008-01-20-hackers-attack-scientology-site.html; the king is constructed.
        let es = try S.entities("""
        The video was titled "Message to Scientology, part XVII". Henry VIII had six wives.
        """)
        #expect(!S.allMentions(es).contains("XVII"))
        #expect(S.allMentions(es).contains("Henry VIII"))
    }
}
