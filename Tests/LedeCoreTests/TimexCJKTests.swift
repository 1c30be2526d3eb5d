import Testing
@testable import LedeCore

/// Chinese and Japanese time expressions. Japanese sentences are from the Wikinews article in
/// Tests/Fixtures/corpus/ja-wikinews-2008-09-01-fukuda-resignation.txt; Chinese ones are constructed (marked).
@Suite struct TimexCJKTests {
    static let fukuda = "ja-wikinews-2008-09-01-fukuda-resignation.txt"

    @Test func fullAndPartialDatesTakeTheirYear() {
        #expect(TimeFixtures.times("今年8月2日に内閣改造を行ったばかりで、2007年9月26日に就任してわずか1年足らずだった。", date: "2008-09-01")
                == ["今年8月2日=2008-08-02", "2007年9月26日=2007-09-26", "1年=P1Y"])
        // A month and day take their year as "September 26" does: here from the same day written in full before.
        #expect(TimeFixtures.times("2007年9月26日に就任した。福田首相は会見の冒頭に総理就任の9月26日から一年を自ら総括。", date: "2008-09-01")
                == ["2007年9月26日=2007-09-26", "9月26日=2007-09-26", "一年=P1Y"])
        #expect(TimeFixtures.times("総理大臣官邸、2008年9月1日(UTC+9)。", date: "2008-09-02") == ["2008年9月1日=2008-09-01"])
        // Constructed (Chinese): year and month, a year alone, full-width digits, kanji numerals, a decade.
        #expect(TimeFixtures.times("他在２００８年９月１日辞职。", date: "2008-09-05") == ["２００８年９月１日=2008-09-01"])
        #expect(TimeFixtures.times("该法于2015年3月通过，2016年生效。", date: "2020-01-01") == ["2015年3月=2015-03", "2016年=2016"])
        #expect(TimeFixtures.times("九月一日に発表した。", date: "2008-09-05") == ["九月一日=2008-09-01"])
        #expect(TimeFixtures.times("1990年代に始まった。", date: "2008-09-05") == ["1990年代=199"])
        #expect(TimeFixtures.times("平成20年9月1日に辞任した。", date: "2008-09-05") == ["平成20年9月1日=2008-09-01"])
        // Constructed: a year of an era's first year, a short year, a relative year with its month, a day of a
        // relative month written as a dateline, years after the last date.
        #expect(TimeFixtures.times("令和元年5月1日に即位した。08年に始まり、3年後に終わった。", date: "2020-06-10")
                == ["令和元年5月1日=2019-05-01", "08年=2008", "3年後=2011"])
        #expect(TimeFixtures.times("昨年12月と今月1日、会談した。", date: "2020-06-10")
                == ["昨年12月=2019-12", "今月=2020-06", "1日=2020-06-01"])
        // Kanji numbers that are not counts of time: "一日中" (all day), "十分" (enough), "一時" (for a while).
        #expect(TimeFixtures.times("一日中働いた。十分だ。一時停止した。24時間営業。", date: "2020-06-10") == ["24時間=PT24H"])
    }

    @Test func aDayAloneIsADateOnlyInADateline() {
        #expect(TimeFixtures.times("日本の福田首相は1日(UTC+9)、官邸で緊急記者会見を行い、自らの辞任を表明した。", date: "2008-09-02")
                == ["1日=2008-09-01"])
        // Constructed: the day after the reference day belongs to the month before.
        #expect(TimeFixtures.times("首相は30日、辞任を表明した。", date: "2008-09-02") == ["30日=2008-08-30"])
        // "1日" counting days is no date; "3日間" is a duration, "3日前" a date.
        #expect(TimeFixtures.times("1日に3回会見した。", date: "2008-09-02") == [])
        #expect(TimeFixtures.times("会議は3日間続いた。3日前に始まった。", date: "2008-09-02") == ["3日間=P3D", "3日前=2008-08-30"])
    }

    @Test func relativeWords() {
        #expect(TimeFixtures.times("それによると、「昨年と同じような政権投げ出し」と驚き", date: "2008-09-01") == ["昨年=2007"])
        #expect(TimeFixtures.times("今日、本日、昨日、明日、来年、先月、来週。", date: "2008-09-01")
                == ["今日=2008-09-01", "本日=2008-09-01", "昨日=2008-08-31", "明日=2008-09-02", "来年=2009",
                    "先月=2008-08", "来週=2008-W37"])
        // Constructed (Chinese).
        #expect(TimeFixtures.times("他今天说，去年和上个月的数据都不好，明年会更好。", date: "2008-09-01")
                == ["今天=2008-09-01", "去年=2007", "上个月=2008-08", "明年=2009"])
        #expect(TimeFixtures.times("我们下个月和下周再谈，昨天太忙。", date: "2008-09-01")
                == ["下个月=2008-10", "下周=2008-W37", "昨天=2008-08-31"])
    }

    @Test func timesOfDayAndDurations() {
        #expect(TimeFixtures.times("9月1日、その後の21時30分に内閣記者会との記者会見を行った。", date: "2008-09-02")
                == ["9月1日=2008-09-01", "21時30分=2008-09-01T21:30"])
        #expect(TimeFixtures.times("9月1日の午後9時30分に会見した。", date: "2008-09-02")
                == ["9月1日=2008-09-01", "午後9時30分=2008-09-01T21:30"])
        #expect(TimeFixtures.analyze("福田首相、辞意を表明-在任1年、改造後1ヶ月で", date: "2008-09-01").times.map(\.type)
                == [.duration, .duration])
        #expect(TimeFixtures.times("福田首相、辞意を表明-在任1年、改造後1ヶ月で", date: "2008-09-01") == ["1年=P1Y", "1ヶ月=P1M"])
        // Constructed (Chinese).
        #expect(TimeFixtures.times("他执政3年间，下午3点开会，谈了2小时，3个月后辞职。", date: "2008-09-01")
                == ["3年间=P3Y", "下午3点=2008-09-01T15:00", "2小时=PT2H", "3个月后=2008-12"])
    }

    @Test func aSentenceEndingWithItsDateAfterACommaIsASource() {
        // Constructed (Chinese): an event ends with its verb; a source line ends with its date.
        let event = TimeFixtures.analyze("他于2019年10月1日在北京宣布辞职。", date: "2019-10-02")
        #expect(event.timeline.map(\.date) == ["2019-10-01"])
        let source = TimeFixtures.analyze("新华社、2019年10月1日(UTC+8)。", date: "2019-10-02")
        #expect(source.timeline.isEmpty)
    }

    @Test func aCJKDatelineGivesTheReferenceDate() {
        // Constructed: a short first line holding a full date is the dateline, in full-width digits too.
        for line in ["2008年9月1日", "２００８年９月１日"] {
            let a = TimeFixtures.analyze("\(line)\n\n首相は今日、辞任を表明した。")
            #expect(a.referenceDate.date == CalendarDate(year: 2008, month: 9, day: 1), "\(line)")
            #expect(a.times.contains { $0.text == "今日" && $0.value == "2008-09-01" }, "\(line)")
        }
    }

    @Test func japaneseFullStopsEndSentences() {
        let text = "今回の辞任表明を受け、民主党などは「政権投げ出し」と批判。また、日本経団連は「突然の辞意表明に驚いている。」などと掲載した。官邸で分かった！本当？"
        let s = Array(text.unicodeScalars)
        let sentences = TimeFixtures.analyze(text).sentences.map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) }
        #expect(sentences == ["今回の辞任表明を受け、民主党などは「政権投げ出し」と批判。", "また、日本経団連は「突然の辞意表明に驚いている。」などと掲載した。",
                              "官邸で分かった！", "本当？"])
    }

    @Test func tokensSplitAtEachIdeographAndDigitRun() {
        let text = "2007年9月26日にウェブサイトで"
        let s = Array(text.unicodeScalars)
        let words = Tokenizer.tokenize(s).map { String(String.UnicodeScalarView(s[$0.range.start..<$0.range.end])) }
        #expect(words == ["2007", "年", "9", "月", "26", "日", "に", "ウェブサイト", "で"])
    }

    @Test func fukudaArticleTimeline() throws {
        let text = try TimeFixtures.corpus(Self.fukuda)
        let a = TimeFixtures.analyze(text)
        let s = Array(text.unicodeScalars)
        func dated(_ date: String, _ opening: String) -> Bool {
            a.timeline.contains { $0.date == date && String(String.UnicodeScalarView(s[$0.sentence.start..<$0.sentence.end])).hasPrefix(opening) }
        }
        #expect(dated("2008-09-01", "日本の福田首相は1日(UTC+9)、"))
        #expect(dated("2008-08-02", "今年8月2日に内閣改造を行った"))
        #expect(dated("2007-09-26", "今年8月2日に内閣改造を行った"))
        #expect(!a.timeline.contains { $0.date == "2008-09-01" && $0.summary.hasPrefix("今年") })
        // The sources at the end ("民主党、2008年9月1日(UTC+9)。", "ウィキニュース、2007年9月23日『…』。") are no events.
        #expect(!dated("2008-09-01", "民主党、"))
        #expect(!dated("2007-09-23", "ウィキニュース、"))
        #expect(!dated("2008-09-02", "産経新聞、"))
        let summary = a.timeline.first { $0.date == "2008-09-01" }?.summary
        #expect(summary == "日本の福田首相は1日(UTC+9)、官邸で緊急記者会見を行い、自らの辞任を表明した")
    }
}
