import Foundation
import Testing
@testable import LedeCore

@Suite("Ingest: plain text as scraped")
struct IngestPlainTextTests {
    @Test func seedMatchesGoldStructure() throws {
        let a = try IngestFixtures.article("seed-halevi-resigns.txt")
        #expect(a.format == .text)
        #expect(a.title == "Israel’s Top General Resigns Amid Security Failures During October 7 Attack")
        let expected: [(String?, Int, Int)] = [
            (nil, 0, 906),
            ("A Resounding Blow to National Security", 925, 1557),
            ("The October 7 Assault: A Devastating Surprise Attack", 1558, 2699),
            ("The Ongoing Military Campaign and Ceasefire", 2700, 3854),
            ("Internal Struggles within Israel’s Government", 3855, 4880),
            ("The Human Cost of the Conflict", 4881, 5827),
            ("Looking Ahead: A Path to Peace or Continued Violence?", 5828, 6656),
        ]
        #expect(a.sections.count == expected.count)
        for (s, e) in zip(a.sections, expected) {
            #expect(s.title == e.0)
            #expect(s.range == TextRange(e.1, e.2))
            if let t = e.0 { #expect(s.heading.map { a.text[$0] } == t) }
        }
        let toc = a.blocks.filter { $0.boilerplate == .tableOfContents }
        #expect(toc.map(\.range) == [TextRange(907, 924)])
        let footer = a.blocks.filter { $0.boilerplate == .commentFooter }
        #expect(footer.map(\.range) == [TextRange(6657, 6747)])
    }

    @Test func seedTextEqualsTheFile() throws {
        let a = try IngestFixtures.article("seed-halevi-resigns.txt")
        let file = try String(contentsOfFile: IngestFixtures.path("seed-halevi-resigns.txt"), encoding: .utf8)
        #expect(a.text.string == file)
    }

    @Test func windowsFileLosesBOMAndCRLFOnly() throws {
        let a = try IngestFixtures.article("wikinews-2016-09-07-fan-expo-canada.txt")
        let data = try Data(contentsOf: URL(fileURLWithPath: IngestFixtures.path("wikinews-2016-09-07-fan-expo-canada.txt")))
        let raw = String(decoding: data.dropFirst(3), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        #expect(a.text.string == raw)
        #expect(!a.text.string.contains("\r"))
        #expect(a.text.scalars.first == "P")
        #expect(a.title == "Pop culture celebrated at Fan Expo Canada 2016 in Toronto")
        #expect(a.published?.date.iso == "2016-09-07")
        #expect(a.published?.source == .dateline)
    }

    @Test func titleLineDatelineAndBylineBecomeBoilerplate() throws {
        let a = try IngestFixtures.article(text: """
        Minister resigns over budget row
        Posted on March 3, 2021 by editor

        The finance minister resigned on Tuesday after a row over the budget.

        Colleagues said the decision came as a surprise to many in the party.
        """)
        #expect(a.title == "Minister resigns over budget row")
        #expect(IngestFixtures.texts(a, .heading) == ["Minister resigns over budget row"])
        #expect(a.blocks.first?.level == 1)
        #expect(IngestFixtures.boilerplate(a, .byline) == ["Posted on March 3, 2021 by editor"])
        #expect(a.published?.date.iso == "2021-03-03")
        // The title line does not open a section of its own.
        #expect(a.sections.count == 1)
        #expect(a.sections[0].title == nil)
    }

    @Test func datelineGivesThePublicationDate() throws {
        let a = try IngestFixtures.article(text: """
        Storm hits the coast
        Tuesday, September 22, 2015

        A storm hit the coast on Monday, the weather service said.
        """)
        #expect(a.published == PublicationDate(date: CalendarDate(year: 2015, month: 9, day: 22), source: .dateline))
        #expect(IngestFixtures.boilerplate(a, .dateline) == ["Tuesday, September 22, 2015"])
    }

    @Test func everyBoilerplateKindIsMarkedNotDeleted() throws {
        let text = """
        Estimates suggest 8000 migrants may be at sea in the region, officials said on Friday.
        Table of Contents
        Share this:
        Facebook
        Click to share on Twitter (Opens in new window)
        Like this:
        Like Loading...
        Related articles
        New Zealand begins process to consider changing national flag design
        At least 107 killed in Mecca crane collapse
        Have an opinion on this story? Share it!
        This page is archived, and is no longer publicly editable.
        All text created after September 25, 2005 available under the terms of the Creative Commons Attribution 2.5 License.
        From Wikinews, the free news source you can write!
        Jump to navigation Jump to search
        Retrieved from "https://en.wikinews.org/wiki/Example"
        Categories: Published | Archived
        We use cookies to improve your experience. By continuing you accept our use of cookies.
        2 thoughts on “Migrants rescued at sea”
        """
        let a = try IngestFixtures.article(text: text)
        #expect(a.text.string == text)
        #expect(IngestFixtures.boilerplate(a, .tableOfContents) == ["Table of Contents"])
        #expect(IngestFixtures.boilerplate(a, .share) == ["Share this:", "Facebook",
            "Click to share on Twitter (Opens in new window)", "Have an opinion on this story? Share it!"])
        #expect(IngestFixtures.boilerplate(a, .like) == ["Like this:", "Like Loading..."])
        #expect(IngestFixtures.boilerplate(a, .relatedLinks) == ["Related articles",
            "New Zealand begins process to consider changing national flag design",
            "At least 107 killed in Mecca crane collapse"])
        #expect(IngestFixtures.boilerplate(a, .navigation) == ["From Wikinews, the free news source you can write!",
            "Jump to navigation Jump to search", "Retrieved from \"https://en.wikinews.org/wiki/Example\"",
            "Categories: Published | Archived"])
        #expect(IngestFixtures.boilerplate(a, .other).count == 3)
        #expect(IngestFixtures.boilerplate(a, .commentFooter) == ["2 thoughts on “Migrants rescued at sea”"])
        #expect(a.title == "Migrants rescued at sea")
        #expect(IngestFixtures.body(a) == "Estimates suggest 8000 migrants may be at sea in the region, officials said on Friday.")
    }

    @Test(arguments: [
        ("1 thought on “Israel’s Top General Resigns”", "Israel’s Top General Resigns"),
        ("12 Comments on \"Budget passes\"", "Budget passes"),
        ("One response to ‘A quiet day’", "A quiet day"),
    ])
    func commentFooterTitles(line: String, title: String) {
        #expect(BoilerplateClassifier.commentFooterTitle(line) == title)
        #expect(BoilerplateClassifier.classify(line) == .commentFooter)
    }

    @Test func bylinesNeedAName() {
        #expect(BoilerplateClassifier.classify("By Jane Doe") == .byline)
        #expect(BoilerplateClassifier.classify("Written by Ana Ruiz and Tom Lee") == .byline)
        #expect(BoilerplateClassifier.classify("By the numbers") == nil)
    }

    @Test func proseLinesAreNotFooters() {
        #expect(BoilerplateClassifier.commentFooterTitle("2 people died on “Black Friday” in the crush") == nil)
        #expect(BoilerplateClassifier.classify("Share prices fell sharply on Monday.") == nil)
        #expect(BoilerplateClassifier.classify("Related news emerged later that day, officials said.") == nil)
    }

    @Test func bareLineHeadingsNeedProseAfterThem() throws {
        let a = try IngestFixtures.article(text: """
        The council met on Monday to discuss the plan, which has divided the town.
        What Comes Next
        A final vote is expected in May, the mayor said after the meeting.
        Source
        Associated Press. "Council meets" — The Times, May 2, 2020
        Reuters. "Town divided over plan to build new homes on the green" — BBC, May 3, 2020
        Final Thoughts
        """)
        #expect(IngestFixtures.texts(a, .heading) == ["What Comes Next", "Source"])
        #expect(a.sections.map(\.title) == [nil, "What Comes Next", "Source"])
        // A trailing short line with nothing after it is not a heading.
        #expect(IngestFixtures.texts(a, .paragraph).last == "Final Thoughts")
    }

    @Test func captionsAndListItems() throws {
        let a = try IngestFixtures.article(text: """
        The festival opened on Friday with a parade through the old town.
        Dancers in the main square. Image: Jane Doe.
        - first item of a list
        2. second item
        """)
        #expect(IngestFixtures.texts(a, .caption) == ["Dancers in the main square. Image: Jane Doe."])
        #expect(IngestFixtures.texts(a, .listItem) == ["- first item of a list", "2. second item"])
    }

    @Test func cjkTitleLine() throws {
        let a = try IngestFixtures.article("ja-wikinews-2008-09-01-fukuda-resignation.txt")
        #expect(a.title == "福田首相、辞意を表明-在任1年、改造後1ヶ月で")
    }

    @Test func bodyOnlyFileHasNoTitleAndOneSection() throws {
        let a = try IngestFixtures.article("wikinews-2010-10-09-scientology-defector-arrested.txt")
        #expect(a.title == nil)
        #expect(a.sections.count == 1)
        #expect(a.blocks.allSatisfy { $0.kind == .paragraph })
    }
}
