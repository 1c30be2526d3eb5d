import Testing
@testable import LedeCore

@Suite struct FactRoleTests {
    private typealias S = FactTestSupport

    private func extract(_ text: String, _ entities: [Entity]) -> FactExtractor.Result {
        FactExtractor.extract(S.context(text), entities: entities, times: [])
    }

    @Test func titleAndAppositiveBeforeTheName() throws {
        let text = "In a dramatic turn of events, Is-rael’s top military leader, Lt. Gen. Herzi Halevi, announced his resignation on January 21, 2025."
        let israel = S.entity("e1", .place, "Israel", in: text, names: ["Is-rael"])
        let halevi = S.entity("e2", .person, "Herzi Halevi", in: text, names: ["Herzi Halevi"])
        let r = extract(text, [israel, halevi])
        let roles = try #require(r.roles["e2"])
        #expect(Set(roles.map(\.role)) == ["Lt. Gen.", "top military leader"])
        #expect(roles.allSatisfy { $0.of == "Israel" && $0.ofEntity == "e1" })
        let facts = r.facts.filter { $0.kind == .role }
        #expect(facts.count == 2)
        #expect(facts.allSatisfy { $0.person == "Herzi Halevi" && $0.entities == ["e2", "e1"] })
        let leader = try #require(facts.first { $0.role == "top military leader" })
        #expect(S.text(leader, in: text) == "Is-rael’s top military leader, Lt. Gen. Herzi Halevi")
    }

    @Test func titleWithDemonymResolvedToPlace() throws {
        let text = "Israel agreed to the deal. Israeli Prime Minister Benjamin Netanyahu has faced increasing pressure from his far-right coalition partners."
        let israel = S.entity("e1", .place, "Israel", in: text, names: ["Israel"])
        let israeli = S.entity("e2", .group, "Israeli", in: text, names: ["Israeli"])
        let bibi = S.entity("e3", .person, "Benjamin Netanyahu", in: text, names: ["Benjamin Netanyahu"])
        let roles = try #require(extract(text, [israel, israeli, bibi]).roles["e3"])
        #expect(roles.count == 1)
        #expect(roles.first?.role == "Prime Minister")
        #expect(roles.first?.of == "Israel")
        #expect(roles.first?.ofEntity == "e1")
    }

    @Test func titleWithADestinationAndAPeopleWhoseCountryIsNotNamed() throws {
        // wikinews-2017-07-21-afghan-girls-robotics-team.html, through the real entity recognizer.
        let text = "According to Afghan Ambassador to the United States Hamdullah Mohib, the team made progress. Israeli Prime Minister Benjamin Netanyahu spoke."
        let entities = try EntityTestSupport.entities(text)
        let r = extract(text, entities)
        let mohib = try #require(entities.first { $0.name == "Hamdullah Mohib" })
        let role = try #require(r.roles[mohib.id]?.first)
        #expect(role.role == "Ambassador to the United States")
        #expect(role.of == "Afghanistan")
        #expect(role.ofEntity == entities.first { $0.name == "Afghan" }?.id)
        let bibi = try #require(entities.first { $0.name == "Benjamin Netanyahu" })
        #expect(r.roles[bibi.id]?.first?.of == "Israel")
    }

    @Test func appositiveAfterTheName() throws {
        let text = "Some, such as Itamar Ben-Gvir, leader of the far-right Otzma Yehudit party, have threatened to leave the coalition."
        let ben = S.entity("e1", .person, "Itamar Ben-Gvir", in: text, names: ["Itamar Ben-Gvir"])
        let r = extract(text, [ben])
        let role = try #require(r.roles["e1"]?.first)
        #expect(role.role == "leader")
        #expect(role.of == "Otzma Yehudit")
        let otzma = S.entity("e2", .organization, "Otzma Yehudit", in: text, names: ["Otzma Yehudit"])
        let withOrg = try #require(extract(text, [ben, otzma]).roles["e1"]?.first)
        #expect(withOrg.of == "Otzma Yehudit" && withOrg.ofEntity == "e2")
    }

