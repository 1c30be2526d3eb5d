import CLibXML2

/// RSS 2.0 (and RSS 1.0) items and Atom entries, each as one article with its title, link, date and content.
///
/// An item's source is `PATH#N` (N counts items from 1 in feed order): unique and stable for the library
/// and error messages, while the item's own URL goes to `Article.link`. Content comes from
/// `content:encoded`, Atom `content`, then `description`/`summary`; HTML content goes through reader mode.
public enum FeedIngestor {
    struct Item {
        var title: String?
        var link: String?
        var date: CalendarDate?
        var content: String?
        var contentIsHTML = true
        /// No child element and no text: nothing to show.
        var isEmpty = false
    }

    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let contentModule = "http://purl.org/rss/1.0/modules/content/"
    static let xhtml = "http://www.w3.org/1999/xhtml"

    /// The element's name with the prefix its namespace conventionally has ("dc:title", "content:encoded",
    /// "xhtml:body"), whatever prefix the feed chose; other prefixed names as written.
    static func canonicalName(_ n: xmlNodePtr) -> String {
        switch XMLNode.namespace(n) {
        case dublinCore?: return "dc:" + XMLNode.name(n)
        case contentModule?: return "content:" + XMLNode.name(n)
        case xhtml?: return "xhtml:" + XMLNode.name(n)
        default: return XMLNode.qualifiedName(n)
        }
    }

    static func isEmpty(_ e: xmlNodePtr) -> Bool {
        FeedDocument.children(e).isEmpty && text(e).allSatisfy { $0.isWhitespace }
    }

    /// The text of a title written as HTML: tags gone, references decoded.
    static func plainText(html: String) -> String {
        guard let doc = HTMLDocument(html), let root = doc.root else { return html }
        return XMLNode.textContent(root, limit: 1 << 16)
    }

    /// Whether an RSS title (which has no type) holds markup: an end tag or a line break, as feedparser guesses.
    static func looksLikeHTML(_ s: String) -> Bool {
        let u = Array(s.utf8)
        for k in u.indices where u[k] == 0x3C && k + 2 < u.count {
            let next = u[k + 1] | 0x20
            if u[k + 1] == 0x2F, (u[k + 2] | 0x20) >= 0x61, (u[k + 2] | 0x20) <= 0x7A { return true }
            if next == 0x62, (u[k + 2] | 0x20) == 0x72 { return true }
        }
        return false
    }

    /// An Atom text construct as plain text: `type="html"` and `type="xhtml"` lose their tags.
    static func textConstruct(_ feed: FeedDocument, _ c: xmlNodePtr) -> String {
        switch XMLNode.attribute(c, "type")?.lowercased() ?? "text" {
        case "xhtml": return plainText(html: feed.innerMarkup(c))
        case "html", "text/html": return plainText(html: text(c))
        default: return text(c)
        }
    }

    public static func articles(xml: String, source: String, format: ArticleFormat) throws -> [Article] {
        let feed = try FeedDocument(xml, source: source)
        guard let root = feed.root else { throw IngestError(source: source, reason: .malformed("feed has no root element")) }
        let items = collectItems(feed, root)
        var out: [Article] = []
        for (k, item) in items.enumerated() {
            // An item with nothing in it at all (a feed cut off mid-item) is not an article; one with anything
            // (only a link, a date, an enclosure) is kept, as feedparser keeps it. Numbering stays stable.
            if item.isEmpty { continue }
            out.append(try article(item, source: "\(source)#\(k + 1)", format: format))
        }
        // A feed with nothing to read is an error to report, not an empty success that prints nothing.
        guard !out.isEmpty else { throw IngestError(source: source, reason: .malformed("feed has no items")) }
        return out
    }

    static func collectItems(_ feed: FeedDocument, _ root: xmlNodePtr) -> [Item] {
        var out: [Item] = []
        var rootName = XMLNode.name(root)
        if rootName == "rdf" { rootName = "rdf:rdf" }
        switch rootName {
        case "feed":
            for e in FeedDocument.children(root) where XMLNode.name(e) == "entry" { out.append(atomEntry(feed, e)) }
        default:
            // RSS 2.0 items live in the channel; RSS 1.0 items are children of the root.
            var containers = [root]
            containers += FeedDocument.children(root).filter { XMLNode.name($0) == "channel" }
            for c in containers {
                for e in FeedDocument.children(c) where XMLNode.name(e) == "item" { out.append(rssItem(feed, e)) }
            }
        }
        return out
    }

