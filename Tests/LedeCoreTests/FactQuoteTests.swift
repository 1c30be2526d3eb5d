import Testing
@testable import LedeCore

@Suite struct FactQuoteTests {
    private typealias S = FactTestSupport

    @Test func speakerBeforeTheQuote() throws {
        let text = "On her death, Barack Obama tweeted, \"Aretha helped define the American experience. In her voice, we could feel our history, all of it and in every shade.\""
        let obama = S.entity("e1", .person, "Barack Obama", in: text, names: ["Barack Obama"])
        let f = try #require(S.facts(text, kind: .quote, entities: [obama]).first)
        #expect(f.speaker == "Barack Obama")
        #expect(f.entities.first == "e1")
        #expect(f.quote == "Aretha helped define the American experience. In her voice, we could feel our history, all of it and in every shade.")
    }

    @Test func speakerAfterTheQuoteCurly() throws {
        let text = "“We are in contact with all relevant parties,” said Najib Razak. “We share the desire to find a solution to this crisis.”"
        let najib = S.entity("e1", .person, "Najib Razak", in: text, names: ["Najib Razak", "Najib"])
        let f = S.facts(text, kind: .quote, entities: [najib])
        try #require(f.count == 2)
        #expect(f[0].quote == "We are in contact with all relevant parties,")
        #expect(f[0].speaker == "Najib Razak")
        // The quote goes on in the same paragraph: same speaker.
        #expect(f[1].speaker == "Najib Razak")
    }

    @Test func subjectThenVerbAfterTheQuote() throws {
        let text = "\"Foolhardy provocation deserves harsh punishment\", KCNA added. \"The units should enter a wartime state\", it said."
        let f = S.facts(text, kind: .quote)
        try #require(f.count == 2)
        #expect(f[0].speaker == "KCNA")
        #expect(f[1].speaker == "KCNA")
    }

    @Test func pronounSpeakerResolvedToThePersonNamedBefore() throws {
        let text = "Panama's coach Hernan Dario Gomez spoke after the match. He said, \"In the first half it felt good out there.\""
        let gomez = S.entity("e1", .person, "Hernan Dario Gomez", in: text, names: ["Hernan Dario Gomez"])
        let f = try #require(S.facts(text, kind: .quote, entities: [gomez]).first)
        #expect(f.speaker == "Hernan Dario Gomez")
        #expect(f.entities.first == "e1")
    }

    @Test func speakerWithObjectAndColon() throws {
        let text = "Secretary of State Condoleezza Rice told NBC News: \"The notion that the United States is going to invade Cuba is simply far-fetched.\""
        let rice = S.entity("e1", .person, "Condoleezza Rice", in: text, names: ["Condoleezza Rice"])
        let f = try #require(S.facts(text, kind: .quote, entities: [rice]).first)
        #expect(f.speaker == "Condoleezza Rice")
    }

    @Test func speakerIsThePhraseWhenItsHeadIsNoEntity() throws {
        let text = "The U.S. Department of Agriculture notes, \"Ground-level ozone causes more damage to plants than all other air pollutants combined.\""
        let us = S.entity("e1", .place, "United States", in: text, names: ["U.S."])
        let f = try #require(S.facts(text, kind: .quote, entities: [us]).first)
        #expect(f.speaker == "U.S. Department of Agriculture")
    }

    @Test func scareQuotesAndTitlesAreNotQuotes() {
        #expect(S.facts("Singer Aretha Franklin, \"queen of soul\", dies aged 76.", kind: .quote).isEmpty)
        // bbc-1 and nytimes-3 (readability pages): no verb of saying in the sentence.
        #expect(S.facts("But the man sat before me today was relaxed and confident, buoyed by a string of \"wins\" on healthcare, Cuba and Iran.", kind: .quote).isEmpty)
        #expect(S.facts("And winter — from the corrosive rock salt used on streets and sidewalks to “freeze-thaw” cycles that weaken pipes — makes infrastructure problems even worse.", kind: .quote).isEmpty)
        #expect(S.facts("Microsoft says on \"The Internet Explorer 6 Countdown\" that the browser is old.", kind: .quote).isEmpty)
        // A long quote nobody says is not attributed to anyone.
        #expect(S.facts("The banner read \"we will never forget what happened here today\" in red.", kind: .quote).isEmpty)
    }

    @Test func saidInsideAQuoteIsNoAttribution() {
        let text = "\"We said we would come back and we did,\" Smith said."
        #expect(S.facts(text, kind: .quote).count == 1)
        // The attribution is the quote's own "Smith said", not the "said" inside the quote.
        let a = S.facts(text, kind: .attribution)
        #expect(a.count == 1)
        #expect(a.first.map { S.text($0, in: text) } == "Smith said")
    }

    @Test func speakerWithAnAsideBeforeTheVerb() throws {
        // wikinews-2015-09-12-mecca-crane-collapse.html
        let text = "\"Had it happened an hour later it would have been much worse,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said."
        let khaled = S.entity("e1", .person, "Khaled Al-Maeena", in: text, names: ["Khaled Al-Maeena"])
        let q = try #require(S.facts(text, kind: .quote, entities: [khaled]).first)
        #expect(q.speaker == "Khaled Al-Maeena")
        #expect(q.quote == "Had it happened an hour later it would have been much worse,")
        // The quote is a claim attributed to its speaker.
        let a = try #require(S.facts(text, kind: .attribution, entities: [khaled]).first)
        #expect(a.source == "Khaled Al-Maeena" && a.entities == ["e1"])
        #expect(S.text(a, in: text) == "Khaled Al-Maeena, editor at large at the Saudi Gazette, said")
    }

    @Test func aParticiplesSpeakerIsTheSubjectOfTheClause() throws {
        // wikinews-2006-08-06-castro-recovering.txt
        let text = "Venezualan president Hugo Chavez sent his good wishes during his weekly broadcast saying \"Fidel Castro, a hug for you, friend and comrade and I know you are getting better.\""
        let chavez = S.entity("e1", .person, "Hugo Chavez", in: text, names: ["Hugo Chavez"])
        let castro = S.entity("e2", .person, "Fidel Castro", in: text, names: ["Fidel Castro"])
        let q = try #require(S.facts(text, kind: .quote, entities: [chavez, castro]).first)
        #expect(q.speaker == "Hugo Chavez")
        #expect(S.facts(text, kind: .attribution, entities: [chavez, castro]).map(\.source) == ["Hugo Chavez"])
        // Without a name in the clause there is no speaker to give.
        #expect(S.facts(text, kind: .quote).isEmpty)
    }
}