    @Test func theRoleOfAnOrganisation() throws {
        let text = "Major general Fuad Basya, spokesman for the Indonesian military, said fisherman first noticed the people. Steve Whitmore, a representative for the LA Sheriff's office, told reporters he had surrendered."
        let basya = S.entity("e1", .person, "Fuad Basya", in: text, names: ["Fuad Basya"])
        let whitmore = S.entity("e2", .person, "Steve Whitmore", in: text, names: ["Steve Whitmore"])
        let r = extract(text, [basya, whitmore])
        let b = try #require(r.roles["e1"])
        #expect(b.contains { $0.role == "Major general" })
        #expect(b.contains { $0.role == "spokesman" && $0.of == "Indonesian" })
        #expect(r.roles["e2"]?.first?.role == "representative")
    }

    @Test func possessiveOwnerInAnAppositive() throws {
        let text = "Discussing his concern in a public statement, Malaysia's Prime Minister, Najib Razak said they would help."
        let malaysia = S.entity("e1", .place, "Malaysia", in: text, names: ["Malaysia"])
        let najib = S.entity("e2", .person, "Najib Razak", in: text, names: ["Najib Razak"])
        let role = try #require(extract(text, [malaysia, najib]).roles["e2"]?.first)
        #expect(role.role == "Prime Minister")
        #expect(role.of == "Malaysia")
    }

    @Test func officesWithOf() throws {
        let text = "Secretary of State Condoleezza Rice spoke. John Kerry, the Secretary of State, said the US was ready."
        let rice = S.entity("e1", .person, "Condoleezza Rice", in: text, names: ["Condoleezza Rice"])
        let kerry = S.entity("e2", .person, "John Kerry", in: text, names: ["John Kerry"])
        let r = extract(text, [rice, kerry])
        #expect(r.roles["e1"]?.first?.role == "Secretary of State")
        #expect(r.roles["e2"]?.first?.role == "Secretary of State")
    }

    @Test func demonymsResolvedToThePlaceTheArticleNames() throws {
        let text = "Sweden defeated South Korea 1 – 0. Swedish captain Andreas Granqvist scored from the penalty spot, and English defender Kyle Walker watched England win."
        let sweden = S.entity("e1", .place, "Sweden", in: text, names: ["Sweden"])
        let england = S.entity("e2", .place, "England", in: text, names: ["England"])
        let swedish = S.entity("e3", .group, "Swedish", in: text, names: ["Swedish"])
        let english = S.entity("e4", .group, "English", in: text, names: ["English"])
        let granqvist = S.entity("e5", .person, "Andreas Granqvist", in: text, names: ["Andreas Granqvist"])
        let walker = S.entity("e6", .person, "Kyle Walker", in: text, names: ["Kyle Walker"])
        let r = extract(text, [sweden, england, swedish, english, granqvist, walker])
        #expect(r.roles["e5"]?.first?.role == "captain")
        #expect(r.roles["e5"]?.first?.of == "Sweden")
        #expect(r.roles["e6"]?.first?.role == "defender")
        #expect(r.roles["e6"]?.first?.of == "England")
    }

    @Test func lowercasePhraseIsNoOrganisation() throws {
        let text = "Khaled Al-Maeena, editor at large, said the crane had fallen."
        let khaled = S.entity("e1", .person, "Khaled Al-Maeena", in: text, names: ["Khaled Al-Maeena"])
        let role = try #require(extract(text, [khaled]).roles["e1"]?.first)
        #expect(role.role == "editor at large")
        #expect(role.of == nil)
        let named = "Khaled Al-Maeena, editor at large of the Saudi Gazette, said the crane had fallen."
        let k2 = S.entity("e1", .person, "Khaled Al-Maeena", in: named, names: ["Khaled Al-Maeena"])
        #expect(extract(named, [k2]).roles["e1"]?.first?.of == "Saudi Gazette")
    }

