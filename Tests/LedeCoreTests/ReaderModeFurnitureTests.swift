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

    @Test func aPictureInsideAParagraphDoesNotSplitIt() throws {
        // MediaWiki's formulas, emoji and icons are <img> inside running text.
        let a = try story("<p>The load on the span is <img src=\"f.svg\" alt=\"F\"> newtons, the engineers said.</p>" + P.paragraphs(4))
        #expect(IngestFixtures.texts(a, .paragraph).contains("The load on the span is newtons, the engineers said."))
    }

    @Test func aWritersBioBoxIsMarkedNotRead() throws {
        for box in ["author-bio", "about-the-author", "contributor-info", "authorBox"] {
            let bio = "<div class=\"\(box)\"><p>Jane Doe is a reporter who has covered the coast, its towns and its ports for the paper since 2009, and before that wrote about farming.</p></div>"
            let a = try story(P.paragraphs(5) + bio)
            #expect(!P.body(a).contains("Jane Doe is a reporter"), "\(box)")
            #expect(IngestFixtures.boilerplate(a, .authorBio).count == 1, "\(box)")
            expectAll(a, 5)
        }
    }

    @Test func pictureAndPlayerLabelsAreFurniture() throws {
        let labels = ["Media caption", "Image copyright Getty Images", "Image source, Reuters", "toggle caption",
                      "Media playback is unsupported on your device"]
        let a = try story(labels.map { "<p>\($0)</p>" }.joined() + P.paragraphs(4))
        for l in labels { #expect(!P.body(a).contains(l), "\(l)") }
        expectAll(a, 4)
    }

    func expectAll(_ a: Article, _ n: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for i in 0..<(n * 3) { #expect(P.body(a).contains(P.sentence(i)), sourceLocation: sourceLocation) }
    }
}
