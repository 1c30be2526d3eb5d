import Foundation
import Testing
@testable import LedeCore

/// Picture captions in HTML: each caption is one whole caption block, whatever markup it holds inside, and
/// never part of a paragraph.
@Suite("Ingest: HTML captions")
struct IngestCaptionTests {
    func html(_ s: String) throws -> Article { try IngestFixtures.article(text: s, hint: "html") }

    static func page(_ figure: String) -> String {
        """
        <html><head><title>Crane falls on the square</title></head><body><div id="content">
        <h1>Crane falls on the square</h1>
        \(figure)
        <p>A storm yesterday caused a crane to fall onto the square, killing three people and wounding twelve, officials said.</p>
        <p>The accident, which occurred in the afternoon, was caused by strong winds and heavy rain, the city said.</p>
        </div></body></html>
        """
    }

    @Test func mediaWikiThumbCaptionWithMagnifyLinkLinksAndBreakIsOneBlock() throws {
        let a = try html(Self.page("""
        <div class="thumb tright"><div class="thumbinner"><a href="/wiki/File:S.jpg" class="image"><img src="s.jpg"></a>\
        <div class="thumbcaption"><div class="magnify"><a href="/wiki/File:S.jpg" class="internal" title="Enlarge"></a></div>\
        <a href="/wiki/File:S.jpg">File photo</a> of <b>pilgrims</b> at the <a href="/wiki/Square">Grand Square</a> in 2008.<br>\
        Image: <span class="credit">Jane Roe</span>.</div></div></div>
        """))
        #expect(IngestFixtures.texts(a, .caption) == ["File photo of pilgrims at the Grand Square in 2008. Image: Jane Roe."])
        #expect(IngestFixtures.texts(a, .paragraph).first?.hasPrefix("A storm yesterday") == true)
        #expect(!IngestFixtures.texts(a, .paragraph).contains { $0.contains("pilgrims") || $0.contains("Jane Roe") })
    }

    @Test func figcaptionWithNestedCaptionTextAndCreditIsOneBlock() throws {
        let a = try html(Self.page("""
        <figure><img src="r.jpg" alt="Rescue"><figcaption><span class="caption-text">Rescue workers <em>at the \
        site</em>, Friday.</span><span class="credit">Photo: AP</span></figcaption></figure>
        """))
        #expect(IngestFixtures.texts(a, .caption) == ["Rescue workers at the site, Friday. Photo: AP"])
    }

    @Test func captionInBlockElementsKeepsWordBreaks() throws {
        let a = try html(Self.page("""
        <figure><img src="r.jpg"><figcaption><p>Rescue workers at the site</p><p>Photo: AP</p></figcaption></figure>
        """))
        #expect(IngestFixtures.texts(a, .caption) == ["Rescue workers at the site Photo: AP"])
    }

    /// The captions of a page as its source writes them: the text of each `thumbcaption` or `figcaption`,
    /// markup dropped, empty ones skipped.
    static func sourceCaptions(_ html: String) throws -> [String] {
        let pattern = try NSRegularExpression(pattern: #"<(div class="thumbcaption"|figcaption)>(.*?)</(div|figcaption)>"#)
        let ns = html as NSString
        return pattern.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { m in
            ns.substring(with: m.range(at: 2))
                .replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "&amp;", with: "&")
        }.filter { !$0.isEmpty }
    }

    @Test(arguments: ["wikinews-2015-09-12-mecca-crane-collapse.html", "wikinews-2017-07-21-afghan-girls-robotics-team.html",
                      "wikinews-2008-01-20-hackers-attack-scientology-site.html", "wikinews-2015-09-22-ahmed-mohamed-clock.html"])
    func corpusCaptionsAreWholeCaptionBlocks(_ file: String) throws {
        let source = try String(contentsOfFile: IngestFixtures.path(file), encoding: .utf8)
        let expected = try Self.sourceCaptions(source)
        #expect(!expected.isEmpty)
        let a = try IngestFixtures.article(file)
        #expect(IngestFixtures.texts(a, .caption) == expected)
        for p in IngestFixtures.texts(a, .paragraph) {
            for c in expected { #expect(!p.contains(c), "\(file): caption inside a paragraph: \(c)") }
        }
    }

    /// The Mecca page's caption begins in lower case because the source (and GUM's text of it) begins there:
    /// nothing is lost in extraction, and the line is a caption, not the article's first paragraph.
    @Test func meccaCaptionIsTheWholeSourceCaptionAndNotTheLead() throws {
        let a = try IngestFixtures.article("wikinews-2015-09-12-mecca-crane-collapse.html")
        let body = a.blocks.filter { $0.kind != .boilerplate && $0.kind != .heading }
        #expect(body.first?.kind == .caption)
        #expect(body.first.map { a.text[$0.range] } == "pilgrims at Mecca's Grand Mosque in 2008.")
        #expect(IngestFixtures.texts(a, .paragraph).first?.hasPrefix("A storm yesterday caused a crane") == true)
    }
}