    @Test func noRoleWithoutATitle() {
        let text = "Halevi, who had assumed command in January 2023, expressed his regret."
        let halevi = S.entity("e1", .person, "Herzi Halevi", in: text, names: ["Halevi"])
        #expect(extract(text, [halevi]).roles.isEmpty)
    }

    @Test func roleWithATailAndItsOrganisation() throws {
        // wikinews-2015-09-12-mecca-crane-collapse.html
        let text = "\"Had it happened an hour later it would have been much worse,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said."
        let khaled = S.entity("e1", .person, "Khaled Al-Maeena", in: text, names: ["Khaled Al-Maeena"])
        let gazette = S.entity("e2", .organization, "Saudi Gazette", in: text, names: ["Saudi Gazette"])
        let role = try #require(extract(text, [khaled, gazette]).roles["e1"]?.first)
        #expect(role.role == "editor at large")
        #expect(role.of == "Saudi Gazette" && role.ofEntity == "e2")
    }

    @Test func prefixedTitles() throws {
        // wikinews-2006-08-06-castro-recovering.txt
        let text = "Castro's condition is satisfactory according to Cuban vice-premier Carlos Lage."
        let lage = S.entity("e1", .person, "Carlos Lage", in: text, names: ["Carlos Lage"])
        let role = try #require(extract(text, [lage]).roles["e1"]?.first)
        #expect(role.role == "vice-premier")
        #expect(role.of == "Cuban")
    }

