import Foundation
import Testing
@testable import LedeCore

/// The order of trust for a page's title and publication date, one small page per way a real page misled it.
@Suite("Reader mode: title and date")
struct ReaderModeMetadataTests {
    typealias P = ReaderModePageBuilder

    func page(head: String, body: String = "", url: String? = nil) throws -> Article {
        let link = url.map { "<link rel=\"canonical\" href=\"\($0)\">" } ?? ""
        return try P.article(P.page(head: link + head, body: "<article><h1>Harbour repairs delayed again</h1>\(body)\(P.paragraphs(4))</article>"))
    }

    static func ld(_ date: String) -> String {
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Harbour repairs delayed again\",\"datePublished\":\"\(date)\"}</script>"
    }
    static func meta(_ date: String) -> String { "<meta property=\"article:published_time\" content=\"\(date)\">" }

    @Test func metadataThenJSONLDThenTimeThenDatelineThenURL() throws {
        let time = "<p class=\"meta\"><time datetime=\"2019-03-03T08:00\">3 March</time></p>"
        let url = "https://news.example/2019/03/04/harbour-repairs"
        let all = try page(head: Self.meta("2019-03-01T10:00:00Z") + Self.ld("2019-03-01T09:00:00Z"), body: time, url: url)
        #expect(all.published == PublicationDate(date: CalendarDate(year: 2019, month: 3, day: 1), source: .metadata))
        let noMeta = try page(head: Self.ld("2019-03-02T09:00:00Z"), body: time, url: url)
        #expect(noMeta.published == PublicationDate(date: CalendarDate(year: 2019, month: 3, day: 2), source: .jsonLD))
        let timeOnly = try page(head: "", body: time, url: url)
        #expect(timeOnly.published == PublicationDate(date: CalendarDate(year: 2019, month: 3, day: 3), source: .timeElement))
        let dateline = try page(head: "", body: "<p>Tuesday, March 5, 2019</p>", url: url)
        #expect(dateline.published == PublicationDate(date: CalendarDate(year: 2019, month: 3, day: 5), source: .dateline))
        let urlOnly = try page(head: "", url: url)
        #expect(urlOnly.published == PublicationDate(date: CalendarDate(year: 2019, month: 3, day: 4), source: .url))
        // Only a full date in the path counts: a month archive or a date in the query names no day.
        #expect(try page(head: "", url: "https://news.example/2019/03/harbour").published == nil)
        #expect(try page(head: "", url: "https://news.example/story?d=2019/03/04").published == nil)
    }

    @Test func placeholderMetadataDatesAreSkipped() throws {
        for placeholder in ["0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2999-01-01"] {
            let a = try page(head: Self.meta(placeholder) + Self.ld("2018-06-19T09:00:00Z"))
            #expect(a.published == PublicationDate(date: CalendarDate(year: 2018, month: 6, day: 19), source: .jsonLD))
            let b = try page(head: Self.meta(placeholder), url: "https://news.example/2018/06/20/harbour")
            #expect(b.published == PublicationDate(date: CalendarDate(year: 2018, month: 6, day: 20), source: .url))
        }
    }

    @Test func aMetaTimeLaterThanTheArticlesJSONLDIsAnUpdate() throws {
        // Sites write the modified time into article:published_time (the NBC and Medium pages); the article's
        // JSON-LD keeps the day it first appeared.
        let a = try page(head: Self.meta("2024-12-07T12:43:39Z") + Self.ld("2024-12-06T22:00:40Z"))
        #expect(a.published == PublicationDate(date: CalendarDate(year: 2024, month: 12, day: 6), source: .jsonLD))
    }

    @Test func aPropertyMetaTitleWinsOverTheSameNameByName() throws {
        let head = "<meta name=\"DC.title\" content=\"Name title\"><meta property=\"dc:title\" content=\"Property title\">"
            + "<meta name=\"og:title\" content=\"Open Graph name\"><meta property=\"og:title\" content=\"Open Graph property\">"
        #expect(try page(head: head).title == "Property title")
    }

    @Test func theTitleIsPrintedOnce() throws {
        let a = try page(head: "")
        #expect(a.title == "Harbour repairs delayed again")
        #expect(a.text.string.components(separatedBy: "Harbour repairs delayed again").count == 2)
    }

    @Test func aJSONLDNameThatIsTheSitesLosesToTheHeadline() throws {
        let ld = "<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\","
            + "\"name\":\"Coast Courier\",\"headline\":\"Harbour repairs delayed after storm\"}</script>"
        let html = "<html><head><title>Harbour repairs are delayed again after the storm - Coast Courier</title>\(ld)</head>"
            + "<body><article>\(P.paragraphs(4))</article></body></html>"
        #expect(try P.article(html).title == "Harbour repairs delayed after storm")
    }

    @Test func enAndEmDashesSeparateATitleButDoNotCutAHeadline() throws {
        func title(_ t: String) throws -> String? {
            try P.article("<html><head><title>\(t)</title></head><body><article>\(P.paragraphs(4))</article></body></html>").title
        }
        // Four words or fewer before the separator: the whole <title> stays, as in Readability.
        #expect(try title("Evolve: Shared Mutable History — evolve extension for Mercurial")
                == "Evolve: Shared Mutable History — evolve extension for Mercurial")
        #expect(try title("Spain – Portugal match ends in a draw after extra time")
                == "Spain – Portugal match ends in a draw after extra time")
        #expect(try title("Harbour repairs delayed again after the storm — The Coast Courier")
                == "Harbour repairs delayed again after the storm")
    }
}
