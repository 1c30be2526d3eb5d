import Foundation
import Testing
@testable import LedeCore

/// Timeline summaries, one class each, on sentences from the corpus and MEANTIME (the rules of
/// .tools/timeline-gold/README.md: a clause with subject and verb, no fragments, no furniture).
@Suite struct TimelineSummaryTests {
    func summaries(_ text: String, date: String? = nil) -> [String] {
        TimeFixtures.analyze(text, date: date).timeline.map { "\($0.date) \($0.summary)" }
    }

    @Test func aClauseJoinedByAConjunctionIsCutFromItsNeighbour() {
        // MEANTIME 100911: the date's clause after "and", not the start of the quotation.
        let s = summaries("Washington representative Norm Dicks said he too was \"shocked\", releasing a statement saying \"This decision is even more disappointing because the Air Force had previously favored the Boeing 767 tanker and we were prepared to move forward with the production of 100 tankers in 2003, before the process was halted.\"", date: "2008-03-01")
        #expect(s == ["2003 we were prepared to move forward with the production of 100 tankers"])
        let w = summaries("Boeing had initially agreed to lease 100 tankers, but in 2003 a scandal erupted when it emerged that Boeing executive Michael M. Sears arranged a job.", date: "2008-03-01")
        #expect(w == ["2003 a scandal erupted"])
    }

    @Test func anAppositionIsNoSubject() {
        let a = summaries("General Arthur Lichte, head of USAF's Mobility Command, said it is hoped the first aircraft can be tested in 2010 and in operation three years afterwards.", date: "2008-03-01")
        #expect(a == ["2010 Arthur Lichte said it is hoped the first aircraft can be tested"])
        let b = summaries("A test flight of the new Airbus A380 superjumbo, the largest passenger jet in the world, was delayed today after a superficial accident at Suvarnabhumi Airport.", date: "2007-09-01")
        #expect(b == ["2007-09-01 A test flight of the new Airbus A380 superjumbo was delayed"])
        let c = summaries("The automaker, in financial straits, has a June 1 deadline to finish a government restructuring plan.", date: "2009-05-28")
        #expect(c == ["2009-06-01 The automaker has a June 1 deadline to finish a government restructuring plan"])
    }

    @Test func aVerbFirstClauseSharesTheSubjectBeforeIt() {
        let s = summaries("General Motors recovered from their bankruptcy a year after the appointment of Akerson, and re-entered the stock market in November 2010.", date: "2013-12-10")
        #expect(s.contains("2010-11 General Motors re-entered the stock market"))
        let r = summaries("Mr Howard claims that the projects will secure the future of the \"iconic\" Ford Falcon, which has been built in Australia since 1960.", date: "2006-05-05")
        #expect(r == ["1960 the iconic Ford Falcon has been built in Australia"])
    }

