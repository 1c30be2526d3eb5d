import Foundation
import Testing
@testable import LedeCore

/// Publication dates from the text: the dateline and byline forms news pages use, and no date where the
/// text gives none.
@Suite("Ingest: datelines")
struct IngestDatelineTests {
    struct Form: CustomTestStringConvertible, Sendable {
        var line: String
        var iso: String
        var kind: DatelineFinder.Kind
        var testDescription: String { line }
    }

    static let forms: [Form] = [
        Form(line: "Tuesday, September 22, 2015", iso: "2015-09-22", kind: .dateline),
        Form(line: "2019-03-05", iso: "2019-03-05", kind: .dateline),
        Form(line: "2019-03-05T10:32:00Z", iso: "2019-03-05", kind: .dateline),
        Form(line: "Published: 5 March 2019 10:32 GMT", iso: "2019-03-05", kind: .dateline),
        Form(line: "Published on March 5, 2019", iso: "2019-03-05", kind: .dateline),
        Form(line: "Updated: Mar. 5, 2019 at 4:15 p.m. ET", iso: "2019-03-05", kind: .dateline),
        Form(line: "Last updated 2019-03-05 10:32", iso: "2019-03-05", kind: .dateline),
        Form(line: "Date: 5th March 2019", iso: "2019-03-05", kind: .dateline),
        Form(line: "By Jane Doe | March 5, 2019", iso: "2019-03-05", kind: .byline),
        Form(line: "By Jane Doe and John Roe, Tuesday, March 5, 2019, 10:32 AM", iso: "2019-03-05", kind: .byline),
        Form(line: "By JANE DOE — 5 March 2019", iso: "2019-03-05", kind: .byline),
        Form(line: "By Jane Doe on March 5, 2019 at 10:32", iso: "2019-03-05", kind: .byline),
        Form(line: "WASHINGTON, March 5, 2019 — The Senate voted on Tuesday to end the dispute.", iso: "2019-03-05",
             kind: .wireDateline),
        Form(line: "Washington, D.C., March 5, 2019 (Reuters) - The Senate voted on Tuesday to end the dispute.",
             iso: "2019-03-05", kind: .wireDateline),
        Form(line: "NEW YORK, Sept. 22, 2015: Stocks rose on Tuesday as oil prices recovered.", iso: "2015-09-22",
             kind: .wireDateline),
    ]

    @Test(arguments: forms)
    func datelineAndBylineForms(_ f: Form) {
        let found = DatelineFinder.find(f.line)
        #expect(found?.date.iso == f.iso)
        #expect(found?.kind == f.kind)
    }

    /// Lines that mention dates without dating the article.
    @Test(arguments: [
        "Yesterday, March 5, 2019 — a day to remember — the Senate voted to end the dispute.",
        "On March 5, 2019, the Senate voted to end the dispute.",
        "In a dramatic turn of events, the minister resigned on January 21, 2025, citing failures.",
        "Washington, D.C., March 2019.",
        "March 2019",
        "By the numbers: March 5, 2019 in review, and what the figures say about a year of votes in the Senate so far",
        "Published in the journal Nature, the study found that crop yields fell sharply.",
        "Updated figures show 900 people were rescued.",
        "Report On The Investigation, Volume I of II. Special Counsel Robert S. Mueller, III. Washington, D.C., March 2019.",
    ])
    func proseAndPartialDatesAreNoDateline(_ line: String) {
        #expect(DatelineFinder.find(line) == nil)
    }

    @Test func bylineWithDateDatesThePlainTextArticleAndIsMarked() throws {
        let a = try IngestFixtures.article(text: """
        Senate ends the budget dispute
        By Jane Doe and John Roe, Tuesday, March 5, 2019, 10:32 AM

        The Senate voted on Tuesday to end the dispute over the budget, officials said.
        """)
        #expect(a.published == PublicationDate(date: CalendarDate(year: 2019, month: 3, day: 5), source: .dateline))
        #expect(IngestFixtures.boilerplate(a, .byline) == ["By Jane Doe and John Roe, Tuesday, March 5, 2019, 10:32 AM"])
    }

    @Test func wireDatelineDatesTheArticleAndStaysText() throws {
        let a = try IngestFixtures.article(text: """
        Senate ends the budget dispute

        WASHINGTON, March 5, 2019 — The Senate voted on Tuesday to end the dispute over the budget.
        """)
        #expect(a.published?.date.iso == "2019-03-05")
        #expect(IngestFixtures.texts(a, .paragraph).first?.hasPrefix("WASHINGTON, March 5, 2019 —") == true)
    }

    @Test func labelledDateInMarkdownIsMarkedAsDateline() throws {
        let a = try IngestFixtures.article(text: """
        # Senate ends the budget dispute

        Published: 5 March 2019 10:32 GMT

        The Senate voted on Tuesday to end the dispute over the budget, officials said.
        """, hint: "md")
        #expect(a.published?.date.iso == "2019-03-05")
        #expect(IngestFixtures.boilerplate(a, .dateline) == ["Published: 5 March 2019 10:32 GMT"])
    }

    /// Every corpus text (the feed's items are dated by the feed): the date its text gives, and none where it gives none. The World Cup and Greek
    /// court files carry no date at all (SOURCES.md's dates come from the original pages), and the Mueller
    /// excerpt gives only a month ("Washington, D.C., March 2019"), so those three stay undated.
    static let corpusDates: [(String, String?)] = [
        ("seed-halevi-resigns.txt", nil),
        ("wikinews-2018-06-19-world-cup-day-five.txt", nil),
        ("wikinews-2006-03-27-greek-court-worship-ruling.txt", nil),
        ("mueller-report-vol1-sec3-russian-hacking-and-dumping.md", nil),
        ("wikinews-2010-10-09-scientology-defector-arrested.txt", nil),
        ("ja-wikinews-2008-09-01-fukuda-resignation.txt", nil),
        ("wikinews-2018-08-18-aretha-franklin-dies.txt", "2018-08-18"),
        ("wikinews-2006-08-06-castro-recovering.txt", "2006-08-06"),
        ("wikinews-2015-08-21-north-korea-quasi-state-of-war.txt", "2015-08-21"),
        ("wikinews-2015-05-18-asylum-seekers-rescued-indonesia.txt", "2015-05-18"),
        ("wikinews-2015-08-02-italy-religious-school-taxes.txt", "2015-08-02"),
        ("wikinews-2016-09-07-fan-expo-canada.txt", "2016-09-07"),
        ("wikinews-2016-09-09-hong-kong-legco-election.md", "2016-09-09"),
        ("wikinews-2011-03-08-microsoft-ie6-countdown.md", "2011-03-08"),
        ("wikinews-2015-09-12-mecca-crane-collapse.html", "2015-09-12"),
        ("wikinews-2017-07-21-afghan-girls-robotics-team.html", "2017-07-21"),
        ("wikinews-2008-01-20-hackers-attack-scientology-site.html", "2008-01-20"),
        ("wikinews-2015-09-22-ahmed-mohamed-clock.html", "2015-09-22"),
    ]

    @Test(arguments: corpusDates)
    func corpusDatesFoundAndNoneInvented(_ file: String, _ iso: String?) throws {
        let a = try IngestFixtures.article(file)
        #expect(a.published?.date.iso == iso, "\(file)")
    }

    @Test func everyCorpusFileHasADateExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: IngestFixtures.corpus.path)
            .filter { $0 != "SOURCES.md" && !$0.hasPrefix(".") && !$0.hasSuffix(".rss") }
        #expect(Set(files) == Set(Self.corpusDates.map(\.0)))
    }
}