    @Test func roleAndOrganisationBeforeTheName() throws {
        // wikinews-2015-09-22-ahmed-mohamed-clock.html
        let text = "Co-founder of Google, Sergey Brin, personally met with Mohamed. Psychology major at University of Texas Arlington Amneh Jafari heard of the incident."
        let google = S.entity("e1", .organization, "Google", in: text, names: ["Google"])
        let brin = S.entity("e2", .person, "Sergey Brin", in: text, names: ["Sergey Brin"])
        let uta = S.entity("e3", .organization, "University of Texas Arlington", in: text, names: ["University of Texas Arlington"])
        let jafari = S.entity("e4", .person, "Amneh Jafari", in: text, names: ["Amneh Jafari"])
        let r = extract(text, [google, brin, uta, jafari])
        let founder = try #require(r.roles["e2"]?.first)
        #expect(founder.role == "Co-founder" && founder.of == "Google" && founder.ofEntity == "e1")
        let major = try #require(r.roles["e4"]?.first)
        #expect(major.role == "major" && major.of == "University of Texas Arlington")
        let fact = try #require(r.facts.first { $0.kind == .role && $0.person == "Sergey Brin" })
        #expect(S.text(fact, in: text) == "Co-founder of Google, Sergey Brin")
        // A verb before the organisation is no role: "Sales rose at Google, Sergey Brin said."
        #expect(extract("Sales rose at Google, Sergey Brin said.", [
            S.entity("e1", .organization, "Google", in: "Sales rose at Google, Sergey Brin said.", names: ["Google"]),
            S.entity("e2", .person, "Sergey Brin", in: "Sales rose at Google, Sergey Brin said.", names: ["Sergey Brin"]),
        ]).roles.isEmpty)
    }

    @Test func occupationsBeforeTheName() throws {
        // GUM_news_nasa and GUM_interview_cocktail
        let text = "NASA Administrator Charles Bolden announces where four space shuttle orbiters will be permanently displayed. The beverage was inspired by the santorum neologism coined in advice columnist Dan Savage's column Savage Love."
        let nasa = S.entity("e1", .organization, "NASA", in: text, names: ["NASA"])
        let bolden = S.entity("e2", .person, "Charles Bolden", in: text, names: ["Charles Bolden"])
        let savage = S.entity("e3", .person, "Dan Savage", in: text, names: ["Dan Savage"])
        let r = extract(text, [nasa, bolden, savage])
        let admin = try #require(r.roles["e2"]?.first)
        #expect(admin.role == "Administrator" && admin.of == "NASA" && admin.ofEntity == "e1")
        #expect(r.roles["e3"]?.first?.role == "columnist")
    }

    @Test func anAgeBetweenTheNameAndTheAppositive() throws {
        // wikinews-2010-10-09-scientology-defector-arrested.txt
        let text = "Daniel Montalvo, 19, a member of Scientology all his life, was arrested after leaving its elite group the Sea Org."
        let montalvo = S.entity("e1", .person, "Daniel Montalvo", in: text, names: ["Daniel Montalvo"])
        let scientology = S.entity("e2", .organization, "Scientology", in: text, names: ["Scientology"])
        let role = try #require(extract(text, [montalvo, scientology]).roles["e1"]?.first)
        #expect(role.role == "member" && role.of == "Scientology")
        // A number that is no age between commas ends the appositive's search.
        let list = "Daniel Montalvo, 19, 20 and 21 were the numbers."
        #expect(extract(list, [S.entity("e1", .person, "Daniel Montalvo", in: list, names: ["Daniel Montalvo"])]).roles.isEmpty)
    }

    @Test func pluralTitleBeforeAListOfNames() throws {
        // GUM_voyage_oakland (gum-train), through the real entity recognizer.
        let text = "Oakland has nurtured or been a second home to novelists Gertrude Stein, Jack London, Amy Tan, and Maya Angelou; actors Meryl Streep, Mark Hamill, Bruce Lee, and Tom Hanks."
        let entities = try EntityTestSupport.entities(text)
        let r = extract(text, entities)
        func roles(_ name: String) -> [String] {
            guard let e = entities.first(where: { $0.name == name }) else { return [] }
            return r.roles[e.id]?.map(\.role) ?? []
        }
        #expect(roles("Gertrude Stein") == ["novelists"])
        #expect(roles("Maya Angelou") == ["novelists"])
        #expect(roles("Meryl Streep") == ["actors"])
        #expect(roles("Tom Hanks") == ["actors"])
    }

    @Test func pluralTitleOverNamesWithTheirParties() throws {
        // Items may carry an "of …" tail: the pattern of the LegCo election report, here on a sentence of ours.
        let text = "In Kowloon, veteran councillors Mary Lam of the Civic Party and John Wu of the Labour Party were re-elected."
        let lam = S.entity("e1", .person, "Mary Lam", in: text, names: ["Mary Lam"])
        let wu = S.entity("e2", .person, "John Wu", in: text, names: ["John Wu"])
        let civic = S.entity("e3", .organization, "Civic Party", in: text, names: ["Civic Party"])
        let r = extract(text, [lam, wu, civic])
        #expect(r.roles["e1"]?.map(\.role) == ["veteran councillors"])
        #expect(r.roles["e2"]?.map(\.role) == ["veteran councillors"])
        // A plural word that is no title shares nothing: "the Lams" are not a role.
        let none = "Her friends Mary Lam and John Wu came."
        #expect(extract(none, [S.entity("e1", .person, "Mary Lam", in: none, names: ["Mary Lam"])]).roles.isEmpty)
    }

    @Test func titleKeptInsideTheName() throws {
        // GUM_interview_chomsky (gum-train), with the title inside the person's mention as a recognizer may leave it.
        let text = "On March 13, Professor Chomsky sat down with Michael Dranove."
        let chomsky = S.entity("e1", .person, "Professor Chomsky", in: text, names: ["Professor Chomsky"])
        let role = try #require(extract(text, [chomsky]).roles["e1"]?.first)
        #expect(role.role == "Professor")
        // A title alone is no name to strip it from.
        let alone = "The General spoke."
        #expect(extract(alone, [S.entity("e1", .person, "General", in: alone, names: ["General"])]).roles.isEmpty)
    }

    @Test func roleOfAnOwnerPhraseBeforeTheName() throws {
        // wikinews-2015-08-02-italy-religious-school-taxes (old held-out set): the owner phrase ends in a common
        // noun, and a parenthesis may follow it.
        let text = "Also the president of the Lombardy region, Roberto Maroni, has reacted by proposing a law. The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the sentence \"dangerous\"."
        let entities = try EntityTestSupport.entities(text)
        let r = extract(text, entities)
        let maroni = try #require(entities.first { $0.name == "Roberto Maroni" })
        let president = try #require(r.roles[maroni.id]?.first)
        #expect(president.role == "president")
        #expect(president.of == "Lombardy")
        let galantino = try #require(entities.first { $0.name == "Nunzio Galantino" })
        #expect(r.roles[galantino.id]?.first?.role == "secretary general")
        // GUM_interview_chomsky: an owner that is an entity.
        let nato = "And the head of NATO, Hoop Scheffer, he has explained that NATO must change."
        let found = try EntityTestSupport.entities(nato)
        let hoop = try #require(found.first { $0.name == "Hoop Scheffer" })
        #expect(extract(nato, found).roles[hoop.id]?.first?.role == "head")
    }

    @Test func roleAfterARelativeWho() throws {
        // No sentence of the development texts has this form; the sentence is ours.
        let text = "Bill Gates, who is the chairman of Microsoft, spoke first. Ann Lee, who was a member of the board, left. José Ramón Balaguer, who is in Bolivia, spoke."
        let gates = S.entity("e1", .person, "Bill Gates", in: text, names: ["Bill Gates"])
        let ms = S.entity("e2", .organization, "Microsoft", in: text, names: ["Microsoft"])
        let lee = S.entity("e3", .person, "Ann Lee", in: text, names: ["Ann Lee"])
        let jose = S.entity("e4", .person, "José Ramón Balaguer", in: text, names: ["José Ramón Balaguer"])
        let r = extract(text, [gates, ms, lee, jose])
        #expect(r.roles["e1"]?.first?.role == "chairman")
        #expect(r.roles["e1"]?.first?.of == "Microsoft")
        #expect(r.roles["e3"]?.first?.role == "member")
        #expect(r.roles["e4"] == nil)
    }

    @Test func courtesyTitleInsideATitleRun() throws {
        // wikinews-2015-08-02-italy-religious-school-taxes (old held-out set).
        let text = "Undersecretary for Education Mr. Toccafondi says the schools are needed."
        let t = S.entity("e1", .person, "Toccafondi", in: text, names: ["Toccafondi"])
        #expect(extract(text, [t]).roles["e1"]?.map(\.role) == ["Undersecretary for Education"])
        let plain = "Mr. Toccafondi says so."
        #expect(extract(plain, [S.entity("e1", .person, "Toccafondi", in: plain, names: ["Toccafondi"])]).roles.isEmpty)
    }

    @Test func compoundEndingInAHead() throws {
        // wikinews-2016-09-07-fan-expo-canada (old held-out set).
        let text = "Atwood, a Booker Prize-winner, was there to launch her graphic novel Angel Catbird, with illustrator Johnnie Christmas."
        let atwood = S.entity("e1", .person, "Margaret Atwood", in: text, names: ["Atwood"])
        #expect(extract(text, [atwood]).roles["e1"]?.map(\.role) == ["Booker Prize-winner"])
    }

    @Test func roleReachingItsOrganisationThroughASecondOf() throws {
        // wikinews-2015-09-22-ahmed-mohamed-clock (development set), with the entities as they should be found.
        let text = "Executive director of the Dallas chapter of the Council on American - Islamic Relations Alia Salem said Mohamed wishes to use his newfound fame."
        let cair = S.entity("e1", .organization, "Council on American-Islamic Relations", in: text,
                            names: ["Council on American - Islamic Relations"])
        let salem = S.entity("e2", .person, "Alia Salem", in: text, names: ["Alia Salem"])
        let role = try #require(extract(text, [cair, salem]).roles["e2"]?.first)
        #expect(role.role == "Executive director")
        #expect(role.of == "Council on American-Islamic Relations")
        // A lowercase phrase with no comma before the name owns nothing: "the physician at the hostel where Galois
        // stayed" (GUM_bio_galois).
        let galois = "She was the daughter of the physician at the hostel where Galois stayed."
        #expect(extract(galois, [S.entity("e1", .person, "Évariste Galois", in: galois, names: ["Galois"])]).roles.isEmpty)
    }
}
