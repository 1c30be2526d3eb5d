import Foundation
import Testing
@testable import LedeCore

/// Mentions that must meet in one entity, on sentences from the corpus (Tests/Fixtures/corpus; SOURCES.md).
@Suite("Entities: linking mentions")
struct EntityLinkingTests {
    typealias S = EntityTestSupport

    @Test func aSentenceOpeningNameKeepsItsFirstWordWhenWrittenWholeElsewhere() throws {
        // wikinews-2015-09-12-mecca-crane-collapse.html
        let es = try S.entities("""
        The crane collapsed, killing 107 or more and wounding 238, according to Saudi Arabia's Civil Defense \
        Authority.
        Civil Defense Authority director General Suleiman al-Amr, in remarks to al-Ikhbariya television, said \
        the death toll was rising.
        """)
        let cda = try #require(S.entity(es, mention: "Civil Defense Authority"))
        #expect(cda.type == .organization)
        #expect(cda.mentions.count == 2)
        #expect(S.entity(es, mention: "Defense Authority") == nil)
        // A name part opening with a lowercase particle belongs to the name.
        #expect(S.entity(es, mention: "Suleiman al-Amr")?.type == .person)
        #expect(S.entity(es, mention: "al-Ikhbariya")?.type == .organization)
    }

    @Test func aSentenceInitialWordStaysOutWhenNothingElseHasIt() throws {
        // seed: "Despite" is no part of the name.
        let es = try S.entities("Despite Halevi’s resignation, the ceasefire holds. Herzi Halevi said so.")
        #expect(S.entity(es, mention: "Halevi")?.name == "Herzi Halevi")
        #expect(!S.allMentions(es).contains { $0.hasPrefix("Despite") })
    }

    @Test func aSurnameWinsOverASmallTownOfTheSameName() throws {
        // wikinews-2015-09-22-ahmed-mohamed-clock.html; Obama is also a town in Japan.
        let es = try S.entities("""
        Support came from a line ranging from US President Barack Obama to Facebook creator Mark Zuckerberg. \
        Obama tweeted an invitation to the White House.
        """)
        let obama = try #require(S.entity(es, mention: "Barack Obama"))
        #expect(obama.type == .person)
        #expect(obama.mentions.map(\.text) == ["Barack Obama", "Obama"])
    }

    @Test func aSmallTownInsideALongerNameIsNoPlace() throws {
        // wikinews-2015-08-02-italy-religious-school-taxes.txt; Claudio is also a town in the place list.
        let es = try S.entities("""
        Claudio De Vincenti, undersecretary to the prime minister, said "a solution" would be found. \
        The school is in Bogliasco.
        """)
        #expect(S.entity(es, mention: "Claudio De Vincenti")?.type == .person)
        #expect(S.entity(es, mention: "Bogliasco")?.type == .place)
    }

    @Test func aGivenNameBeforeASmallTownIsAPerson() throws {
        // wikinews-2017-07-21-afghan-girls-robotics-team.html; Kamen is also a town in Germany.
        let es = try S.entities("The competition was founded by Dean Kamen to encourage interest in applied science.")
        #expect(S.entity(es, mention: "Dean Kamen")?.type == .person)
    }

    @Test func aCountryNeverYieldsToASurname() throws {
        // A person named like a country must not absorb the country.
        let es = try S.entities("Representative Steve Israel spoke. Israel said the ceasefire holds.")
        #expect(S.entity(es, mention: "Steve Israel")?.type == .person)
        #expect(S.entity(es, mention: "Israel")?.type == .place)
    }

    @Test func aSaintsPlaceIsKnownInEverySpelling() throws {
        // gum-train (Tests/Fixtures/gold/README.md): British style writes "St" without a dot.
        let es = try S.entities("He was buried in St Petersburg. Later he moved to St. Louis and Saint Paul.")
        #expect(S.entity(es, mention: "St Petersburg")?.type == .place)
        #expect(S.entity(es, mention: "St. Louis")?.type == .place)
        #expect(S.entity(es, mention: "Saint Paul")?.type == .place)
        #expect(!S.allMentions(es).contains("St"))
    }

