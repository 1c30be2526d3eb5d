import Foundation
import Testing
@testable import LedeCore

@Suite("Ingest: HTML reader mode")
struct IngestHTMLTests {
    func html(_ s: String) throws -> Article { try IngestFixtures.article(text: s, hint: "html") }

    /// A page built from none of the corpus templates: different class names, a link-heavy rail, a
    /// MediaWiki-style heading with an edit link, and every kind of furniture.
    static let unseenPage = """
    <!DOCTYPE html>
    <html><head>
    <title>Floods close schools across the valley | Valley Courier</title>
    <meta property="og:title" content="Floods close schools across the valley | Valley Courier">
    <meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
    <link rel="canonical" href="https://courier.example/floods">
    <style>.x{color:red}</style>
    <script>var tracking = "Script text must not appear";</script>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods close schools across the valley","description":"JSON-LD description text"}</script>
    </head><body>
    <a class="skip" href="#main">Skip to content</a>
    <div id="top-strip"><ul><li><a href="/">Front page</a></li><li><a href="/sport">Sport pages</a></li></ul></div>
    <header><div class="brand">Valley Courier masthead</div><nav><a href="/">Home nav</a></nav></header>
    <div id="layout">
      <div id="main-col">
        <div class="story-wrap">
          <h1>Floods close schools across the valley</h1>
          <div class="sharing-tools"><a href="#">Share on Facebook</a><a href="#">Tweet this</a></div>
          <p>Heavy rain caused the river to burst its banks on Monday, closing twelve schools, officials said.</p>
          <figure><img src="a.jpg" alt=""><figcaption>Water covers the main road, Tuesday.</figcaption></figure>
          <p>The mayor, Ana Ruiz, said emergency crews had worked through the night, and that more rain was expected.</p>
          <h2><span class="mw-headline">Reactions</span><span class="mw-editsection">[edit]</span></h2>
          <p>Parents criticised the late warning, saying they learned of the closures only at the school gates.</p>
          <blockquote><p>We had no idea the water would rise so fast, and neither did the council.</p></blockquote>
          <ul><li>Twelve schools closed, the most since 2009</li><li>Two roads remain shut to traffic</li></ul>
          <h3>What happens next</h3>
          <p>Engineers will inspect the levee on Wednesday, and a report is due within a week, the council said.</p>
          <div class="related-stories"><h4>Related stories</h4><a href="/a">Storm warning issued for the coast</a></div>
        </div>
        <div id="comments"><h3>4 comments</h3><p>Reader comment text that is long enough to look like a paragraph, surely.</p></div>
      </div>
      <div class="rail">
        <h4>Most read</h4>
        <p><a href="/1">Most read link one about something</a> <a href="/2">Most read link two about another thing</a></p>
      </div>
      <aside><p>Sidebar aside text that is also long enough to be a paragraph of its own.</p></aside>
    </div>
    <div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p><button>OK</button></div>
    <form><label>Newsletter</label><input type="email"></form>
    <noscript>Enable JavaScript noscript text</noscript>
    <footer><p>Copyright Valley Courier footer text</p></footer>
    </body></html>
    """

