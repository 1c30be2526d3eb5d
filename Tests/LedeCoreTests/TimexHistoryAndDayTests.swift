import Testing
@testable import LedeCore

/// The rules that carry the tagger past the news dev set: times of day on the day written after them, quarters
/// and seasons that take their year as months do, and the years, eras and centuries of older history. The
/// sentences are from the GUM training documents (../shared/gold/gum-train.jsonl) and the corpus.
@Suite struct TimexHistoryAndDayTests {
    @Test func aTimeOfDayTakesTheDayWrittenAfterIt() {
        // Written right against the time, the day is part of one expression (TempEval-3, MEANTIME).
        // wikinews-2016-09-09-hong-kong-legco-election.md
        let text = """
            At a polling station in Taikoo of the Hong Kong Island constituency, after the polls closed at 22:30, \
            with the long queues outside the station the last ballot there was cast at 2:30 the next day, four \
            hours after the last person was allowed to join the queue.
            """
        #expect(TimeFixtures.times(text, date: "2016-09-09")
            == ["22:30=2016-09-09T22:30", "2:30 the next day=2016-09-10T02:30", "four hours=PT4H"])
        // A day written before the time still counts ("Friday at 10 p.m."), and a day after a comma does too.
        #expect(TimeFixtures.times("The shooting happened at 10:30 p.m., Friday, police said.", date: "2015-05-18")
            == ["10:30 p.m.=2015-05-15T22:30", "Friday=2015-05-15"])
    }

    @Test func oneDigitOrdinalDays() {
        // "7th" is one word token (a letter follows its only digit), and was once missed.
        #expect(TimeFixtures.times("Hamas launched its attack on October 7th.", date: "2025-01-22")
            == ["October 7th=2024-10-07"])
        #expect(TimeFixtures.times("They met on 5th March.", date: "2025-06-11") == ["5th March=2025-03-05"])
        #expect(TimeFixtures.times("It was the 5th of March.", date: "2025-06-11") == ["5th of March=2025-03-05"])
        #expect(TimeFixtures.times("The 1st and 2nd Battalions left.").isEmpty)
    }

    @Test func britishAndWireClockTimes() {
        // Constructed in the style of British and wire copy (none in the corpus).
        #expect(TimeFixtures.times("The meeting ended at 9.30am.", date: "2025-06-11") == ["9.30am=2025-06-11T09:30"])
        #expect(TimeFixtures.times("The blast came at 11am local time (0800 GMT).", date: "2025-06-11")
            == ["11am=2025-06-11T11:00", "0800 GMT=2025-06-11T08:00Z"])
        #expect(TimeFixtures.times("Voting closes at noon ET.", date: "2025-06-11") == ["noon ET=2025-06-11T12:00"])
        #expect(TimeFixtures.times("The rate rose 3.5 percent to 2.15.").isEmpty)
    }

    @Test func yearsNamedBySeasonsAndVerbs() {
        // GUM_bio_holt, GUM_bio_nida
        #expect(TimeFixtures.times("Holt opened 2012 with Altoona and later joined Triple-A Indianapolis Indians.")
            .first == "2012=2012")
        #expect(TimeFixtures.times("Holt started the 2013 season with the Triple-A Pawtucket Red Sox.")
            == ["2013=2013"])
        #expect(TimeFixtures.times("He studied there in 1939. In that same year he became interim pastor.")
            == ["1939=1939", "that same year=1939"])
        #expect(TimeFixtures.times("It is a 2000 year old tradition.").isEmpty)
    }

    @Test func holidaysAreDays() {
        // Constructed (the corpus and gold hold no holiday used as a date).
        #expect(TimeFixtures.times("Protesters gathered on Good Friday and again on Easter Monday.", date: "2025-03-11")
            == ["Good Friday=2024-03-29", "Easter Monday=2024-04-01"])
        #expect(TimeFixtures.times("He was born on Christmas Eve 1950.") == ["Christmas Eve 1950=1950-12-24"])
        #expect(TimeFixtures.times("Talks stalled before Christmas.", date: "2025-03-11") == ["Christmas=2024-12-25"])
        #expect(TimeFixtures.times("Families will meet over Thanksgiving.", date: "2025-03-11")
            == ["Thanksgiving=2025-11-27"])
        #expect(TimeFixtures.times("The party ran until New Year's Eve.", date: "2025-03-11")
            == ["New Year's Eve=2024-12-31"])
        #expect(Holiday.easterSunday(2000).iso == "2000-04-23")
        #expect(Holiday.easterSunday(2025).iso == "2025-04-20")
    }

    @Test func holidayNamesThatAreNotDates() {
        // GUM_news_expo, GUM_news_lanterns, GUM_bio_padalecki
        #expect(TimeFixtures.times("Margaret Atwood launched her graphic novel Angel Catbird, with illustrator Johnnie Christmas.")
            .isEmpty)
        #expect(TimeFixtures.times("The festival marks the end of the Chinese New Year celebrations.").isEmpty)
        #expect(TimeFixtures.times("He had the lead role in 2008's The Christmas Cottage as Thomas Kinkade.")
            == ["2008=2008"])
        #expect(TimeFixtures.times("It is a good idea to visit Easter Island.").isEmpty)
    }

    @Test func aPairOfMonthsSharesTheYearAtItsEnd() {
        // GUM_bio_chao
        #expect(TimeFixtures.times(
            "He visited China again between May and June in 1981 after his wife died in March the same year.",
            date: "2019-07-20")
            == ["May=1981-05", "June=1981-06", "1981=1981", "March=1981-03", "the same year=1981"])
    }

    @Test func habitualWeekdaysAreSets() {
        // GUM_interview_onion, GUM_voyage_york, GUM_bio_marbles
        #expect(TimeFixtures.times("We whittle that down on a Monday to about a hundred.", date: "2007-11-25")
            == ["Monday=XXXX-WXX-1"])
        #expect(TimeFixtures.times("Traffic can get very bad, especially during the rush hours and on Saturday mornings.")
            == ["Saturday=XXXX-WXX-6"])
        #expect(TimeFixtures.times("She uploads a new video to her YouTube channel every Wednesday/Thursday.")
            == ["every Wednesday=XXXX-WXX-3", "Thursday=XXXX-WXX-4"])
    }

    @Test func oldNumbersBeforeMeasuresAreCounts() {
        // GUM_voyage_phoenix, GUM_interview_herrick, GUM_bio_gordon, GUM_bio_bernoulli
        #expect(TimeFixtures.times("At an elevation of 1100 ft (335 m), it is situated in the Sonoran Desert.").isEmpty)
        #expect(TimeFixtures.times("The English wikiHow has only 60 admins, compared to the 1000 + on English Wikipedia.")
            .isEmpty)
        #expect(TimeFixtures.times("In 1500 soldiers marched.").isEmpty)
        #expect(TimeFixtures.times("After journeying on foot, in 1655 he enlisted at Hamburg.") == ["1655=1655"])
        #expect(TimeFixtures.times("A temporary illness in 1733 gave him an excuse for leaving.") == ["1733=1733"])
    }

    @Test func aTimeAloneTakesTheDayOfTheStory() {
        // wikinews-2018-08-18-aretha-franklin-dies.txt (lines 4 and 8, the caption between left out)
        let text = """
            US soul singer Aretha Franklin died in her Detroit, Michigan home on Thursday morning, her publicist             Gwendolyn Quinn stated on behalf of the family.

            Per the statement, Franklin died at about 9:50 am local time, "surrounded by family and loved ones."
            """
        #expect(TimeFixtures.times(text, date: "2018-08-18") == ["Thursday=2018-08-16", "9:50 am=2018-08-16T09:50"])
    }

    @Test func aMonthOfLastOrNextYear() {
        // wikinews-2018-08-18-aretha-franklin-dies.txt
        let text = """
            Her last public performance was in November of last year, at an Elton John AIDS Foundation event in New             York City. As of June last year, according to Billboard, she was working on an album.
            """
        #expect(TimeFixtures.times(text, date: "2018-08-18") == ["November of last year=2017-11", "June last year=2017-06"])
        #expect(TimeFixtures.times("The vote is set for January next year.", date: "2018-08-18")
            == ["January next year=2019-01"])
    }

    @Test func earlyAndLateWeekdays() {
        // Constructed in the style of wire copy: the modifier is part of the expression, as in "early 2025".
        #expect(TimeFixtures.times("The attack happened late Tuesday, officials said.", date: "2025-06-11")
            == ["late Tuesday=2025-06-10"])
        #expect(TimeFixtures.times("Officials met early Wednesday.", date: "2025-06-11") == ["early Wednesday=2025-06-11"])
    }

    @Test func todayMeaningTheseDays() {
        // GUM_bio_bernoulli, GUM_bio_enfant: not the day of writing, so no timeline event on it.
        #expect(TimeFixtures.times("An Italian doctor discovered a less painful method which is still in use today.",
                                   date: "2002-03-30") == ["today=PRESENT_REF"])
        #expect(TimeFixtures.times("He drew a plan for Washington, D.C., known today as the L'Enfant Plan.",
                                   date: "2003-11-08") == ["today=PRESENT_REF"])
        // wikinews-2018-06-19-world-cup-day-five.txt style: the day itself.
        #expect(TimeFixtures.times("The team trained today in Volgograd.", date: "2018-06-18") == ["today=2018-06-18"])
    }

    @Test func aBareQuarterFollowsTheTenseAndTheSentence() {
        // Constructed in the style of business news (no quarter codes in the corpus).
        #expect(TimeFixtures.times("Revenue fell in Q4.", date: "2025-01-15") == ["Q4=2024-Q4"])
        #expect(TimeFixtures.times("Revenue will rise in Q4.", date: "2025-01-15") == ["Q4=2025-Q4"])
        #expect(TimeFixtures.times("Revenue will rise in Q2.", date: "2025-06-10") == ["Q2=2025-Q2"])
    }

    @Test func oldYearsInParenthesesRangesAndEras() {
        // GUM_bio_enfant, GUM_bio_bernoulli, GUM_bio_jerome, GUM_voyage_athens, GUM_bio_dvorak
        #expect(TimeFixtures.times("He was the third child and second son of Pierre L'Enfant (1704 – 1787), a painter.")
            == ["1704=1704", "1787=1787"])
        #expect(TimeFixtures.times("Frontpage of Hydrodynamica (1738)") == ["1738=1738"])
        #expect(TimeFixtures.times("Eusebius Sophronius Hieronymus was born at Stridon around 347 AD.")
            == ["347 AD=0347"])
        #expect(TimeFixtures.times("The first pre-historic settlements was constructed in 3000 BC around the hill of Acropolis.")
            == ["3000 BC=-3000"])
        #expect(TimeFixtures.times("Started in AD 842, this is the first Islamic building to adopt the four-courtyard plan.")
            == ["AD 842=0842"])
        #expect(TimeFixtures.times("Jerome (c. 347 – 30 September 420) was a Latin Catholic priest.").first == "347=0347")
        #expect(TimeFixtures.times("In 1890 – 91, he wrote his Dumky Trio.") == ["1890=1890", "91=1891"])
    }

    @Test func countsAndCodesStayCounts() {
        // GUM_academic_enjambment: "ca." before a count of things; an era word only in capitals.
        #expect(TimeFixtures.times("It is a corpus of approx. 3750 sonnets by ca. 1000 authors.").isEmpty)
        #expect(TimeFixtures.times("The ad ran 300 times.").isEmpty)
        #expect(TimeFixtures.times("We paid 300 ad agencies.").isEmpty)
        // A number opening a text is no year either (and reading the token before it must not fail).
        #expect(TimeFixtures.times("91 people came.").isEmpty)
    }

    @Test func centuriesWithoutTheArticle() {
        // GUM_academic_art, GUM_voyage_lodz, GUM_voyage_merida
        #expect(TimeFixtures.times("This paper describes a pilot project on a unique collection of 17th Century Zurbarán paintings.")
            == ["17th Century=16"])
        #expect(TimeFixtures.times("The city has an impressive collection of industrial 19th-century architecture.")
            == ["19th-century=18"])
        #expect(TimeFixtures.times("It was a sleepy provincial capital until development picked back up in the late 20th century.")
            == ["the late 20th century=19"])
    }

    @Test func seasonsNamedAlone() {
        // mueller-report-vol1-sec3-russian-hacking-and-dumping.md: a pair shares the year written at its end.
        #expect(TimeFixtures.times("The Trump Campaign showed interest in the releases and, in the summer and fall of 2016, made plans.")
            == ["summer=2016-SU", "fall of 2016=2016-FA"])
        // A season after a preposition takes its year as a month would: past tense, not after the reference.
        #expect(TimeFixtures.times("The islands were busy during the winter.", date: "2025-02-10") == ["winter=2024-WI"])
        // GUM_bio_nida, GUM_voyage_athens: a name, and a season spoken of in general.
        #expect(TimeFixtures.times("He joined a related organization to the Summer Institute of Linguistics.").isEmpty)
        #expect(TimeFixtures.times("Winter is definitely low season.").isEmpty)
    }
}
