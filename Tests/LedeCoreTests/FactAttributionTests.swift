import Testing
@testable import LedeCore

@Suite struct FactAttributionTests {
    private typealias S = FactTestSupport

    @Test func accordingToAnOrganisation() throws {
        let text = "The operation has already claimed the lives of at least six Palestinians and injured 35 more, according to the Palestinian Health Ministry."
        let ministry = S.entity("e1", .organization, "Palestinian Health Ministry", in: text, names: ["Palestinian Health Ministry"])
        let f = try #require(S.facts(text, kind: .attribution, entities: [ministry]).first)
        #expect(f.source == "Palestinian Health Ministry")
        #expect(f.entities == ["e1"])
        #expect(S.text(f, in: text) == "according to the Palestinian Health Ministry")
        // Without entities the phrase itself is the source.
        #expect(S.facts(text, kind: .attribution).first?.source == "Palestinian Health Ministry")
    }

    @Test func accordingToStopsAtTheClause() {
        let text = "According to ABC News, Basya also believes the asylum seekers left the boat on purpose."
        #expect(S.facts(text, kind: .attribution).map(\.source) == ["ABC News"])
    }

    @Test func subjectsOfVerbsOfSaying() {
        #expect(S.facts("Police said the man was arrested on Thursday.", kind: .attribution).map(\.source) == ["Police"])
        #expect(S.facts("Officials told reporters the talks had failed.", kind: .attribution).map(\.source) == ["Officials"])
        #expect(S.facts("The US State Department said it was concerned.", kind: .attribution).map(\.source) == ["US State Department"])
        #expect(S.facts("The man was arrested on Thursday, said police.", kind: .attribution).map(\.source) == ["police"])
        #expect(S.facts("Yonhap reported that the shells fell near the border.", kind: .attribution).map(\.source) == ["Yonhap"])
    }

    @Test func subjectBeforeAnAside() {
        let text = "Major general Fuad Basya, spokesman for the Indonesian military, said fisherman first noticed the people."
        #expect(S.facts(text, kind: .attribution).map(\.source) == ["Major general Fuad Basya"])
    }

    @Test func pronounSourceResolvedOverAdverbs() throws {
        let text = "Corsi met the group in August. He had never told investigators about the meeting."
        let corsi = S.entity("e1", .person, "Jerome Corsi", in: text, names: ["Corsi"])
        let f = try #require(S.facts(text, kind: .attribution, entities: [corsi]).first)
        #expect(f.source == "Jerome Corsi")
        #expect(f.entities == ["e1"])
        // Without a person named before, a bare pronoun is no source.
        #expect(S.facts("He had never told investigators about the meeting.", kind: .attribution).isEmpty)
    }

    @Test func notAttributions() {
        #expect(S.facts("He is said to be recovering.", kind: .attribution).isEmpty)
        #expect(S.facts("The growing division within the Israeli government adds to the uncertainty.", kind: .attribution).isEmpty)
        #expect(S.facts("As the war between Israel and Hamas continues, the human toll has been devastating.", kind: .attribution).isEmpty)
        #expect(S.facts("The Untied Nations and United States have both criticised it.", kind: .attribution).isEmpty)
        #expect(S.facts("Halevi, the army chief, announced his resignation on Tuesday.", kind: .attribution).isEmpty)
    }
}