    @Test func readerModeKeepsTheArticleAndDropsTheFurniture() throws {
        let a = try html(Self.unseenPage)
        #expect(a.format == .html)
        #expect(a.title == "Floods close schools across the valley")
        #expect(a.published == PublicationDate(date: CalendarDate(year: 2024, month: 3, day: 5), source: .metadata))
        #expect(a.link == "https://courier.example/floods")
        let text = a.text.string
        for furniture in ["Skip to content", "Front page", "masthead", "Home nav", "Share on Facebook", "Tweet this",
                          "[edit]", "Related stories", "Storm warning", "Reader comment", "4 comments", "Most read",
                          "Sidebar aside", "cookies", "Newsletter", "noscript", "footer text", "Script text",
                          "JSON-LD", "color:red"] {
            #expect(!text.contains(furniture), "furniture left in: \(furniture)")
        }
        #expect(IngestFixtures.texts(a, .heading) == ["Floods close schools across the valley", "Reactions",
                                                      "What happens next"])
        #expect(a.blocks.filter { $0.kind == .heading }.map(\.level) == [1, 2, 3])
        #expect(a.sections.map(\.title) == [nil, "Reactions", "What happens next"])
        #expect(IngestFixtures.texts(a, .caption) == ["Water covers the main road, Tuesday."])
        #expect(IngestFixtures.texts(a, .quote) == ["We had no idea the water would rise so fast, and neither did the council."])
        #expect(IngestFixtures.texts(a, .listItem) == ["Twelve schools closed, the most since 2009",
                                                       "Two roads remain shut to traffic"])
        #expect(text.hasPrefix("Floods close schools across the valley\nHeavy rain caused the river"))
    }

    @Test func headingsBetweenSiblingContainersAreKept() throws {
        var body = ""
        for (k, h) in ["Background", "The vote", "Reactions"].enumerated() {
            body += "<h2>\(h)</h2><div class=\"entry-part\">"
            for j in 0..<3 { body += "<p>Paragraph \(j) of part \(k), long enough to count as article text, with commas, and more words.</p>" }
            body += "</div>"
        }
        let a = try html("<html><head><title>Vote - Site</title></head><body><nav><a href=\"/\">Home</a></nav><div class=\"wrap\">\(body)</div><div class=\"more\"><a href=\"/x\">Other story headline one</a><a href=\"/y\">Other story headline two</a></div></body></html>")
        #expect(a.sections.map(\.title) == [nil, "Background", "The vote", "Reactions"])
        #expect(IngestFixtures.texts(a, .paragraph).count == 9)
        #expect(!a.text.string.contains("Other story"))
    }

    @Test func latinDeclarationOnUTF8PageIsOverruled() throws {
        let page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café society in Zürich, where the story starts.</p></body></html>"
        let a = try Ingestor.articles(from: Data(page.utf8), source: "p.html", hint: "html")[0]
        #expect(a.text.string.contains("Café society in Zürich"))
    }

    @Test func titleFallsBackToH1ThenTitleWithoutSiteName() throws {
        // A <title> too short to be a headline gives way to the page's one <h1>.
        let h1 = try html("<html><head><title>Site</title></head><body><article><h1>Budget passes</h1><p>The budget passed on Friday after a long debate in parliament.</p></article></body></html>")
        #expect(h1.title == "Budget passes")
        let none = try html("<html><body><article><h1>Budget passes</h1><p>The budget passed on Friday after a long debate in parliament.</p></article></body></html>")
        #expect(none.title == "Budget passes")
        #expect(none.text.string == "Budget passes\nThe budget passed on Friday after a long debate in parliament.")
        let t = try html("<html><head><title>Budget passes after long debate - The Daily Example</title></head><body><div><p>The budget passed on Friday after a long debate in parliament.</p></div></body></html>")
        #expect(t.title == "Budget passes after long debate")
        #expect(HTMLMetadata.stripSiteName("Spain – Portugal match ends in a draw after extra time", h1: nil)
                == "Spain – Portugal match ends in a draw after extra time")
    }

    @Test func datesFromTimeElementJSONLDAndDateline() throws {
        let time = try html("<article><h1>T</h1><p>By staff <time datetime=\"2019-11-02T10:00\">2 Nov</time></p><p>Text of the article that is long enough to count, really.</p></article>")
        #expect(time.published?.date.iso == "2019-11-02")
        #expect(time.published?.source == .timeElement)
        let ld = try html("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": \"2020-01-31T09:00:00Z\"}</script></head><body><p>Article text long enough to be a paragraph of the story.</p></body></html>")
        #expect(ld.published?.date.iso == "2020-01-31")
        #expect(ld.published?.source == .jsonLD)
        let dateline = try html("<html><body><div class=\"content\"><p>Tuesday, September 22, 2015</p><p>Article text long enough to be a paragraph of the story.</p></div></body></html>")
        #expect(dateline.published == PublicationDate(date: CalendarDate(year: 2015, month: 9, day: 22), source: .dateline))
        #expect(IngestFixtures.boilerplate(dateline, .dateline) == ["Tuesday, September 22, 2015"])
    }

    @Test func entitiesAreDecodedAndThenSanitised() throws {
        let a = try html("<html><body><article><p>Tom &amp; Jerry &#27;[31mred&#x1b;[0m &lt;b&gt; &#x9B;2J caf&eacute;.</p></article></body></html>")
        // References to controls become a visible U+FFFD; 0x80-0x9F references read as Windows-1252, as
        // browsers do (&#x9B; is "›").
        #expect(a.text.string.contains("Tom & Jerry \u{FFFD}[31mred\u{FFFD}[0m <b> ›2J café."))
        #expect(!a.text.scalars.contains { TextSanitizer.isUnsafe($0.value) })
        let quotes = try html("<p>It&#146;s a &#147;test&#148; &#8212; &#0000027;[7m &#x110000; done, in a paragraph.</p>")
        #expect(quotes.text.string == "It’s a “test” — \u{FFFD}[7m \u{FFFD} done, in a paragraph.")
        #expect(!a.text.scalars.contains { TextSanitizer.isUnsafe($0.value) })
    }

    @Test func deeplyNestedHTMLDoesNotOverflowTheStack() throws {
        let depth = 100_000
        var s = "<html><body>"
        s += String(repeating: "<div>", count: depth)
        s += "<p>Deep text at the bottom of the page.</p>"
        s += String(repeating: "</div>", count: depth)
        s += "</body></html>"
        let a = try html(s)
        #expect(a.text.string == "Deep text at the bottom of the page.")
        let unclosed = try html("<html><body>" + String(repeating: "<div><span>", count: depth) + "words at the end")
        #expect(unclosed.text.string == "words at the end")
    }

    @Test func fragmentWithoutHTMLOrBodyTags() throws {
        let a = try IngestFixtures.article("wikinews-2015-09-22-ahmed-mohamed-clock.html")
        #expect(a.title == "Texas student Ahmed Mohamed inspires social movement")
        #expect(a.published == PublicationDate(date: CalendarDate(year: 2015, month: 9, day: 22), source: .timeElement))
        #expect(IngestFixtures.texts(a, .caption).count == 2)
        #expect(IngestFixtures.boilerplate(a, .byline) == ["Wikinews · Tuesday, September 22, 2015"])
        #expect(!a.text.string.contains("CC BY 2.5"))
    }

    @Test func htmlIsDetectedFromContentNotExtension() throws {
        let a = try IngestFixtures.article(text: "<!DOCTYPE html><html><body><p>Saved as text but really a web page, with a paragraph.</p></body></html>", hint: "txt")
        #expect(a.format == .html)
        #expect(a.text.string == "Saved as text but really a web page, with a paragraph.")
    }
}
