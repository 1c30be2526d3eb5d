import Foundation
import Testing
@testable import LedeCore

/// Head nouns and "X of Y" names, on sentences from the corpus (Tests/Fixtures/corpus; SOURCES.md).
@Suite("Entities: head nouns and names with 'of'")
struct EntityHeadNounTests {
    typealias S = EntityTestSupport

    @Test func facilitiesAreLandmarksAndSoPlaces() throws {
        // The NASA shuttle article in wikinews-sample-feed.rss
        let es = try S.entities("""
        Senator John Cornyn issued a statement regarding the rejection of Johnson Space Center (JSC) in \
        Houston, Texas as a location. The shuttles will go to The Museum of Flight in Seattle and the Adler \
        Planetarium in Chicago.
        """)
        #expect(S.entity(es, mention: "Johnson Space Center")?.type == .place)
        #expect(S.entity(es, mention: "Museum of Flight")?.type == .place)
        #expect(S.entity(es, mention: "Adler Planetarium")?.type == .place)
        #expect(S.entity(es, mention: "John Cornyn")?.type == .person)
    }

    @Test func seatsOfGovernmentAreLandmarks() throws {
        // wikinews-2015-09-22-ahmed-mohamed-clock.html
        let es = try S.entities("Obama tweeted an invitation to the White House. Downing Street said nothing.")
        #expect(S.entity(es, mention: "White House")?.type == .place)
        #expect(S.entity(es, mention: "Downing Street")?.type == .place)
    }

    @Test func anInstitutionBeforeTheHeadKeepsItAnOrganisation() throws {
        let es = try S.entities("""
        The Pew Research Center published a survey. The Irving Independent School District said it acted \
        properly. The Center for Strategic Studies disagreed.
        """)
        #expect(S.entity(es, mention: "Pew Research Center")?.type == .organization)
        #expect(S.entity(es, mention: "Irving Independent School District")?.type == .organization)
        #expect(S.entity(es, mention: "Center for Strategic Studies")?.type == .organization)
    }

    @Test func ofPhrasesJoinAfterABareHeadOnly() throws {
        // Constructed: "of the US" qualifies a complete name; "of Technology", "of Leeds" belong to theirs.
        let es = try S.entities("""
        Scientists at the Massachusetts Institute of Technology and Ohio State University of the US and the \
        University of Leeds of the UK took part.
        """)
        #expect(S.entity(es, mention: "Massachusetts Institute of Technology")?.type == .organization)
        #expect(S.entity(es, mention: "Ohio State University")?.type == .organization)
        #expect(S.entity(es, mention: "University of Leeds")?.type == .organization)
        #expect(S.entity(es, mention: "US")?.type == .place)
        #expect(S.entity(es, mention: "UK")?.type == .place)
    }

    @Test func teamsNamedAfterTheirCity() throws {
        // Constructed in the style of a baseball player's biography.
        let es = try S.entities("""
        He made his debut for the Pittsburgh Pirates and later joined the Boston Red Sox. Major League Baseball \
        and General Motors signed a deal. The General Assembly met in Phoenix.
        """)
        for team in ["Pittsburgh Pirates", "Boston Red Sox", "Major League Baseball", "General Motors", "General Assembly"] {
            #expect(S.entity(es, mention: team)?.type == .organization, "\(team)")
        }
        #expect(S.entity(es, mention: "Phoenix")?.type == .place)
    }

    @Test func aNameOpeningASentenceKeepsItsFirstWordBeforeALoneHead() throws {
        let es = try S.entities("Union Station is busy. However Congress voted. Bank Street closed.")
        #expect(S.entity(es, mention: "Union Station")?.type == .place)
        #expect(S.entity(es, mention: "Bank Street")?.type == .place)
        #expect(S.entity(es, mention: "Congress")?.type == .organization)
        #expect(!S.allMentions(es).contains { $0.hasPrefix("However") })
    }

    @Test func anOfficeAfterTitleOfBelongsToTheTitle() throws {
        // wikinews-2015-08-02-italy-religious-school-taxes.txt and wikinews-2015-09-22-ahmed-mohamed-clock.html
        let es = try S.entities("""
        Minister of Education Stefania Giannini said a "more general reflection" is needed. Executive director \
        of the Dallas chapter of the Council on American-Islamic Relations Alia Salem spoke to reporters. The \
        Institute of Physics Jane Smith said so.
        """)
        #expect(S.entity(es, mention: "Stefania Giannini")?.type == .person)
        #expect(S.entity(es, mention: "Council on American-Islamic Relations")?.type == .organization)
        #expect(S.entity(es, mention: "Alia Salem")?.type == .person)
        #expect(S.entity(es, mention: "Institute of Physics")?.type == .organization)
        #expect(S.entity(es, mention: "Jane Smith")?.type == .person)
        #expect(!S.allMentions(es).contains { $0.contains("Education") })
    }

    @Test func aPapersNameEndsInItsFrequency() throws {
        // wikinews-2010-10-09-scientology-defector-arrested.txt
        let es = try S.entities("Steve Whitmore, a representative for the LA Sheriff's office, told LA Weekly in a statement.")
        #expect(S.entity(es, mention: "LA Weekly")?.type == .organization)
        #expect(S.entity(es, mention: "Steve Whitmore")?.type == .person)
    }

    @Test func aCampusIsNotATown() throws {
        // wikinews-2015-09-22-ahmed-mohamed-clock.html
        let es = try S.entities("Psychology major at University of Texas Arlington Amneh Jafari heard of the incident.")
        #expect(S.allMentions(es).contains { $0.hasPrefix("University of Texas") })
        #expect(S.entity(es, mention: "University of Texas")?.type != .place)
        #expect(S.entity(es, mention: "Amneh Jafari")?.type == .person)
    }