    @Test func aDateTheClauseNeedsStaysInTheSummary() {
        #expect(summaries("GM has until the end of May to restructure its company to receive up to CA$ 7.5 billion.", date: "2009-04-03")
                == ["2009-05 GM has until the end of May to restructure its company"])
        #expect(summaries("Sunday was chosen as its date matches the aircraft's designation number.", date: "2007-07-09")
                == ["2007-07-08 Sunday was chosen as its date matches the aircraft's designation number"])
        #expect(summaries("Next year's competition is scheduled to take place in Mexico City.", date: "2017-07-21")
                == ["2018 Next year's competition is scheduled to take place in Mexico City"])
    }

    @Test func aSummaryIsNeverUnderThreeWords() {
        // "since it opened" alone is two words: the sentence, shortened at a word boundary.
        let s = summaries("It also demonstrates continuing problems at Suvarnabhumi airport, which has suffered various incidents since it opened last September.", date: "2007-09-01")
        #expect(s == ["2006-09 It also demonstrates continuing problems at Suvarnabhumi airport, which has suffered various incidents"])
        let t = summaries("With development of Microsoft's Internet Explorer 9 (IE9) browser almost complete, Microsoft announced on Friday that it is time for IE6 users to move away from the antiquated 10-year-old browser.", date: "2011-03-08")
        #expect(t == ["2011-03-04 Microsoft announced that it is time for IE6 users to move away"])
        for line in summaries("It remains the largest car manufacturer in the United States, posting sales figures of $152 billion in 2012. GM has until the end of May to restructure.", date: "2013-12-10") {
            #expect(line.split(separator: " ").count >= 4, "\(line)")
        }
    }

    @Test func aLongSubjectGivesWayToTheVerb() {
        let s = summaries("As a result of this announcement Chrysler's auto sales volume in Canada dropped 23% compared to March of 2008.", date: "2009-04-03")
        #expect(s == ["2008-03 Chrysler's auto sales volume in Canada dropped 23% compared"])
    }

    @Test func aSummaryEndsOnNoFunctionWordNorHedge() {
        let s = summaries("The current Falcon will need to serve the company until at least 2007 when the new model is anticipated.", date: "2006-05-05")
        #expect(s == ["2007 The current Falcon will need to serve the company"])
        let g = summaries("The United States's largest car manufacturer General Motors today named Mary Barra as its new chief executive.", date: "2013-12-10")
        #expect(g == ["2013-12-10 The United States's largest car manufacturer General Motors named Mary Barra"])
    }

    @Test func citationsCaptionsAndSourceSectionsGiveNoEvents() throws {
        let text = try TimeFixtures.corpus("wikinews-2006-08-06-castro-recovering.txt")
        let article = try #require(try Ingestor.articles(from: Data(text.utf8), source: "castro.txt", hint: "text").first)
        let timeline = Analyzer.analyze(article).timeline
        #expect(!timeline.contains { $0.summary.contains("Toronto Star") || $0.summary.contains("CNN\"") || $0.summary.contains("shrugs off") })
        // A citation line on its own, outside a "Sources" section.
        #expect(summaries("Associated Press. \"Fidel Castro getting stronger, reports say\" — CNN, August 5, 2006").isEmpty)

        let html = try TimeFixtures.corpus("wikinews-2015-09-12-mecca-crane-collapse.html")
        let page = try #require(try Ingestor.articles(from: Data(html.utf8), source: "mecca.html", hint: "html").first)
        #expect(page.blocks.contains { $0.kind == .caption })
        #expect(!Analyzer.analyze(page).timeline.contains { $0.date == "2008" })
    }

    @Test func todayInsideAQuotationIsNoEvent() {
        let s = summaries("She said in a statement: \"With an amazing portfolio of cars and trucks, this is an exciting time at today's GM.\"", date: "2013-12-10")
        #expect(s.isEmpty)
        let m = summaries("Chavez said of the Cuban leader \"this morning I learned that he's very well, that he is already getting out of bed.\"", date: "2006-08-06")
        #expect(m.isEmpty)
        // Outside a quotation "today" is the day of the news.
        #expect(summaries("International car company DaimlerChrysler announced today it would cut 13,000 jobs in North America.", date: "2007-02-14")
                == ["2007-02-14 International car company DaimlerChrysler announced"])
    }

    @Test func aRangeAndItsEndAreOneEvent() {
        let s = summaries("The first four aircraft will be assembled in Toulouse, France but by 2010-11 production of the remainder will be carried out at a facility in Mobile, Alabama.", date: "2008-03-01")
        #expect(s == ["2010 production of the remainder will be carried out at a facility in Mobile"])
        let b = TimeFixtures.analyze("Between March 10, 2016 and March 15, 2016, Unit 26165 appears to have sent approximately 90 spearphishing emails.").timeline
        #expect(b.map(\.date) == ["2016-03-10"])
        #expect(b.first?.end == "2016-03-15")
    }

    @Test func aDateThatBorrowsADatedClauseAddsNoEvent() {
        let s = summaries("As a result of Chrysler's restructuring announcement in Canada, GM's Canadian vehicle sales volume fell only 17.3% compared to 2008, an increase from the previous month.", date: "2009-04-03")
        #expect(s == ["2008 GM's Canadian vehicle sales volume fell only 17.3% compared"])
        // One clause per date: "a major facelift in 2002 and another in 2005, the Falcon's bodyshell dates back to 1998".
        let f = summaries("Despite being given a major facelift in 2002 and another in 2005, the Falcon's bodyshell dates back to 1998.", date: "2006-05-05")
        #expect(f.contains("1998 the Falcon's bodyshell dates back"))
        #expect(f.contains("2002 Despite being given a major facelift"))
    }

    @Test func aPronounSubjectMarksItsVerb() {
        let s = summaries("Yesterday Mohamed received VIP attention at Google headquarters in California — and tomorrow he plans to meet international dignitaries at the United Nations headquarters in New York.", date: "2015-09-22")
        #expect(s.contains("2015-09-23 he plans to meet international dignitaries at the United Nations headquarters"))
    }

    @Test func aScoreIsNoClauseBreakAndASentenceAdverbNoClause() {
        let s = summaries("Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0; Belgium defeated debutants Panama 3 – 0.", date: "2018-06-18")
        #expect(s.contains("2018-06-17 Sweden defeated South Korea 1 – 0"))
        let g = summaries("Specifically, on June 27, 2016, Guccifer 2.0 sent an email to the news outlet The Smoking Gun.")
        #expect(g == ["2016-06-27 Guccifer 2.0 sent an email to the news outlet The Smoking Gun"])
    }

    @Test func aLoneWordBeforeTheDateIsNoSummary() {
        #expect(summaries("Aretha Louise Franklin was born in Memphis, Tennessee on March 25, 1942.", date: "2018-08-18")
                == ["1942-03-25 Aretha Louise Franklin was born in Memphis Tennessee"])
        let s = summaries("US soul singer Aretha Franklin died in her Detroit, Michigan home on Thursday morning, her publicist stated.", date: "2018-08-18")
        #expect(s.count == 1 && s.allSatisfy { $0.split(separator: " ").count >= 4 })
        #expect(summaries("She won best R&B performance every year from then through 1975.", date: "2018-08-18")
                == ["1975 She won best R&B performance every year"])
    }

    @Test func earlierTodayInAQuotationIsNoEvent() {
        #expect(summaries("\"Someone emailed me earlier today talking about a tool a group's been using,\" he said.", date: "2008-01-20").isEmpty)
    }
}
