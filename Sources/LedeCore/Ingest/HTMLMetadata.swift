import Foundation
import CLibXML2

/// What a page says about itself: title (`og:title`, `<h1>`, `<title>`), publication date
/// (`article:published_time` and kin, JSON-LD `datePublished`, `<time datetime>`) and canonical link.
struct HTMLMetadata {
    var metaTitle: String?
    var documentTitle: String?
    var firstH1: String?
    var published: CalendarDate?
    var link: String?

    static let dateProperties: Set<String> = [
        "article:published_time", "og:published_time", "date", "pubdate", "publishdate", "dc.date",
        "dc.date.issued", "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date",
    ]

    init(_ extractor: ReaderModeExtractor) {
        var timeDate: CalendarDate?
        for e in extractor.elements {
            let n = e.node
            switch e.tag {
            case "meta":
                let key = (XMLNode.attribute(n, "property") ?? XMLNode.attribute(n, "name")
                           ?? XMLNode.attribute(n, "itemprop"))?.lowercased() ?? ""
                guard let content = XMLNode.attribute(n, "content") else { break }
                if key == "og:title" || key == "twitter:title" && metaTitle == nil {
                    metaTitle = Self.clean(content)
                } else if Self.dateProperties.contains(key), published == nil {
                    published = DateParser.parse(content)
                } else if key == "og:url", link == nil {
                    link = content
                }
            case "link":
                if XMLNode.attribute(n, "rel")?.lowercased() == "canonical", let href = XMLNode.attribute(n, "href") {
                    link = href
                }
            case "title":
                if documentTitle == nil { documentTitle = Self.clean(XMLNode.textContent(n, limit: 2000)) }
            case "h1":
                if firstH1 == nil, !Self.insideComments(extractor, e) {
                    let t = Self.clean(XMLNode.textContent(n, limit: 2000))
                    if !t.isEmpty { firstH1 = t }
                }
            case "time":
                if timeDate == nil, !e.furniture, let dt = XMLNode.attribute(n, "datetime") { timeDate = DateParser.parse(dt) }
            case "script":
                if published == nil, XMLNode.attribute(n, "type")?.lowercased() == "application/ld+json" {
                    published = Self.jsonLDDate(XMLNode.textContent(n, limit: 1 << 20))
                }
            default: break
            }
        }
        if published == nil { published = timeDate }
    }

    /// Single line, trimmed, controls removed (the title goes to the screen).
    static func clean(_ s: String) -> String {
        let one = TextSanitizer.singleLine(TextSanitizer.sanitize(s))
        return one.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
    }

    static func insideComments(_ x: ReaderModeExtractor, _ e: ReaderModeExtractor.Element) -> Bool {
        var p = e.parent
        while p >= 0 {
            let tag = x.elements[p].tag
            if tag == "nav" || tag == "aside" || tag == "footer" || tag == "form" { return true }
            if let cls = XMLNode.attribute(x.elements[p].node, "class")?.lowercased(),
               cls.contains("comment") || cls.contains("sidebar") || cls.contains("widget") { return true }
            p = x.elements[p].parent
        }
        return false
    }

    /// `datePublished` from a JSON-LD block (a NewsArticle, possibly inside an @graph).
    static func jsonLDDate(_ json: String) -> CalendarDate? {
        guard let r = json.range(of: "\"datePublished\"") else { return nil }
        let rest = json[r.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" }
        guard rest.first == "\"" else { return nil }
        return DateParser.parse(String(rest.dropFirst().prefix(40)))
    }

    /// The article title: `og:title`, else `<h1>`, else `<title>`, without a " - Site name" tail.
    var title: String? {
        for candidate in [metaTitle, firstH1, documentTitle] {
            guard let c = candidate, !c.isEmpty else { continue }
            return Self.stripSiteName(c, h1: firstH1)
        }
        return nil
    }

    static let separators = [" - ", " | ", " – ", " — ", " :: ", " · ", " • "]

    /// Drops a site-name tail or head: "Story title - Wikinews, the free news source" -> "Story title".
    /// When the page's `<h1>` is one side of the separator, that side wins; otherwise the shorter side goes
    /// only if it is short (a name, not half of a headline with a dash in it).
    static func stripSiteName(_ title: String, h1: String?) -> String {
        if let h1, !h1.isEmpty, title.hasPrefix(h1), title != h1 {
            let rest = title.dropFirst(h1.count)
            if separators.contains(where: { rest.hasPrefix($0) }) { return h1 }
        }
        for sep in separators {
            guard let r = title.range(of: sep, options: .backwards) else { continue }
            let head = String(title[..<r.lowerBound]), tail = String(title[r.upperBound...])
            let headWords = head.split(separator: " ").count, tailWords = tail.split(separator: " ").count
            if tailWords <= 6 && tailWords < headWords { return head }
            // "Site | Headline": only with separators that headlines do not use themselves.
            if sep == " | " || sep == " :: ", let r2 = title.range(of: sep) {
                let first = String(title[..<r2.lowerBound]), rest = String(title[r2.upperBound...])
                if first.split(separator: " ").count <= 3 && rest.split(separator: " ").count > 4 { return rest }
            }
        }
        return title
    }
}
