import Testing
@testable import LedeCore

@Suite struct FactQuantityTests {
    private func only(_ text: String, times: [TimeExpression] = []) -> Fact? {
        let f = FactTestSupport.facts(text, times: times)
        return f.count == 1 ? f[0] : nil
    }

    @Test func hedgedCountWithNominalAction() throws {
        let text = "In his resignation letter, Halevi explicitly acknowledged that his leadership had not been enough to prevent the massacre of over 1,200 civilians, as well as the abduction of more than 250 people, many of whom remain hostages in Gaza."
        let f = FactTestSupport.facts(text)
        try #require(f.count == 2)
        #expect(f[0].value == 1200)
        #expect(f[0].approx == "over")
        #expect(f[0].what == "civilians")
        #expect(f[0].action == "massacred")
        #expect(FactTestSupport.text(f[0], in: text) == "over 1,200 civilians")
        #expect(f[1].value == 250)
        #expect(f[1].approx == "more than")
        #expect(f[1].what == "people")
        #expect(f[1].action == "abducted")
    }

    @Test func numberWordsAndMoreOfTheSame() throws {
        let text = "The latest military action, which has been met with significant Palestinian resistance, has already claimed the lives of at least six Palestinians and injured 35 more, according to the Palestinian Health Ministry."
        let f = FactTestSupport.facts(text)
        try #require(f.count == 2)
        #expect(f[0].value == 6)
        #expect(f[0].approx == "at least")
        #expect(f[0].what == "Palestinians")
        #expect(f[0].action == "killed")
        #expect(f[1].value == 35)
        #expect(f[1].approx == nil)
        #expect(f[1].what == "Palestinians")
        #expect(f[1].action == "injured")
    }

    @Test func actionsAfterTheNounAcrossAnAside() throws {
        let text = "Approximately 1,200 Israelis, most of whom were civilians, lost their lives in the assault, and 250 people were taken hostage. As of January 2025, more than 90 hostages are still being held in Gaza, many in dire conditions, with reports suggesting that a third of them may already be dead."
        let f = FactTestSupport.facts(text)
        try #require(f.count == 4)
        #expect(f[0].value == 1200 && f[0].approx == "approximately" && f[0].what == "Israelis" && f[0].action == "killed")
        #expect(f[1].value == 250 && f[1].what == "people" && f[1].action == "taken hostage")
        #expect(f[2].value == 90 && f[2].approx == "more than" && f[2].what == "hostages" && f[2].action == "held")
        #expect(f[3].value == 0.333 && f[3].what == "hostages")
    }

    @Test func vagueCount() throws {
        let text = "The ongoing military operations and airstrikes have caused widespread destruction in Gaza, displacing hundreds of thousands of people and exacerbating the humanitarian crisis."
        let f = try #require(only(text))
        #expect(f.value == 100_000)
        #expect(f.approx == "at least")
        #expect(f.what == "people")
        #expect(f.action == "displaced")
    }

    @Test func asylumSeekersRescued() throws {
        let text = "On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the Indonesian Navy reportedly saved 200 more after they were found swimming along the coast of Aceh, Indonesia."
        let f = FactTestSupport.facts(text)
        try #require(f.count == 2)
        #expect(f[0].value == 700 && f[0].what == "asylum seekers" && f[0].action == "rescued")
        #expect(f[1].value == 200 && f[1].what == "asylum seekers" && f[1].action == "rescued")
    }

    @Test func craneCollapseCasualties() throws {
        let text = "A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 or more and wounding 238, according to Saudi Arabia's Civil Defense Authority."
        let f = FactTestSupport.facts(text)
        try #require(f.count == 2)
        #expect(f[0].value == 107 && f[0].action == "killed")
        #expect(f[1].value == 238 && f[1].action == "injured")
    }

