import Testing
@testable import LedeCore

/// Each family of time expressions, with sentences from the corpus (Tests/Fixtures/corpus) and the seed.
@Suite struct TimeTaggerTests {
    @Test func absoluteDatesInEveryCommonForm() {
        #expect(TimeFixtures.times("Halevi announced his resignation on January 21, 2025, citing lapses.")
            == ["January 21, 2025=2025-01-21"])
        #expect(TimeFixtures.times("He resigned on 21 January 2025 after the inquiry.") == ["21 January 2025=2025-01-21"])
        #expect(TimeFixtures.times("The report was filed on 2025-01-21 in Jerusalem.") == ["2025-01-21=2025-01-21"])
        #expect(TimeFixtures.times("The letter is dated 21/01/2025 and signed.") == ["21/01/2025=2025-01-21"])
        #expect(TimeFixtures.times("Friday, July 21, 2017") == ["Friday, July 21, 2017=2017-07-21"])
        #expect(TimeFixtures.times("It was signed on Jan. 21, 2025 in Doha.") == ["Jan. 21, 2025=2025-01-21"])
        #expect(TimeFixtures.times("Daniel Bernoulli was born on 8 February 1700 in Groningen.")
            == ["8 February 1700=1700-02-08"])
    }

    @Test func yearsMonthsAndDecades() {
        #expect(TimeFixtures.times("Halevi assumed command of the Israeli Defense Forces (IDF) in January 2023.")
            == ["January 2023=2023-01"])
        #expect(TimeFixtures.times("The crane collapse was the worst since 2008.") == ["2008=2008"])
        #expect(TimeFixtures.times("Prices rose sharply in the 1990s.") == ["the 1990s=199"])
        #expect(TimeFixtures.times("Over 2000 people attended.").isEmpty)
    }

    @Test func quartersAndHalvesOfAYear() {
        // Constructed in the style of business news.
        #expect(TimeFixtures.times("Revenue rose in the first quarter of 2024.") == ["the first quarter of 2024=2024-Q1"])
        #expect(TimeFixtures.times("In Q3 2023 it fell, and Q4 was flat.", date: "2025-01-15")
            == ["Q3 2023=2023-Q3", "Q4=2023-Q4"])
        #expect(TimeFixtures.times("The second half of the year was weak.", date: "2025-01-15")
            == ["The second half of the year=2025-H2"])
        #expect(TimeFixtures.times("Sales grew in the third quarter of this year.", date: "2025-01-15")
            == ["the third quarter of this year=2025-Q3"])
        #expect(TimeFixtures.times("At the start of 2025 the plan began.") == ["the start of 2025=2025"])
    }

    @Test func halvesAndQuartersOfAMatchAreNotDates() {
        // wikinews-2018-06-19-world-cup-day-five.txt
        #expect(TimeFixtures.times("The first half ended with 0 – 0 on the scoreboard.").isEmpty)
        #expect(TimeFixtures.times("In the second half, Hwang Hee-Chan was booked for a bad foul.").isEmpty)
        #expect(TimeFixtures.times("In the fourth quarter, the Bulls led by ten.").isEmpty)
    }

    @Test func dayMonthRuleFollowsTheArticle() {
        // Both readings possible: day first by default.
        #expect(TimeFixtures.times("Filed 03/04/2025 in court.") == ["03/04/2025=2025-04-03"])
        // Another date in the article can only be month first, so all are read month first.
        #expect(TimeFixtures.times("Filed 03/04/2025 in court. Heard 12/25/2025 again.")
            == ["03/04/2025=2025-03-04", "12/25/2025=2025-12-25"])
    }

    @Test func partialDatesTakeTheYearOfTheSameDayElsewhere() {
        let text = "Hamas attacked on October 7, 2023. The October 7 attack remains a defining moment."
        #expect(TimeFixtures.times(text, date: "2025-01-22") == ["October 7, 2023=2023-10-07", "October 7=2023-10-07"])
    }

    @Test func partialDatesTakeTheYearFromTheReferenceAndTense() {
        // From the defector article: past tense, month before the reference date.
        #expect(TimeFixtures.times("He was arrested on September 24 in Los Angeles.", date: "2010-10-09")
            == ["September 24=2010-09-24"])
        // Past tense, but the month and day would fall after the reference: the year before.
        #expect(TimeFixtures.times("The festival was held on December 11.", date: "2015-05-07")
            == ["December 11=2014-12-11"])
        // Future tense: the next one.
        #expect(TimeFixtures.times("The court will rule on February 6.", date: "2015-05-07")
            == ["February 6=2016-02-06"])
    }

    @Test func partialDatesInAStoryAboutAnotherYear() {
        #expect(TimeFixtures.times("In 1831 Darwin sailed from Plymouth. On July 14 the ship reached Brazil.", date: "2004-08-14")
            == ["1831=1831", "July 14=1831-07-14"])
        #expect(TimeFixtures.times("The riots began in September of 1976.") == ["September of 1976=1976-09"])
        // A scheduled event: "is to be held" is future, so the dates stay in the reference year (flag article).
        #expect(TimeFixtures.times("The first referendum is to be held from November 20 to December 11.", date: "2015-05-07")
            == ["November 20=2015-11-20", "December 11=2015-12-11"])
    }

    @Test func weekdaysAgainstTheReferenceDate() {
        // afghan robotics team, reference Tuesday 2017-07-18.
        #expect(TimeFixtures.times("A group of Afghan teenagers was awarded a silver medal on Tuesday.", date: "2017-07-18")
            == ["Tuesday=2017-07-18"])
        #expect(TimeFixtures.times("On Friday, fishermen rescued over 700 asylum seekers.", date: "2015-05-18")
            == ["Friday=2015-05-15"])
        #expect(TimeFixtures.times("The ministers will meet on Friday.", date: "2015-05-18") == ["Friday=2015-05-22"])
    }

    @Test func relativeExpressions() {
        let ref = "2017-07-18"
        #expect(TimeFixtures.times("The team had been denied visas until last week.", date: ref) == ["last week=2017-W28"])
        #expect(TimeFixtures.times("Yesterday Mohamed received VIP attention.", date: "2015-09-22")
            == ["Yesterday=2015-09-21"])
        #expect(TimeFixtures.times("Seventeen years ago, the country banned girls from school.", date: ref)
            == ["Seventeen years ago=2000"])
        #expect(TimeFixtures.times("This year the competition drew 160 teams.", date: ref) == ["This year=2017"])
        #expect(TimeFixtures.times("Next year the event moves to Mexico.", date: ref) == ["Next year=2018"])
        #expect(TimeFixtures.times("The site went down two days ago.", date: ref) == ["two days ago=2017-07-16"])
        #expect(TimeFixtures.times("Prices rose earlier this month.", date: ref) == ["earlier this month=2017-07"])
        #expect(TimeFixtures.times("The attack began 24 hours ago.", date: "2008-01-20") == ["24 hours ago=2008-01-19"])
    }

    @Test func anaphoricDates() {
        let text = """
            Halevi announced his resignation on January 21, 2025. The October 7, 2023 attack was a failure. \
            On that day, Hamas fighters launched an assault. On the same day as his resignation, Israel launched \
            an operation in Jenin. The following day, talks resumed.
            """
        #expect(TimeFixtures.times(text) == [
            "January 21, 2025=2025-01-21", "October 7, 2023=2023-10-07", "that day=2023-10-07",
            "the same day=2025-01-21", "The following day=2025-01-22",
        ])
    }

    @Test func timesOfDay() {
        #expect(TimeFixtures.times("The polls closed at 3 p.m. on Sunday.", date: "2016-09-09")
            == ["3 p.m.=2016-09-04T15:00", "Sunday=2016-09-04"])
        #expect(TimeFixtures.times("The launch is at 15:30 GMT.", date: "2011-04-13") == ["15:30 GMT=2011-04-13T15:30Z"])
    }

    @Test func durations() {
        #expect(TimeFixtures.times("The ceasefire is intended to last six weeks.") == ["six weeks=P6W"])
        #expect(TimeFixtures.times("He intended to serve a full three-year term.") == ["three-year=P3Y"])
        #expect(TimeFixtures.times("The site was down for 48 hours.") == ["48 hours=PT48H"])
        #expect(TimeFixtures.times("Ahmed Mohamed, a 14-year-old boy from Irving, was arrested.").isEmpty)
    }

    @Test func setsAndFuzzyReferences() {
        #expect(TimeFixtures.times("The festival is held every year.") == ["every year=P1Y"])
        #expect(TimeFixtures.times("Holt has played each season since.") == ["each season=P3M"])
        #expect(TimeFixtures.times("Jenin has seen repeated incursions in recent years.") == ["recent years=PAST_REF"])
        #expect(TimeFixtures.times("The coming months will be critical.") == ["The coming months=FUTURE_REF"])
        #expect(TimeFixtures.times("The clock is now on display.") == ["now=PRESENT_REF"])
    }
}
