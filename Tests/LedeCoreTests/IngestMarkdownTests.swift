import Foundation
import Testing
@testable import LedeCore

@Suite("Ingest: Markdown")
struct IngestMarkdownTests {
    func md(_ s: String) throws -> Article { try IngestFixtures.article(text: s, hint: "md") }

    @Test func headingsParagraphsListsQuotes() throws {
        let a = try md("""
        # The Title

        First paragraph with a [link](https://example.org/a_(b)) and **bold** and _italic_ text,
        continued on a second line.

        ## Background ##

        - one item
        - two *items*
        1. numbered

        > A quoted line
        > that continues.

        Setext heading
        --------------

        Code: `x * y` and snake_case_name and 5 * 3.
        """)
        #expect(a.format == .markdown)
        #expect(a.title == "The Title")
        #expect(IngestFixtures.texts(a, .heading) == ["The Title", "Background", "Setext heading"])
        #expect(a.blocks.filter { $0.kind == .heading }.map(\.level) == [1, 2, 2])
        #expect(IngestFixtures.texts(a, .paragraph) == [
            "First paragraph with a link and bold and italic text, continued on a second line.",
            "Code: x * y and snake_case_name and 5 * 3.",
        ])
        #expect(IngestFixtures.texts(a, .listItem) == ["one item", "two items", "numbered"])
        #expect(IngestFixtures.texts(a, .quote) == ["A quoted line that continues."])
        #expect(a.sections.map(\.title) == [nil, "Background", "Setext heading"])
        #expect(!a.text.string.contains("https://"))
        #expect(!a.text.string.contains("#"))
    }

    @Test func frontMatterGivesTitleAndDate() throws {
        let a = try IngestFixtures.article("wikinews-2011-03-08-microsoft-ie6-countdown.md")
        #expect(a.title == "Microsoft waits for death of Internet Explorer 6")
        #expect(a.published == PublicationDate(date: CalendarDate(year: 2011, month: 3, day: 8), source: .frontMatter))
        #expect(!a.text.string.contains("license:"))
        #expect(!a.text.string.contains("---"))
        #expect(IngestFixtures.boilerplate(a, .dateline) == ["Tuesday, March 8, 2011"])
        #expect(a.text.string.hasPrefix("Microsoft waits for death of Internet Explorer 6\nTuesday, March 8, 2011\nWith development"))
    }

    @Test func italicLinesAreCaptionsAndLinksKeepTheirText() throws {
        let a = try IngestFixtures.article("wikinews-2016-09-09-hong-kong-legco-election.md")
        #expect(a.title == "New faces emerge as veteran politicians step down in Hong Kong legislative election")
        #expect(a.published?.date.iso == "2016-09-09")
        let captions = IngestFixtures.texts(a, .caption)
        #expect(captions.contains("Eddie Chu received the largest vote in any geographical constituency"))
        #expect(captions.contains("Michael Tien of NPP"))
        #expect(a.text.string.contains("In the New Territories West geographical constituency, nonpartisan pan-democrat Eddie Chu was elected"))
        #expect(!a.text.string.contains("]("))
        #expect(!a.text.string.contains("_"))
    }

    @Test func footnotesAndBracketedRedactions() throws {
        let a = try IngestFixtures.article("mueller-report-vol1-sec3-russian-hacking-and-dumping.md")
        #expect(a.title == "III. Russian Hacking and Dumping Operations")
        #expect(a.sections.first?.title == nil)
        #expect(a.sections.map(\.title).contains("A. GRU Hacking Directed at the Clinton Campaign"))
        #expect(a.sections.map(\.title).contains("a. Initial Access"))
        #expect(a.sections.last?.title == "Notes")
        #expect(a.text.string.contains("networks.[109] The GRU later released"))
        #expect(a.text.string.contains("[Harm to Ongoing Matter]"))
        #expect(IngestFixtures.texts(a, .listItem).contains("[110] Netyksho Indictment ¶ 1."))
        #expect(!a.text.string.contains("[^"))
        let levels = Set(a.blocks.compactMap(\.level))
        #expect(levels == [1, 2, 3, 4])
    }

    @Test func entitiesAreDecodedThenSanitised() throws {
        let a = try md("Tom &amp; Jerry &#8217;s &#27;[31m red &#x9B; end")
        #expect(a.text.string == "Tom & Jerry ’s \u{FFFD}[31m red \u{FFFD} end")
    }

    @Test func furnitureInMarkdownIsMarked() throws {
        let a = try md("""
        The vote passed with a large majority on Thursday evening.

        Share this:

        - Facebook
        - Twitter

        3 thoughts on “The vote”
        """)
        #expect(IngestFixtures.boilerplate(a, .share) == ["Share this:", "Facebook", "Twitter"])
        #expect(IngestFixtures.boilerplate(a, .commentFooter) == ["3 thoughts on “The vote”"])
        #expect(a.title == "The vote")
    }

    @Test func plainTextWithAHashStaysPlainText() throws {
        let a = try IngestFixtures.article(text: "# not a heading in a scrape\nThe story goes on here with more words.\n")
        #expect(a.format == .text)
        #expect(a.text.string == "# not a heading in a scrape\nThe story goes on here with more words.\n")
    }
}