    @Test func votesAndTurnoutPercent() throws {
        let text = "The election was held on Sunday, with a record-breaking turnout of around 2 million voters and turnout rate of 58%. Eddie Chu was elected with 84,121 votes, the most given to any list in the geographical constituencies."
        let f = FactTestSupport.facts(text)
        try #require(f.count == 3)
        #expect(f[0].value == 2_000_000 && f[0].approx == "around" && f[0].what == "voters")
        #expect(f[1].value == 58 && f[1].unit == "percent")
        #expect(f[2].value == 84121 && f[2].what == "votes" && f[2].action == "elected")
    }

    @Test func moneyWithCurrencies() throws {
        let euros = try #require(only("The case on which the Court has ruled was of the religious schools Santo Spirito and Immacolata in Livorno, Tuscany, to pay over 422,000 euros in arrears."))
        #expect(euros.value == 422_000 && euros.unit == "EUR" && euros.approx == "over")
        let bail = try #require(only("He was released on US$ 20,000 bail on Thursday."))
        #expect(bail.value == 20_000 && bail.unit == "USD")
        let reward = try #require(only("WikiLeaks has decided to issue a US$20k reward for information."))
        #expect(reward.value == 20_000 && reward.unit == "USD")
        let big = try #require(only("The package is worth $40 billion over ten years."))
        #expect(big.value == 40e9 && big.unit == "USD")
        let pounds = try #require(only("The club paid £2.5 million for the striker."))
        #expect(pounds.value == 2_500_000 && pounds.unit == "GBP")
    }

    @Test func percentagesAndMeasures() throws {
        #expect(only("Turnout reached 90 percent in the north.")?.unit == "percent")
        #expect(only("Turnout reached 90 per cent in the north.")?.unit == "percent")
        let km = try #require(only("The fire spread 25 km along the coast."))
        #expect(km.value == 25 && km.unit == "km")
        #expect(only("The fire spread 25km along the coast.")?.unit == "km")
    }

    @Test func matchScores() throws {
        let text = "Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0; Belgium defeated debutants Panama 3 – 0; and Tunisia lost 1 – 2 to England, with a late goal from English captain Harry Kane."
        let f = FactTestSupport.facts(text)
        #expect(f.map(\.score) == ["1 – 0", "3 – 0", "1 – 2"])
        #expect(f.first?.action == "defeated")
        let vote = try #require(only("The Senate voted 74–25 to pass the measure."))
        #expect(vote.score == "74–25" && vote.value == 74 && vote.action == "voted")
        #expect(only("England came back to win 2-1.")?.score == "2-1")
    }

    @Test func yearsAndDatesAreNotQuantities() {
        #expect(FactTestSupport.facts("Halevi announced his resignation on January 21, 2025, citing lapses.").isEmpty)
        #expect(FactTestSupport.facts("The October 7 attack remains a defining moment.").isEmpty)
        #expect(FactTestSupport.facts("She sang at Barack Obama's 2009 inauguration as President.").isEmpty)
        #expect(FactTestSupport.facts("The family settled in Detroit around 1946.").isEmpty)
        #expect(FactTestSupport.facts("Sweden won its first opening match since 1958.").isEmpty)
        #expect(FactTestSupport.facts("The ceasefire began on 18 January and the talks on 2025-01-21.").isEmpty)
        #expect(FactTestSupport.facts("Franklin died at about 9:50 am local time.").isEmpty)
        #expect(FactTestSupport.facts("The polls closed at 10 p.m. on Sunday.").isEmpty)
        #expect(FactTestSupport.facts("The ceasefire is intended to last six weeks.").isEmpty)
        #expect(FactTestSupport.facts("In the 20th minute, Marcus Berg missed a chance.").isEmpty)
        #expect(FactTestSupport.facts("Singer Aretha Franklin dies aged 76.").isEmpty)
        #expect(FactTestSupport.facts("See Section 3 and footnote [12] for the 1990s figures.").isEmpty)
        #expect(FactTestSupport.facts("Netyksho Indictment ¶¶ 41–42.").isEmpty)
        #expect(FactTestSupport.facts("See the report at pp. 27–29.").isEmpty)
        #expect(FactTestSupport.facts("Call 555-123-4567 or (02) 9876 5432 for details.").isEmpty)
        #expect(FactTestSupport.facts("It was one of the most devastating episodes.").isEmpty)
        #expect(FactTestSupport.facts("Microsoft launched the Internet Explorer 6 Countdown website.").isEmpty)
        #expect(!FactTestSupport.facts("In 2015 about 2000 people fled the town.").isEmpty)
    }

