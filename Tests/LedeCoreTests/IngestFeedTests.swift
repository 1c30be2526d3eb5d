import Foundation
import Testing
@testable import LedeCore

@Suite("Ingest: RSS and Atom feeds")
struct IngestFeedTests {
    func feed(_ s: String, hint: String = "xml") throws -> [Article] {
        try Ingestor.articles(from: Data(s.utf8), source: "feed.\(hint)", hint: hint)
    }

    @Test func rssItemsBecomeArticles() throws {
        let path = IngestFixtures.path("wikinews-sample-feed.rss")
        let items = try Ingestor.load(path)
        #expect(items.count == 4)
        #expect(items.map(\.source) == (1...4).map { "\(path)#\($0)" })
        #expect(items.allSatisfy { $0.format == .rss })
        #expect(items.map(\.title) == [
            "NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles",
            "Scientists analyse effects of global warming, atmospheric ozone on crops",
            "Lantern Festival in Taipei lights up the night",
            "New Zealand begins process to consider changing national flag design",
        ])
        #expect(items.map { $0.published?.date.iso } == ["2011-04-13", "2014-07-28", "2007-03-05", "2015-05-07"])
        #expect(items.allSatisfy { $0.published?.source == .metadata })
        #expect(items[2].link == "https://en.wikinews.org/wiki/Lantern_Festival_in_Taipei_lights_up_the_night")
        for a in items {
            #expect(a.text.string.hasPrefix(a.title! + "\n"))
            #expect(!a.text.string.contains("<p>"))
            #expect(!a.text.string.contains("CDATA"))
            #expect(!IngestFixtures.body(a).contains("licensed under CC BY 2.5"))
        }
        #expect(IngestFixtures.texts(items[0], .caption).first?.hasPrefix("NASA Administrator Charles Bolden") == true)
    }

    @Test func atomEntries() throws {
        let items = try feed("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example</title>
          <entry>
            <title type="html">Rates &amp;amp; prices rise</title>
            <link rel="self" href="https://example.org/self/1"/>
            <link rel="alternate" href="https://example.org/1"/>
            <published>2023-06-01T10:00:00Z</published>
            <updated>2023-06-02T10:00:00Z</updated>
            <content type="html">&lt;p&gt;The central bank raised rates on Thursday, the third rise this year.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Second entry</title>
            <link href="https://example.org/2"/>
            <updated>2023-06-03T00:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Markup content in <b>XHTML</b>, as a paragraph.</p></div></content>
          </entry>
          <entry>
            <title>Third</title>
            <summary>Plain summary text only.</summary>
          </entry>
        </feed>
        """)
        #expect(items.count == 3)
        #expect(items.allSatisfy { $0.format == .atom })
        #expect(items[0].title == "Rates & prices rise")
        #expect(items[0].link == "https://example.org/1")
        #expect(items[0].published?.date.iso == "2023-06-01")
        #expect(items[0].text.string == "Rates & prices rise\nThe central bank raised rates on Thursday, the third rise this year.")
        #expect(items[1].published?.date.iso == "2023-06-03")
        #expect(items[1].text.string == "Second entry\nMarkup content in XHTML, as a paragraph.")
        #expect(items[2].text.string == "Third\nPlain summary text only.")
        #expect(items[2].link == nil)
    }

    @Test func rss1AndControlCharactersInFeeds() throws {
        let items = try feed("""
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
          <item><title>Bad &#x9B;title</title><link>https://example.org/x</link>
          <description>Escape &amp;#27;[2J and &#x85; in content.</description></item>
        </rdf:RDF>
        """, hint: "rdf")
        #expect(items.count == 1)
        #expect(items[0].title == "Bad \u{FFFD}title")
        #expect(items[0].text.string.contains("Escape \u{FFFD}[2J and"))
        #expect(!items[0].text.scalars.contains("\u{1B}"))
        #expect(!items[0].text.scalars.contains { TextSanitizer.isUnsafe($0.value) })
    }

    @Test func billionLaughsIsRefused() {
        var doctype = "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for k in 1...9 {
            doctype += "<!ENTITY lol\(k) \"" + String(repeating: "&lol\(k == 1 ? "" : String(k - 1));", count: 10) + "\">\n"
        }
        doctype += "]>\n"
        let xml = "<?xml version=\"1.0\"?>\n" + doctype + "<rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>"
        #expect(FormatSniffer.detect(xml, hint: "rss") == .rss)
        do {
            _ = try feed(xml, hint: "rss")
            Issue.record("entity bomb was parsed")
        } catch let e as IngestError {
            #expect(e.description.contains("entities"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func externalEntitiesAreRefused() {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY net SYSTEM "http://example.invalid/x"> ]>
        <rss version="2.0"><channel><item><title>&xxe;&net;</title></item></channel></rss>
        """
        #expect(throws: IngestError.self) { try feed(xml, hint: "rss") }
    }

    @Test func externalDTDReferenceIsNotFetched() throws {
        // No entity declarations: parsed, the DTD is never loaded (no network), undefined entities dropped.
        let items = try feed("""
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.invalid/rss-0.91.dtd">
        <rss version="0.91"><channel><item><title>Old feed</title><description>Text&nbsp;here.</description></item></channel></rss>
        """, hint: "rss")
        #expect(items.count == 1)
        #expect(items[0].title == "Old feed")
    }

    @Test func truncatedFeedKeepsWhatItHas() throws {
        let items = try feed("<rss version=\"2.0\"><channel><item><title>Cut off</title><description>&lt;p&gt;Text that is cut off", hint: "rss")
        #expect(items.map(\.title) == ["Cut off"])
        #expect(items.first?.text.string == "Cut off\nText that is cut off")
        let twice = try feed("<rss version=\"2.0\"><channel><item><title>A</title></item><item>", hint: "rss")
        #expect(twice.map(\.title) == ["A"])
        #expect(try feed("Plain words in a file named .rss, nothing more.", hint: "rss").first?.format == .text)
    }

    @Test(arguments: [
        "<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>",
        "<rss version=\"2.0\"><channel><title>Hollow</title><item></item><item> </item></channel></rss>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Empty</title><updated>2024-01-01T00:00:00Z</updated></feed>",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel><title>E</title></channel></rdf:RDF>",
    ])
    func feedWithoutItemsIsAnErrorNamingTheFile(_ xml: String) throws {
        do {
            let items = try Ingestor.articles(from: Data(xml.utf8), source: "news/empty.rss", hint: "rss")
            Issue.record("a feed without items gave \(items.count) articles")
        } catch let e as IngestError {
            #expect(e == IngestError(source: "news/empty.rss", reason: .malformed("feed has no items")))
            #expect(e.description == "news/empty.rss: feed has no items")
        }
    }

    @Test func dublinCoreTitleAndDescription() throws {
        let items = try feed("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:d="http://purl.org/dc/elements/1.1/">
          <channel><title>Site</title></channel>
          <item rdf:about="https://example.org/a"><d:title>Harbour reopens after storm</d:title>
            <d:description>The harbour reopened on Monday after a week of repairs.</d:description>
            <d:date>2024-03-04</d:date><link>https://example.org/a</link></item>
        </rdf:RDF>
        """)
        #expect(items.map(\.title) == ["Harbour reopens after storm"])
        #expect(items[0].text.string == "Harbour reopens after storm\nThe harbour reopened on Monday after a week of repairs.")
        #expect(items[0].published?.date.iso == "2024-03-04")
    }

    @Test func xhtmlBodyInRSS() throws {
        let items = try feed("""
        <rss version="2.0" xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel><title>S</title>
          <item><title>Bridge opens</title><description>Short summary.</description>
            <xhtml:body><xhtml:p>The bridge opened on <xhtml:b>Tuesday</xhtml:b> &amp; traffic flowed.</xhtml:p>
            <xhtml:p>Line one<xhtml:br/>line two.</xhtml:p></xhtml:body></item>
        </channel></rss>
        """)
        #expect(items.count == 1)
        #expect(items[0].text.string == "Bridge opens\nThe bridge opened on Tuesday & traffic flowed.\nLine one\nline two.")
    }

    @Test func atomXHTMLContentAndHTMLTitles() throws {
        let items = try feed("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>S</title>
          <entry><title type="html">Rock &amp;amp; roll &lt;em&gt;live&lt;/em&gt;</title><id>1</id>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The band played <i>for hours</i>
            in the rain.</p><p>Nobody left &lt;early&gt;.</p></div></content></entry>
          <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Tea <b>time</b></div></title><id>2</id>
            <summary>Plain summary &lt;b&gt; stays as written.</summary></entry>
        </feed>
        """)
        #expect(items.map(\.title) == ["Rock & roll live", "Tea time"])
        #expect(items[0].text.string == "Rock & roll live\nThe band played for hours in the rain.\nNobody left <early>.")
        #expect(!items[0].text.string.contains("div"))
        #expect(items[1].text.string.hasSuffix("Plain summary <b> stays as written."))
    }

    @Test func rssTitleWithMarkupLosesItsTags() throws {
        let items = try feed("""
        <rss version="2.0"><channel><title>S</title><item><title>Prices &lt;b&gt;fall&lt;/b&gt; again</title>
        <description>Prices fell again in March, the office said.</description></item></channel></rss>
        """)
        #expect(items.map(\.title) == ["Prices fall again"])
    }

    @Test func itemsWithoutTitleOrContentAreKept() throws {
        let items = try feed("""
        <rss version="2.0"><channel><title>S</title>
          <item><link>https://example.org/only-link</link></item>
          <item><enclosure url="https://example.org/ep1.mp3" length="1" type="audio/mpeg"/></item>
          <item><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
          <item></item>
          <item><title>Last</title></item>
        </channel></rss>
        """)
        #expect(items.map(\.source) == ["feed.xml#1", "feed.xml#2", "feed.xml#3", "feed.xml#5"])
        #expect(items.map(\.link) == ["https://example.org/only-link", "https://example.org/ep1.mp3", nil, nil])
        #expect(items[2].published?.date.iso == "2024-03-05")
        #expect(items[3].title == "Last")
    }

    /// Found by the fuzzer: a character reference in an entry's link decoded to a C1 control (CSI, U+9B) that
    /// reached `Article.link`, which the reader prints in its header.
    @Test func controlsDecodedInLinksAndTitlesAreReplaced() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Bad &amp;#27;[31m title</title>
        <link href="http://&#x9b;example.org/a&#27;[2J"/><content type="html">&lt;p&gt;Body text here.&lt;/p&gt;</content>
        </entry><entry><title>Tab&#9;and &#x85;next</title><link href="https://example.org/b"/>
        <summary>Plain.</summary></entry></feed>
        """
        let items = try feed(xml, hint: "atom")
        #expect(items.count == 2)
        for a in items {
            for field in [a.title, a.link].compactMap({ $0 }) {
                #expect(!field.unicodeScalars.contains { TextSanitizer.isUnsafe($0.value) }, "\(field)")
            }
        }
        #expect(items[0].link == "http:// example.org/a[2J")
        #expect(items[1].link == "https://example.org/b")
    }
}
