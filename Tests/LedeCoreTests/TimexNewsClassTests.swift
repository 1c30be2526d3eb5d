import Foundation
import Testing
@testable import LedeCore

/// The date classes of TimeML news (issue 12), one test each, on sentences from MEANTIME (meantime-dev.jsonl,
/// with each article's creation date) and the corpus. Values are TempEval-3's.
@Suite struct TimexNewsClassTests {
    func values(_ text: String, _ date: String) -> [String] { TimeFixtures.times(text, date: date) }

    @Test func quartersFiscalYearsAndHalves() {
        #expect(values("United States automobile company General Motors announced it has lost US$ 6 billion in the first quarter of 2009, amidst heavy declines in revenue.", "2009-05-07")
                .contains("the first quarter of 2009=2009-Q1"))
        #expect(values("In the first quarter of last year, GM had reported a loss of $381 million, or $0.67 per share.", "2009-05-07")
                == ["the first quarter of last year=2008-Q1"])
        #expect(values("In the meantime, it will face stiff competition from the completely new Holden Commodore which will be released in the second half of this year.", "2006-05-05")
                == ["the second half of this year=2006-H2"])
        #expect(values("GM expects a profit in fiscal 2010.", "2009-03-01") == ["fiscal 2010=FY2010"])
    }

    @Test func yearsAsModifiers() {
        #expect(values("Ford will rename the Ford Five Hundred to the Taurus for the 2008 model year, when a facelifted model is introduced.", "2007-02-09")
                == ["2008=2008"])
        #expect(values("The company was in possession of documentation from Lockheed Martin, Boeing's rival during the 1998 evolved expendable launch vehicle source selection process.", "2005-03-06")
                == ["1998=1998"])
        #expect(values("Since its 1967 debut 5,700 737s have been delivered.", "2008-05-24").contains("1967=1967"))
    }

    @Test func utcAndGMTTimesEndInZ() {
        #expect(values("Boeing's newest commercial aircraft, the 787 \"Dreamliner\", made its first test flight Tuesday in Everett, Washington at 18:00 UTC.", "2009-12-16")
                == ["Tuesday=2009-12-15", "18:00 UTC=2009-12-15T18:00Z"])
        #expect(values("The take-off, at 08:30 UTC, was apparently normal and took place exactly on time.", "2005-04-27")
                == ["08:30 UTC=2005-04-27T08:30Z"])
    }

    @Test func comingDatesAreInTheFuture() {
        // Written in November 2005: November 17 is still to come.
        #expect(values("The Malaysia visit will be rescheduled for November 17, occurring during the return flight to France.", "2005-11-05")
                == ["November 17=2005-11-17"])
        #expect(values("First flight is scheduled in early March.", "2005-02-17") == ["early March=2005-03"])
        // "until Friday" is the coming Friday.
        #expect(values("The plant will be closed until Friday.", "2009-03-01") == ["Friday=2009-03-06"])
        // A month alone in a past sentence is the one before.
        #expect(values("Congressional lawmakers rejected the proposal in October.", "2004-11-24") == ["October=2004-10"])
    }

    @Test func agoAndLaterCountFromTheRightTime() {
        #expect(values("The announcement, which had already been issued to airlines two weeks ago, was made at a joint press conference.", "2007-12-20")
                == ["two weeks ago=2007-W49"])
        // "later" counts from the year the story speaks of, not from the day of publication.
        #expect(values("The planes are expected to start delivering in 2011 and end two years later.", "2009-06-18")
                == ["2011=2011", "two years later=2013"])
        let story = values("In 1945 the soldiers came home. Seven decades later, their children remember.", "2019-06-01")
        #expect(story == ["1945=1945", "Seven decades later=2015"])
    }

    @Test func aMonthAloneTakesTheYearOfItsAnchor() {
        #expect(values("In 1831 Darwin sailed from Plymouth. In December he reached Brazil.", "2015-06-01")
                == ["1831=1831", "December=1831-12"])
        // A future tense rules the old anchor out: "plans to stand down on January 15" is the coming one.
        #expect(values("Akerson was appointed by the government in 2009. Akerson plans to stand down on January 15.", "2013-12-10")
                == ["2009=2009", "January 15=2014-01-15"])
        #expect(values("Sales of automobiles in the United States fell as much as 35% in January, compared to the same month a year ago.", "2009-02-03")
                == ["January=2009-01", "the same month a year ago=2008-01"])
    }

    @Test func numericDatesFollowTheSourcesOrder() {
        #expect(values("Sunday was chosen as its date matches the aircraft's designation number when written in the American format, 7/8/07.", "2007-07-09")
                .contains("7/8/07=2007-07-08"))
        // The article's long dates write the month first.
        #expect(values("Sales rose, the company said on March 2, 2009. Deliveries resume on 4/5/2009.", "2009-03-01")
                == ["March 2, 2009=2009-03-02", "4/5/2009=2009-04-05"])
    }

    @Test func aNamedDayIsNoWeekday() {
        #expect(!values("Candidates campaigned hard before Super Tuesday.", "2008-02-06").contains { $0.hasPrefix("Tuesday=") })
    }

    @Test func aJapaneseTimeAloneIsOnTheStorysDay() throws {
        // Fukuda's resignation (ja.wikinews, 2008-09-01): "その後の21時30分に" is the evening of 1日, not of the
        // next day's sources.
        let text = try TimeFixtures.corpus("ja-wikinews-2008-09-01-fukuda-resignation.txt")
        let a = TimeFixtures.analyze(text)
        #expect(a.times.contains { $0.text == "21時30分" && $0.value == "2008-09-01T21:30" })
    }

    @Test func aSpanOfYearsIsAlsoADuration() {
        // MEANTIME 128016 (Aer Lingus): the span and both of its years.
        #expect(values("Under the agreement, Aer Lingus Group PLC said it will receive six new A330-300E aircraft from 2009 to 2011, then between 2014 and 2016 it will take delivery of six new A350 XWB aircraft.", "2009-06-18")
                == ["from 2009 to 2011=P2Y", "2009=2009", "2011=2011", "between 2014 and 2016=P2Y", "2014=2014", "2016=2016"])
        // One timeline entry per span, ending at its last year.
        let t = TimeFixtures.analyze("Prices rose from 2004 to 2009.").timeline
        #expect(t.map(\.date) == ["2004"] && t.first?.end == "2009")
    }
}