    @Test func aHeadMayComeFirst() throws {
        // gum-train (Tests/Fixtures/gold/README.md) and wikinews-2015-08-02-italy-religious-school-taxes.txt
        let es = try S.entities("""
        The ferry crossed Lake Erie at dawn. Residents of Fort Lee commute by bus. Instituto Gonzaga, a \
        catholic school in Milan, pays the tax.
        """)
        #expect(S.entity(es, mention: "Lake Erie")?.type == .place)
        #expect(S.entity(es, mention: "Fort Lee")?.type == .place)
        #expect(S.entity(es, mention: "Instituto Gonzaga")?.type == .organization)
    }

    @Test func aKindOfOrganisationBeforeANameTypesIt() throws {
        // wikinews-2016-09-09-hong-kong-legco-election.md
        let es = try S.entities("""
        Pan-democrat Lam Cheuk-ting from the Democratic Party and localist group Youngspiration's Baggio Leung \
        were successfully elected.
        """)
        #expect(S.entity(es, mention: "Youngspiration")?.type == .organization)
        #expect(S.entity(es, mention: "Baggio Leung")?.type == .person)
    }

    @Test func aSentenceInitialWordOfANameWithAHeadStays() throws {
        // wikinews-2016-09-09-hong-kong-legco-election.md; the last two sentences are constructed.
        let es = try S.entities("""
        New People Party's Regina Ip won again. National Rifle Association officials said no. Former Labour \
        Party leader Ed Miliband spoke.
        """)
        #expect(S.entity(es, mention: "New People Party")?.type == .organization)
        #expect(S.entity(es, mention: "National Rifle Association")?.type == .organization)
        #expect(S.entity(es, mention: "Labour Party")?.type == .organization)
        #expect(!S.allMentions(es).contains { $0.hasPrefix("Former") })
    }

    @Test func anInstitutionInAHeadingLineCountsWhenTheTextNamesIt() throws {
        // wikinews-2016-09-09-hong-kong-legco-election.md: result lines between paragraphs.
        let es = try S.entities("""
        Claudia Mo of the Civic Party was re-elected.

        Alvin Yeung of Civic Party

        The Ongoing Count and Recount

        Turnout was high.
        """)
        let party = try #require(S.entity(es, mention: "Civic Party"))
        #expect(party.type == .organization)
        #expect(party.mentions.count == 2)
        #expect(!S.allMentions(es).contains { $0.contains("Count") })
    }

    @Test func otherLanguagesHeadsAndStreetsName() throws {
        // gum-train (Tests/Fixtures/gold/README.md)
        let es = try S.entities("""
        He conducted fieldwork for the Institute of History and Philology of Academia Sinica from 1928 onwards. \
        Michiel Cock works at Vrije Universiteit Amsterdam. Fort Lee Historic Park is on Hudson Terrace.
        """)
        #expect(S.entity(es, mention: "Academia Sinica")?.type == .organization)
        #expect(S.entity(es, mention: "Vrije Universiteit")?.type == .organization)
        #expect(S.entity(es, mention: "Hudson Terrace")?.type == .place)
    }

    @Test func anAuthorInACitationIsAPerson() throws {
        // gum-train (Tests/Fixtures/gold/README.md): Quilis is also a town.
        let es = try S.entities("""
        Detailed studies on the use of enjambment by individual authors exist, including, among others, \
        Quilis (1964) and Spang (1983).
        """)
        #expect(S.entity(es, mention: "Quilis")?.type == .person)
        #expect(S.entity(es, mention: "Spang")?.type == .person)
    }

    @Test func anAcronymBeforeItsExpansionIsTheSameKind() throws {
        // wikinews-2015-08-02-italy-religious-school-taxes.txt: the Italian word order, so no initials match.
        let es = try S.entities("""
        The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called it a mistake.
        """)
        #expect(S.entity(es, mention: "CEI")?.type == .organization)
        #expect(S.entity(es, mention: "Italian Episcopal Conference")?.type == .organization)
        #expect(S.entity(es, mention: "Nunzio Galantino")?.type == .person)
    }

    @Test func aNameListedWithKnownNamesIsOfTheirKind() throws {
        // wikinews-2016-09-07-fan-expo-canada.txt. The clue is weak (the mention typer may overrule it), so
        // this is the rules' own reading.
        let es = try S.ruleEntities("""
        Ubisoft, Microsoft, and PlayStation VR all had large areas set up for attendees to play upcoming games.
        """)
        #expect(S.entity(es, mention: "Ubisoft")?.type == .organization)
        #expect(S.entity(es, mention: "PlayStation")?.type == .organization)
        // Alone, a name with no clue is the rules' default, a person (Ubisoft itself is now a listed company).
        let alone = try S.ruleEntities("Mojang had a large area set up for attendees to play upcoming games.")
        #expect(S.entity(alone, mention: "Mojang")?.type == .person)
    }

    @Test func aHeadThatIsASurnameEndsAPersonsName() throws {
        // Constructed, from the kinds of names in the corpus (the Fan Expo and NZ flag articles).
        let es = try S.entities("""
        Emeritus Professor Jane Marsh spoke first. John Hill arrived later. Mr. Park said no. They walked in \
        Hyde Park to Constitution Hall.
        """)
        #expect(S.entity(es, mention: "Jane Marsh")?.type == .person)
        #expect(S.entity(es, mention: "John Hill")?.type == .person)
        #expect(S.entity(es, mention: "Park")?.type == .person)
        #expect(S.entity(es, mention: "Hyde Park")?.type == .place)
        #expect(S.entity(es, mention: "Constitution Hall")?.type == .place)
    }
}
