import Foundation
import Testing
@testable import LedeCore

/// Countries that play in a sports report are their teams (Tests/Fixtures/corpus; SOURCES.md).
@Suite("Entities: teams named after places")
struct TeamReadingTests {
    typealias S = EntityTestSupport

    @Test func sidesOfTheWorldCupReportAreTeams() throws {
        let path = FixturePaths.corpus("wikinews-2018-06-19-world-cup-day-five.txt")
        let es = try S.entities(String(contentsOfFile: path, encoding: .utf8))
        for side in ["Sweden", "Belgium", "Tunisia", "England", "Panama", "South Korea"] {
            let e = try #require(S.entity(es, mention: side), "\(side)")
            #expect(e.type == .organization, "\(side)")
        }
        // Venues and cities where matches were played stay places; the people stay people.
        #expect(S.entity(es, mention: "Sochi")?.type == .place)
        #expect(S.entity(es, mention: "Harry Kane")?.type == .person)
        #expect(S.entity(es, mention: "English")?.type == .group)
    }

    @Test func aCountryInANewsReportStaysAPlace() throws {
        // wikinews-2015-05-18-asylum-seekers-rescued-indonesia.txt: a news report with no sports words.
        let path = FixturePaths.corpus("wikinews-2015-05-18-asylum-seekers-rescued-indonesia.txt")
        let es = try S.entities(String(contentsOfFile: path, encoding: .utf8))
        #expect(S.entity(es, mention: "Indonesia")?.type == .place)
        #expect(S.entity(es, mention: "Malaysia")?.type == .place)
    }

    @Test func oneResultVerbIsNotEnough() throws {
        // A sports text where a country is named once as a side and once as a place: it stays a place.
        let es = try S.entities("""
        The league match was played in Brazil. Brazil beat the visitors after a goal in the final minute; \
        the tournament referee sent off a striker and the stadium emptied.
        """)
        #expect(S.entity(es, mention: "Brazil")?.type == .place)
    }
}