    static func text(_ n: xmlNodePtr) -> String { XMLNode.textContent(n, limit: 64 << 20) }

    static func rssItem(_ feed: FeedDocument, _ e: xmlNodePtr) -> Item {
        var item = Item()
        item.isEmpty = isEmpty(e)
        var description: String?
        var dcTitle: String?, dcDescription: String?, xhtmlBody: String?, enclosure: String?
        for c in FeedDocument.children(e) {
            switch canonicalName(c) {
            case "title":
                let t = text(c)
                item.title = looksLikeHTML(t) ? plainText(html: t) : t
            case "dc:title": dcTitle = text(c)
            case "dc:description": dcDescription = text(c)
            case "xhtml:body", "xhtml:div": xhtmlBody = feed.innerMarkup(c)
            case "enclosure": enclosure = XMLNode.attribute(c, "url")
            case "link": item.link = text(c).trimmingTrailingSpaces()
            case "guid":
                if item.link == nil, XMLNode.attribute(c, "ispermalink")?.lowercased() != "false" {
                    let g = text(c)
                    if g.hasPrefix("http") { item.link = g }
                }
            case "pubdate", "dc:date", "published": item.date = item.date ?? DateParser.parse(text(c))
            case "content:encoded": item.content = text(c)
            case "description": description = text(c)
            default: break
            }
        }
        if item.title == nil { item.title = dcTitle }
        if item.content == nil { item.content = xhtmlBody ?? description ?? dcDescription }
        if item.link == nil { item.link = enclosure }
        return item
    }

    static func atomEntry(_ feed: FeedDocument, _ e: xmlNodePtr) -> Item {
        var item = Item()
        item.isEmpty = isEmpty(e)
        var updated: CalendarDate?
        var summary: (String, Bool)?
        for c in FeedDocument.children(e) {
            switch XMLNode.name(c) {
            case "title": item.title = textConstruct(feed, c)
            case "link":
                let rel = XMLNode.attribute(c, "rel") ?? "alternate"
                if rel == "alternate" || item.link == nil, let href = XMLNode.attribute(c, "href") { item.link = href }
            case "published": item.date = DateParser.parse(text(c))
            case "updated": updated = DateParser.parse(text(c))
            case "content", "summary":
                let type = XMLNode.attribute(c, "type")?.lowercased() ?? "text"
                let body = type == "xhtml" ? feed.innerMarkup(c) : text(c)
                let isHTML = type == "html" || type == "xhtml" || type.contains("html")
                if XMLNode.name(c) == "content" { item.content = body; item.contentIsHTML = isHTML } else { summary = (body, isHTML) }
            default: break
            }
        }
        if item.date == nil { item.date = updated }
        if item.content == nil, let (s, h) = summary { item.content = s; item.contentIsHTML = h }
        return item
    }

    static func article(_ item: Item, source: String, format: ArticleFormat) throws -> Article {
        // Feed titles are often HTML-escaped once more ("&amp;amp;"); text never holds a real "&amp;".
        let title = item.title.map { HTMLMetadata.clean(HTMLEntities.decodeAll($0)) }.flatMap { $0.isEmpty ? nil : $0 }
        let content = item.content ?? ""
        let x: HTMLIngestor.Extraction
        if item.contentIsHTML {
            x = try HTMLIngestor.extract(html: content, source: source, knownTitle: title)
        } else {
            // Plain text content: one paragraph per line, under the item title.
            var b = ArticleBuilder()
            if let title { b.append(title, kind: .heading, level: 1) }
            for line in content.split(separator: "\n") { b.append(String(line), kind: .paragraph) }
            let t = ArticleText(b.text)
            let r = StructureInference.infer(b.blocks, text: t, inferHeadings: false, inferTitleLine: false)
            x = HTMLIngestor.Extraction(articleText: t, blocks: r.blocks, titleBlock: title == nil ? nil : 0,
                                        title: title, published: r.published, link: nil)
        }
        var published = x.published
        if let d = item.date { published = PublicationDate(date: d, source: .metadata) }
        var a = Article(source: source, format: format, title: title ?? x.title, published: published,
                        link: item.link ?? x.link, text: "", blocks: x.blocks)
        a.text = x.articleText
        a.sections = SectionBuilder.sections(x.blocks, text: a.text, titleBlock: x.titleBlock)
        return a
    }
}
