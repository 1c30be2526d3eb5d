import Foundation
import Testing
@testable import LedeCore

/// One test per kind of furniture reader mode used to keep inside an article, each with a small page that
/// reproduces the structure (not the site).
@Suite("Reader mode: furniture inside the article")
struct ReaderModeFurnitureTests {
    typealias P = ReaderModePageBuilder

    func story(_ inner: String) throws -> Article {
        try P.article(P.page(body: "<article class=\"story\"><h1>Harbour repairs delayed again</h1>\(inner)</article>"))
    }

    @Test("Joined-up related-post class names are furniture", arguments: [
        "jp-relatedposts", "relatedarticles", "related-stories", "relatedStories", "post-relatedcontent",
    ])
    func relatedPostBoxesAreLeftOut(_ name: String) throws {
        let related = "<div class=\"\(name)\"><h3>Related</h3>" + (0..<3).map {
            "<div class=\"item\"><a href=\"/r\($0)\">Another story \($0)</a><p>\(P.sentence(300 + $0, topic: "quay"))</p><p>In \"News\"</p></div>"
        }.joined() + "</div>"
        let a = try story(P.paragraphs(5) + related)
        #expect(!P.body(a).contains("near the quay"))
        #expect(!P.body(a).contains("In \"News\""))
        #expect(P.body(a).contains(P.sentence(14)))
    }

    func expectAll(_ a: Article, _ n: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for i in 0..<(n * 3) { #expect(P.body(a).contains(P.sentence(i)), sourceLocation: sourceLocation) }
    }
}