    @Test func numbersInsideTimeExpressionsAreSkipped() {
        // The time tagger owns whatever it tagged, even where the numbers look like counts.
        let text = "Hamas freed six hostages in the first week."
        #expect(FactTestSupport.facts(text).count == 1)
        let time = TimeExpression(range: TextRange(12, 15), text: "six", type: .duration, value: "P6W")
        #expect(FactTestSupport.facts(text, times: [time]).isEmpty)
    }

    @Test func entitiesOverlappingTheFact() throws {
        let text = "According to the Palestinian Health Ministry, over 47,000 Palestinians have been killed in Gaza."
        let group = FactTestSupport.entity("e2", .group, "Palestinians", in: text, names: ["Palestinians"])
        let gaza = FactTestSupport.entity("e3", .place, "Gaza", in: text, names: ["Gaza"])
        let f = try #require(FactTestSupport.facts(text, entities: [group, gaza]).first)
        #expect(f.value == 47_000 && f.action == "killed")
        #expect(f.entities == ["e2"])
        #expect(f.sentence == TextRange(0, text.unicodeScalars.count))
    }

    @Test func hedgesAfterTheNumberAndNumberWordsWithAHedge() throws {
        // wikinews-2015-09-12-mecca-crane-collapse.html
        let text = "A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 or more and wounding 238."
        let f = FactTestSupport.facts(text)
        try #require(f.count == 2)
        #expect(f[0].value == 107 && f[0].approx == "at least" && f[0].action == "killed")
        #expect(FactTestSupport.text(f[0], in: text) == "107 or more")
        #expect(f[1].value == 238 && f[1].approx == nil && f[1].action == "injured")
        let toll = try #require(only("I think the death toll would have been more than a thousand."))
        #expect(toll.value == 1000 && toll.approx == "more than")
        // wikinews-2006-03-27-greek-court-worship-ruling.txt
        let church = try #require(only("The Greek Orthodox Church estimates that number is closer to 40,000."))
        #expect(church.value == 40_000 && church.approx == "closer to")
        // A number in words with neither hedge nor noun stays out.
        #expect(FactTestSupport.facts("The children counted to a thousand.").isEmpty)
    }

    @Test func firingIsAnActionAndALoneOneIsNoCount() throws {
        // wikinews-2015-08-21-north-korea-quasi-state-of-war.txt
        let text = "They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd pretext that the KPA fired one shell at the south side."
        let f = FactTestSupport.facts(text)
        try #require(f.count == 2)
        #expect(f[0].value == 36 && f[0].what == "shells" && f[0].action == "fired")
        #expect(f[1].value == 1 && f[1].what == "shell" && f[1].action == "fired")
        // wikinews-2015-05-18-asylum-seekers-rescued-indonesia.txt
        #expect(FactTestSupport.facts("One Rohingya, Muhammad Amin, the first boat rescued on Friday was turned around twice.").isEmpty)
    }

    @Test func numberWordsWithAUnitOrAnAction() throws {
        // GUM_news_ie9 (wikinews-2011-03-08-microsoft-ie6-countdown.md)
        let pct = try #require(only("Its goal is to decrease IE6 users to less than one percent."))
        #expect(pct.value == 1 && pct.unit == "percent" && pct.approx == "less than")
        // GUM_news_nasa
        let six = try #require(only("Space Shuttle Challenger was lost when it exploded shortly after liftoff, killing all six aboard."))
        #expect(six.value == 6 && six.action == "killed" && six.what == nil)
        // Without a noun, unit, hedge or action a number word is no fact.
        #expect(FactTestSupport.facts("Afghanistan is not one of the nations covered, and the other six stayed home.").isEmpty)
    }
}
