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
    }

    public static func articles(xml: String, source: String, format: ArticleFormat) throws -> [Article] {
        let feed = try FeedDocument(xml, source: source)
        guard let root = feed.root else { throw IngestError(source: source, reason: .malformed("feed has no root element")) }
        let items = collectItems(feed, root)
        var out: [Article] = []
        for (k, item) in items.enumerated() {
            // An item with nothing in it (a feed cut off mid-item) is not an article; numbering stays stable.
            if item.title == nil && item.content == nil && item.link == nil { continue }
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
                for e in FeedDocument.children(c) where XMLNode.name(e) == "item" { out.append(rssItem(e)) }
            }
        }
        return out
    }

    static func text(_ n: xmlNodePtr) -> String { XMLNode.textContent(n, limit: 64 << 20) }

    static func rssItem(_ e: xmlNodePtr) -> Item {
        var item = Item()
        var description: String?
        for c in FeedDocument.children(e) {
            switch XMLNode.qualifiedName(c) {
            case "title": item.title = text(c)
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
        if item.content == nil { item.content = description }
        return item
    }

    static func atomEntry(_ feed: FeedDocument, _ e: xmlNodePtr) -> Item {
        var item = Item()
        var updated: CalendarDate?
        var summary: (String, Bool)?
        for c in FeedDocument.children(e) {
            switch XMLNode.name(c) {
            case "title": item.title = text(c)
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
