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
        // The name is the source; its title stays with the role.
        #expect(S.facts(text, kind: .attribution).map(\.source) == ["Fuad Basya"])
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

    @Test func relativeWhoAndALongAsideGoToThePersonNamed() throws {
        // wikinews-2006-08-06-castro-recovering.txt
        let text = "Fidel Castro's condition is satisfactory according to Cuba's health minister José Ramón Balaguer who adds that it will not be long before the Cuban leader returns to work. Lage, who is in Bolivia for the opening of that country's constitutional convention, said that Castro sends the Bolivian people greetings."
        let balaguer = S.entity("e1", .person, "José Ramón Balaguer", in: text, names: ["José Ramón Balaguer"])
        let lage = S.entity("e2", .person, "Carlos Lage", in: text, names: ["Lage"])
        let f = S.facts(text, kind: .attribution, entities: [balaguer, lage])
        let adds = try #require(f.first { S.text($0, in: text) == "José Ramón Balaguer who adds" })
        #expect(adds.source == "José Ramón Balaguer" && adds.entities == ["e1"])
        let said = try #require(f.first { S.text($0, in: text).hasSuffix("convention, said") })
        #expect(said.source == "Carlos Lage")
        // "who" with no person before it resolves to nobody.
        #expect(S.facts("The ministry, who adds that the talks failed, was silent.", kind: .attribution).isEmpty)
    }

    @Test func aVerbJoinedByAndSharesTheSubject() throws {
        // wikinews-2006-08-06-castro-recovering.txt
        let text = "Lage denied reports that Castro has stomach cancer and said that the ailing leader had been made well by the operation."
        let lage = S.entity("e1", .person, "Carlos Lage", in: text, names: ["Lage"])
        let f = S.facts(text, kind: .attribution, entities: [lage])
        try #require(f.count == 2)
        #expect(f.map { S.text($0, in: text) } == ["Lage denied", "said"])
        #expect(f.allSatisfy { $0.source == "Carlos Lage" && $0.entities == ["e1"] })
        // "and" alone, with no verb of saying before it, gives no source.
        #expect(S.facts("The storm passed and said goodbye to the coast.", kind: .attribution).isEmpty)
    }

    @Test func weakVerbsBeforeAReportedClause() {
        // wikinews-2015-09-22-ahmed-mohamed-clock.html
        let text = "The Straits Times noted what began as individual messages to Mohamed had grown into a support movement."
        #expect(S.facts(text, kind: .attribution).map(\.source) == ["Straits Times"])
        #expect(S.facts("The report noted record rainfall in the north.", kind: .attribution).isEmpty)
    }

    @Test func weakVerbsAfterAShortPhraseOfTime() {
        // GUM_news_ie9 (wikinews-2011-03-08-microsoft-ie6-countdown.md)
        let text = "With development of Microsoft's Internet Explorer 9 browser almost complete, Microsoft announced on Friday that it is time for IE6 users to move away."
        #expect(S.facts(text, kind: .attribution).map(\.source) == ["Microsoft"])
        // A noun phrase after the verb is its object, not a phrase of time: no attribution.
        #expect(S.facts("On Tuesday, the New Zealand government announced the start of a public process that may change the flag.", kind: .attribution).isEmpty)
    }

    @Test func passiveVerbsPastAnAdverb() {
        // GUM_news_afghan (wikinews-2017-07-21-afghan-girls-robotics-team.html)
        #expect(S.facts("They were twice denied visas to enter the United States.", kind: .attribution).isEmpty)
        #expect(S.facts("Officials twice denied the reports.", kind: .attribution).map(\.source) == ["Officials"])
    }

    @Test func aPersonNamedAtTheEndOfAnAccordingToPhraseIsTheSource() throws {
        // GUM_news_afghan (wikinews-2017-07-21-afghan-girls-robotics-team.html)
        let text = "According to Afghan Ambassador to the United States Hamdullah Mohib, the team made progress."
        let mohib = S.entity("e1", .person, "Hamdullah Mohib", in: text, names: ["Hamdullah Mohib"])
        let us = S.entity("e2", .place, "United States", in: text, names: ["United States"])
        let f = try #require(S.facts(text, kind: .attribution, entities: [mohib, us]).first)
        #expect(f.source == "Hamdullah Mohib")
        #expect(S.text(f, in: text) == "According to Afghan Ambassador to the United States Hamdullah Mohib")
    }

    @Test func theSubjectReadsOnThroughAnOfPhrase() {
        // GUM_news_ie9 (wikinews-2011-03-08-microsoft-ie6-countdown.md)
        let text = "PC World's recent analysis of its own web traffic statistics concluded that Internet Explorer had slipped."
        #expect(S.facts(text, kind: .attribution).map(\.source) == ["PC World's recent analysis of its own web traffic statistics"])
    }

    @Test func loneCommaBetweenANameAndItsVerb() {
        // No sentence of the development texts has this form; the sentence is ours.
        let text = "The security firm Secunia, has said that the browser has 277 flaws."
        // The name after its description is the source.
        #expect(S.facts(text, kind: .attribution).map(\.source) == ["Secunia"])
        // A comma that closes a quote leaves the speaker to the right.
        #expect(S.facts("\"We are done\", said Smith.", kind: .attribution).map(\.source) == ["Smith"])
    }

    @Test func nameBetweenCommasAfterItsDescriptionIsTheSpeaker() throws {
        // After the pattern of "The secretary general of CEI, Nunzio Galantino, has called" (old held-out set), with
        // a verb of saying.
        let text = "The head of the agency, John Smith, said the tests were complete."
        let smith = S.entity("e1", .person, "John Smith", in: text, names: ["John Smith"])
        let f = try #require(S.facts(text, kind: .attribution, entities: [smith]).first)
        #expect(f.source == "John Smith")
        #expect(f.entities == ["e1"])
    }

    @Test func perOpeningAClauseIsAccordingTo() {
        // wikinews-2018-08-18-aretha-franklin-dies (old held-out set).
        let text = "Per the statement, Franklin died at about 9:50 am local time. Tickets cost $5 per day."
        let found = S.facts(text, kind: .attribution)
        #expect(found.map(\.source) == ["statement"])
        #expect(found.first.map { S.text($0, in: text) } == "Per the statement")
    }
}
