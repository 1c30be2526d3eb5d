import Foundation
import Testing
@testable import LedeCore

/// One test per way reader mode used to lose or cut an article on real pages, each with a small page that
/// reproduces the structure (not the site).
@Suite("Reader mode: whole articles")
struct ReaderModeArticleTests {
    typealias P = ReaderModePageBuilder

    /// Every sentence of paragraphs `0..<count` (three sentences each) is in the body, in order.
    func expectWhole(_ a: Article, paragraphs count: Int, from: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) {
        let body = P.body(a)
        var last = body.startIndex
        for i in 0..<(count * 3) {
            let s = P.sentence(from + i)
            guard let r = body.range(of: s, range: last..<body.endIndex) else {
                Issue.record("missing or out of order: \(s)", sourceLocation: sourceLocation)
                return
            }
            last = r.upperBound
        }
    }

    func expectNoSidebar(_ a: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!P.body(a).contains("near the market"), "sidebar prose in the article", sourceLocation: sourceLocation)
        #expect(!P.body(a).contains("Weather"), "navigation in the article", sourceLocation: sourceLocation)
    }

    @Test("A wrapper named both sidebar and article body is judged as a whole", arguments: [
        "l-sidebar-fixed l-article-body-segment", "widget Blog", "sidebar-and-content", "pageRow", "modal-enabled",
        "commentary-piece", "masthead-less story", "shareholders-report",
    ])
    func wrapperClassNamesDoNotDropTheArticle(_ classes: String) throws {
        let a = try P.article(P.page(body: "<div class=\"\(classes)\"><h1>Harbour repairs delayed again</h1>\(P.paragraphs(6))</div>"))
        expectWhole(a, paragraphs: 6)
        expectNoSidebar(a)
    }

    @Test func articleInsideAFurnitureNamedWrapperIsKeptByItsContent() throws {
        // "pagination-first" names furniture as a whole word; the wrapper holds the page's one headline and
        // almost all of its prose, so it is the article's ancestor, not furniture. The rail has prose of its
        // own, so no retry for a short result would rescue it.
        for wrapper in ["pagination-first", "header-wrap", "related-content-area", "comments-enabled-page"] {
            let a = try P.article(P.page(body: "<div class=\"\(wrapper)\"><div class=\"col\"><h1>Harbour repairs delayed again</h1>\(P.paragraphs(8))</div></div>"))
            expectWhole(a, paragraphs: 8)
        }
    }

    @Test func elementorWidgetHoldingTheProseIsTheArticle() throws {
        let body = """
        <div class="elementor-section"><div class="elementor-widget elementor-widget-text-editor">\
        <div class="elementor-widget-container">\(P.paragraphs(6))</div></div></div>
        """
        let a = try P.article(P.page(body: body))
        expectWhole(a, paragraphs: 6)
        expectNoSidebar(a)
    }

    @Test func aFormAroundTheWholePageIsNotFurniture() throws {
        // ASP.NET pages wrap everything in one <form>.
        let a = try P.article(P.page(body: "<form id=\"aspnetForm\" method=\"post\"><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"><div id=\"content\"><h1>Harbour repairs delayed again</h1>\(P.paragraphs(6))</div></form>"))
        expectWhole(a, paragraphs: 6)
    }

    @Test func siblingBlocksSplitByPicturesAndAdsAreJoined() throws {
        // The telegraph structure: the body is several sibling blocks with pictures and ad slots between them.
        var body = "<div class=\"article-body\">"
        for k in 0..<4 {
            body += "<div class=\"body-segment\">\(P.paragraphs(2, from: k * 6))</div>"
            body += k % 2 == 0
                ? "<div class=\"ad-slot\"><span>Advertisement</span><div class=\"ad-unit\"></div></div>"
                : "<figure><img src=\"p\(k).jpg\"><figcaption>The harbour wall at low tide, picture \(k).</figcaption></figure>"
        }
        body += "</div>"
        let a = try P.article(P.page(body: body))
        expectWhole(a, paragraphs: 8)
        #expect(!P.body(a).contains("Advertisement"))
        expectNoSidebar(a)
    }

    @Test func aStoryWrittenAsADivWithLineBreaksIsRead() throws {
        let story = (0..<6).map { P.paragraph($0 * 3) }.joined(separator: "<br><br>\n")
        let a = try P.article(P.page(body: "<div id=\"story\">\(story)</div>"))
        expectWhole(a, paragraphs: 6)
        // Each run between double breaks is its own paragraph.
        #expect(IngestFixtures.texts(a, .paragraph).filter { $0.contains("near the harbour") }.count == 6)
    }

    @Test func aResultTooShortIsRetriedWithLooserFilters() throws {
        // Every block of the story sits in an element named "comment-*" (a CMS quirk): the strict pass drops
        // them all and keeps under 500 characters, so the looser pass reads them.
        let body = "<div id=\"main\">" + (0..<5).map { "<div class=\"comment-block\"><p>\(P.paragraph($0 * 3))</p></div>" }.joined() + "</div>"
        let a = try P.article(P.page(body: body, rail: false))
        expectWhole(a, paragraphs: 5)
    }

    @Test func navigationWithMoreTextThanTheStoryIsNotTheArticle() throws {
        // A mega-menu of long link texts (The Verge style) outweighs a short story by characters, not by prose.
        let menu = "<div class=\"mega\"><ul>" + (0..<40).map {
            "<li><a href=\"/s\($0)\">\(P.sentence(200 + $0, topic: "menu"))</a></li>"
        }.joined() + "</ul></div>"
        let a = try P.article(P.page(body: "\(menu)<article><h1>Harbour repairs delayed again</h1>\(P.paragraphs(4))</article>", rail: false))
        expectWhole(a, paragraphs: 4)
        #expect(!P.body(a).contains("near the menu"))
    }

    @Test func aBoldLeadParagraphIsNotAHeading() throws {
        let lead = P.paragraph(30, 2)
        let a = try P.article(P.page(body: "<article><h1>Harbour repairs delayed again</h1><h2><strong>\(lead)</strong></h2>\(P.paragraphs(5))</article>"))
        #expect(IngestFixtures.texts(a, .paragraph).contains(lead))
        #expect(!IngestFixtures.texts(a, .heading).contains(lead))
        #expect(a.sections.count == 1)
    }
}