    @Test func aNameWithoutItsMiddleIsTheSamePerson() throws {
        // gum-train (Tests/Fixtures/gold/README.md): Norton and Fillmore are also towns.
        let es = try S.entities("""
        Joshua Abraham Norton (c. 1818 – January 8, 1880) was a citizen of San Francisco. Born in England, \
        Norton spent most of his early life in South Africa. The proclamation was signed by Joshua Norton.
        """)
        let norton = try #require(S.entity(es, mention: "Joshua Abraham Norton"))
        #expect(norton.type == .person)
        #expect(norton.mentions.count == 3)
        let fillmore = try S.entities("""
        Charles J. Fillmore (August 9, 1929 – February 13, 2014) was an American linguist. Fillmore spent ten \
        years at The Ohio State University.
        """)
        #expect(S.entity(fillmore, mention: "Charles J. Fillmore")?.type == .person)
        #expect(S.entity(fillmore, mention: "Charles J. Fillmore")?.mentions.count == 2)
    }

    @Test func regionalPeoplesAndMovementsAreGroups() throws {
        // The NASA shuttle article in wikinews-sample-feed.rss, then a constructed sentence.
        let es = try S.entities("""
        "Like many Texans, I am disappointed with NASA's decision," Cornyn said. Islamists and Catalans \
        protested in Barcelona.
        """)
        let texans = try #require(S.entity(es, mention: "Texans"))
        #expect(texans.type == .group)
        #expect(texans.place == "Texas")
        #expect(S.entity(es, mention: "Islamists")?.type == .group)
        #expect(S.entity(es, mention: "Catalans")?.place == "Catalonia")
    }

    @Test func regionsAreKnownByTheirEnglishNames() throws {
        // wikinews-2015-08-02-italy-religious-school-taxes.txt names Lombardy; the rest is constructed.
        let es = try S.entities("Also the president of the Lombardy region, Roberto Maroni, has reacted. Farmers in Sicily, Bavaria and Catalonia protested.")
        for name in ["Lombardy", "Sicily", "Bavaria", "Catalonia"] {
            #expect(S.entity(es, mention: name)?.type == .place, "\(name)")
        }
    }

    @Test func aSurnameOpeningASentenceJoinsThePerson() throws {
        // Constructed: "King" and "Bush" are common words, so a sentence that opens with them drops them unless
        // the person was named in full.
        let es = try S.entities("""
        Martin Luther King spoke in Washington. King said the dream lived. George Bush smiled. Bush said so. \
        Despite the rain, they stayed.
        """)
        #expect(S.entity(es, mention: "Martin Luther King")?.mentions.count == 2)
        #expect(S.entity(es, mention: "George Bush")?.mentions.count == 2)
        #expect(!S.allMentions(es).contains("Despite"))
    }

    @Test func wellKnownAgenciesAreOrganisations() throws {
        // wikinews-2015-08-21-north-korea-quasi-state-of-war.txt
        let es = try S.entities("""
        According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency \
        (KCNA), the country's military has been placed on high alert.
        """)
        #expect(S.entity(es, mention: "Yonhap")?.type == .organization)
        #expect(S.entity(es, mention: "Korean Central News Agency")?.type == .organization)
        #expect(S.entity(es, mention: "KCNA")?.name == "Korean Central News Agency")
        #expect(S.entity(es, mention: "North Korea")?.type == .place)
    }

    @Test func aSurnameInTheTitleJoinsThePersonNamedLater() throws {
        // wikinews-2006-08-06-castro-recovering.txt: Castro is also a place, and two Castros are named.
        let es = try S.entities("""
        Castro recovering following surgery: Cuban officials

        Fidel Castro's condition is "satisfactory" following surgery last Monday. Cuban parliamentary speaker \
        Ricardo Alcaron told CNN's Spanish service that Castro "remains in stable condition". His brother Raul \
        Castro has been named acting president.
        """)
        #expect(!es.contains { $0.type == .place && $0.name == "Castro" })
        let fidel = try #require(S.entity(es, mention: "Fidel Castro"))
        #expect(fidel.type == .person)
        #expect(fidel.mentions.filter { $0.text == "Castro" }.count == 2)
    }

    @Test func aGivenNameAloneJoinsTheOnePersonWithIt() throws {
        // wikinews-2010-10-09-scientology-defector-arrested.txt
        let es = try S.entities("""
        Daniel Montalvo, 19, a member of Scientology all his life, was arrested after leaving its elite group \
        the Sea Org. Rathbun stated, "Daniel was picked up by an investigator in a black car." Whitmore stated \
        Montalvo left Scientology-related employment in Los Angeles on September 24.
        """)
        let daniel = try #require(S.entity(es, mention: "Daniel Montalvo"))
        #expect(daniel.mentions.map(\.text).contains("Daniel"))
        #expect(daniel.mentions.map(\.text).contains("Montalvo"))
        #expect(!S.allMentions(es).contains { $0.contains("-related") })
        let two = try S.entities("Tom Cruise and Tom Devocht met. Tom said nothing.")
        #expect(S.entity(two, mention: "Tom Cruise")?.mentions.count == 1)
        #expect(S.entity(two, mention: "Tom Devocht")?.mentions.count == 1)
    }

    @Test func aFullNameWithItsMiddleJoinsTheShorterOne() throws {
        // wikinews-2018-08-18-aretha-franklin-dies.txt: the longer name comes second; "Aretha" is in no name list.
        let es = try S.entities("""
        US soul singer Aretha Franklin died in her Detroit, Michigan home on Thursday morning. Aretha Louise \
        Franklin was born in Memphis, Tennessee. Aretha sang solos at his church when she was 10.
        """)
        let aretha = try #require(S.entity(es, mention: "Aretha Franklin"))
        #expect(Set(aretha.mentions.map(\.text)) == ["Aretha Franklin", "Aretha Louise Franklin", "Aretha"])
    }
}

/// Names the gazetteers give one canonical name link whatever form the text uses.
@Suite("Entities: canonical names from the lists")
struct EntityCanonicalNameTests {
    typealias S = EntityTestSupport

    @Test func countryShortFormsAreOneEntity() throws {
        // MEANTIME (Wikinews, CC BY 2.5): "Airbus parent EADS wins $13 billion UK RAF airtanker contract".
        let es = try S.entities("""
        The United Kingdom's Royal Air Force awarded the contract. UK officials said the deal was final.
        """)
        let uk = try #require(S.entity(es, mention: "United Kingdom"))
        #expect(uk.type == .place)
        #expect(uk.mentions.map(\.text).contains("UK"))
        let us = try S.entities("The U.S. Air Force chose Boeing. US officials said the United States would pay.")
        let states = try #require(S.entity(us, mention: "United States"))
        #expect(states.mentions.map(\.text).contains("US"))
        #expect(states.name == "United States")
    }

    @Test func listedCompaniesAreOrganisations() throws {
        // MEANTIME (Wikinews, CC BY 2.5), airline and car-maker articles.
        let es = try S.entities("""
        Northrop Grumman and Airbus parent EADS have defeated Boeing. Ford Motor Company cut 30,000 jobs, and Ford \
        said more would follow. Former president Gerald Ford was not involved.
        """)
        #expect(S.entity(es, mention: "Northrop Grumman")?.type == .organization)
        let ford = try #require(S.entity(es, mention: "Ford Motor Company"))
        #expect(ford.type == .organization)
        #expect(ford.mentions.map(\.text).contains("Ford"))
        #expect(S.entity(es, mention: "Gerald Ford")?.type == .person)
    }
}
