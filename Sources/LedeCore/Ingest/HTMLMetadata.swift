import Foundation
import CLibXML2

/// What a page says about itself, read before reader mode edits the page: `<meta>` properties (Open Graph,
/// Dublin Core, Twitter, Parse.ly, Weibo, article:*), JSON-LD, the `<title>`, the headings, `<time>`
/// elements and the canonical link.
struct HTMLMetadata {
    /// Meta values by normalised name ("og:title", "dc:title", "article:published_time", "parsely-pub-date").
    var meta: [String: String] = [:]
    var jsonLD: JSONLDArticle?
    var documentTitle: String?
    var h1s: [String] = []
    var h2s: [String] = []
    var timeDate: CalendarDate?
    var link: String?
    var ogURL: String?

    init(root: xmlNodePtr) {
        var timeCandidates: [(date: CalendarDate, strong: Bool)] = []
        var jsonBlocks: [String] = []
        // Furniture depth: `<time>` and headings inside navigation, asides, footers and comments are not the page's.
        XMLNode.walk(root) { n in
            guard XMLNode.isElement(n) else { return false }
            switch HTMLTag.of(n) {
            case .meta:
                read(meta: n)
            case .link:
                if XMLNode.attributeValue(n, "rel")?.lowercased() == "canonical",
                   let href = XMLNode.attributeValue(n, "href"), !href.isEmpty { link = href }
            case .title:
                if documentTitle == nil { documentTitle = XMLNode.textContent(n, limit: 4000) }
                return false
            case .h1:
                if h1s.count < 50 { h1s.append(Self.clean(XMLNode.textContent(n, limit: 4000))) }
                return false
            case .h2:
                if h2s.count < 200 { h2s.append(Self.clean(XMLNode.textContent(n, limit: 4000))) }
                return false
            case .time:
                if let dt = XMLNode.attributeValue(n, "datetime"), let d = DateParser.parse(dt), Self.isPlausible(d),
                   !Self.insideFurniture(n) {
                    let strong = XMLNode.hasAttribute(n, "pubdate")
                        || XMLNode.attributeValue(n, "itemprop").map { ByteSearch.has($0.lowercased(), "datepublished") } == true
                        || XMLNode.attributeValue(n, "class").map { ByteSearch.has($0.lowercased(), "publish") } == true
                    timeCandidates.append((d, strong))
                }
            case .script:
                if XMLNode.attributeValue(n, "type").map({ SpaceTrim.trimmed($0).lowercased() }) == "application/ld+json" {
                    jsonBlocks.append(XMLNode.textContent(n, limit: 1 << 20))
                }
                return false
            case .style, .svg:
                return false
            default:
                break
            }
            return true
        }
        timeDate = timeCandidates.first(where: \.strong)?.date ?? timeCandidates.first?.date
        for block in jsonBlocks {
            if let a = JSONLDArticle(json: block, documentTitle: documentTitle.map(Self.clean)) {
                if jsonLD == nil { jsonLD = a } else if jsonLD?.datePublished == nil { jsonLD?.datePublished = a.datePublished }
                if jsonLD != nil && jsonLD?.title != nil && jsonLD?.datePublished != nil { break }
            }
        }
        if link == nil { link = ogURL }
    }

    // MARK: Meta tags

    /// Keys set by a `property` attribute (RDFa, Open Graph): they win over the same key set by `name`.
    var keysFromProperty: Set<String> = []

    /// Readability's reading of `<meta>`: `property` may list several space-separated names; `name` may be
    /// prefixed ("dc.title", "twitter:title", "weibo:article:title"). The first value of a key counts, except
    /// that a `property` value replaces a `name` value ("dc:title" by property over "DC.title" by name).
    mutating func read(meta n: xmlNodePtr) {
        guard let content = XMLNode.attributeValue(n, "content").map(SpaceTrim.trimmed), !content.isEmpty else { return }
        if let property = XMLNode.attributeValue(n, "property")?.lowercased() {
            for p in property.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                let key = String(p)
                if key == "og:url" { ogURL = ogURL ?? content }
                if meta[key] == nil || !keysFromProperty.contains(key) {
                    meta[key] = content
                    keysFromProperty.insert(key)
                }
            }
        }
        for attr in ["name", "itemprop"] as [StaticString] {
            guard let raw = XMLNode.attributeValue(n, attr)?.lowercased() else { continue }
            let key = String(raw.unicodeScalars.filter { !ScalarClass.isSpace($0) }).replacingOccurrences(of: ".", with: ":")
            if meta[key] == nil { meta[key] = content }
        }
    }

    /// An author named in the metadata (JSON-LD, Dublin Core, `name="author"`, Parse.ly).
    var hasAuthor: Bool {
        if jsonLD?.hasAuthor == true { return true }
        return ["dc:creator", "dcterm:creator", "author", "parsely-author"].contains { !(meta[$0] ?? "").isEmpty }
    }

    // MARK: Title

    static let metaTitleKeys = ["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
                                "title", "twitter:title", "parsely-title"]

    /// The article title in Readability's order of trust — JSON-LD, then meta titles (Dublin Core, Open Graph,
    /// Weibo, `name="title"`, Twitter, Parse.ly), then the `<title>` with its site name cut off — and
    /// then, unlike Readability, without a " - Site name" tail whichever it came from.
    var title: String? {
        var t: String?
        if let j = jsonLD?.title, !Self.clean(j).isEmpty { t = j }
        if t == nil { t = Self.metaTitleKeys.lazy.compactMap { meta[$0] }.first { !Self.clean($0).isEmpty } }
        guard let chosen = t.map(Self.clean) ?? documentTitleCut() else { return nil }
        let h1 = h1s.count == 1 ? h1s[0] : nil
        let stripped = Self.stripSiteName(chosen, h1: h1)
        return stripped.isEmpty ? nil : stripped
    }

    /// Readability's reading of `<title>`: the part before the last separator ("Headline | Site"), the part
    /// after the first when that leaves too little ("Site | Headline"), the part after a colon unless a
    /// heading has the whole text, the only `<h1>` when the title is very short or long.
    func documentTitleCut() -> String? {
        guard let orig = documentTitle.map(Self.clean), !orig.isEmpty else { return h1s.count == 1 ? h1s[0] : nil }
        func words(_ s: String) -> Int { s.split(whereSeparator: { $0 == " " }).count }
        // En and em dashes are separators too, as in Readability since 0.5 ("Evolve: Shared History — Site").
        let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
        let hierarchical: Set<Character> = ["\\", "/", ">", "»"]
        let chars = Array(orig)
        var sepPositions: [Int] = []
        var hadHierarchical = false
        if chars.count >= 3 {
            for k in 1..<(chars.count - 1) where chars[k - 1] == " " && chars[k + 1] == " " && separators.contains(chars[k]) {
                sepPositions.append(k - 1)
                if hierarchical.contains(chars[k]) { hadHierarchical = true }
            }
        }
        var cur = orig
        if let last = sepPositions.last {
            cur = String(chars[..<last])
            if words(cur) < 3, let first = chars.firstIndex(where: { separators.contains($0) }) {
                // "Site | Headline" gives the headline; "Spain – Portugal match ends …" is one headline.
                cur = chars[first] == "–" || chars[first] == "—" ? orig : String(chars[(first + 1)...])
            }
        } else if orig.contains(": ") {
            if !(h1s + h2s).contains(orig) {
                let afterLast = String(orig[orig.index(after: orig.lastIndex(of: ":")!)...])
                let beforeFirst = String(orig[..<orig.firstIndex(of: ":")!])
                if words(afterLast) < 3 {
                    cur = String(orig[orig.index(after: orig.firstIndex(of: ":")!)...])
                } else if words(beforeFirst) > 5 {
                    cur = orig
                } else {
                    cur = afterLast
                }
            }
        } else if orig.count > 150 || orig.count < 15, h1s.count == 1, !h1s[0].isEmpty {
            // Unlike Readability, the one <h1> is not traded back for a shorter <title> ("Budget passes" over
            // "Site"), but a title of more words stays ("RTL Test" over a placeholder "Lorem").
            if words(h1s[0]) > words(orig) || orig.count > 150 { return h1s[0] }
            return orig
        }
        cur = Self.clean(cur)
        let n = words(cur)
        let origWithoutSeparators = String(orig.filter { !separators.contains($0) })
        if n <= 4 && (!hadHierarchical || n != words(origWithoutSeparators) - 1) { cur = orig }
        return cur.isEmpty ? nil : cur
    }

    static let separators = [" - ", " | ", " – ", " — ", " :: ", " · ", " • ", " _ ", "_"]

    /// Drops a site-name tail or head: "Story title - Wikinews, the free news source" -> "Story title".
    /// When the page's `<h1>` is one side of the separator, that side wins; otherwise the shorter side goes
    /// only if it is short (a name, not half of a headline with a dash in it).
    static func stripSiteName(_ title: String, h1: String?) -> String {
        if let h1, !h1.isEmpty, title.hasPrefix(h1), title != h1 {
            let rest = title.dropFirst(h1.count)
            if separators.contains(where: { rest.hasPrefix($0) }) { return h1 }
        }
        var t = title
        // "Headline _Section _Site" (Chinese portals) and "Headline :: Site ::" (PIXNET) lose each tail.
        while let r = t.range(of: " _", options: .backwards), t[r.upperBound...].split(separator: " ").count <= 2,
              t[..<r.lowerBound].count >= 4 {
            t = String(t[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        for sep in separators where sep != "_" && sep != " _ " {
            guard let r = t.range(of: sep, options: .backwards) else { continue }
            let head = String(t[..<r.lowerBound]), tail = String(t[r.upperBound...])
            let headWords = head.split(separator: " ").count, tailWords = tail.split(separator: " ").count
            if tailWords <= 6 && tailWords < headWords { return head }
            // "Site | Headline": only with separators that headlines do not use themselves.
            if sep == " | " || sep == " :: ", let r2 = t.range(of: sep) {
                let first = String(t[..<r2.lowerBound]), rest = String(t[r2.upperBound...])
                if first.split(separator: " ").count <= 3 && rest.split(separator: " ").count > 4 { return rest }
            }
        }
        return t
    }

    // MARK: Date

    static let dateKeys = [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published",
        "parsely-pub-date", "datepublished", "dc:date:issued", "dcterms:issued", "dc:date", "dcterms:date",
        "dcterms:created", "dc:created", "publishdate", "publish-date", "pubdate", "publication_date",
        "sailthru:date", "date", "cxenseparse:recs:publishtime", "article:publication_date", "pub_date",
    ]

    /// The publication date in Lede's order of trust: meta properties that parse to a plausible date, then
    /// JSON-LD, then a `<time datetime>` (one marked as the publication time first). The caller goes on to
    /// the dateline and the URL.
    ///
    /// One exception: when the article's JSON-LD gives an earlier publication day than the meta properties,
    /// the meta value is an update or republication time (sites write their modified time into
    /// `article:published_time`), and the JSON-LD day is taken.
    var published: (date: CalendarDate, source: PublicationDate.Source)? {
        var fromJSONLD: CalendarDate?
        if let v = jsonLD?.datePublished, let d = DateParser.parse(v), Self.isPlausible(d) { fromJSONLD = d }
        for k in Self.dateKeys {
            guard let v = meta[k], let d = DateParser.parse(v), Self.isPlausible(d) else { continue }
            if let j = fromJSONLD, j < d { return (j, .jsonLD) }
            return (d, .metadata)
        }
        if let j = fromJSONLD { return (j, .jsonLD) }
        if let d = timeDate { return (d, .timeElement) }
        return nil
    }

    /// A date no page can have been published on ("0001-01-01", "1970-01-01" from a zero timestamp, a year
    /// far ahead) is a placeholder.
    static func isPlausible(_ d: CalendarDate) -> Bool {
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        if d.year == 1970 && d.month == 1 && d.day == 1 { return false }
        return d.year >= 1991 && d.year <= thisYear + 1
    }

    // MARK: Helpers

    /// Single line, trimmed, controls removed (the title goes to the screen).
    static func clean(_ s: String) -> String {
        let one = TextSanitizer.singleLine(TextSanitizer.sanitize(s))
        return one.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" }).joined(separator: " ")
    }

    /// Class words of the parts of a page whose dates are other stories' or readers'.
    static let furnitureWords: Set<String> = ["comment", "comments", "sidebar", "related", "footer", "widget",
                                              "recommended", "promo", "teaser", "teasers"]

    static func insideFurniture(_ n: xmlNodePtr) -> Bool {
        var p = n.pointee.parent
        var depth = 0
        while let e = p, XMLNode.isElement(e), depth < 64 {
            let tag = HTMLTag.of(e)
            if tag == .nav || tag == .aside || tag == .footer { return true }
            if let cls = XMLNode.attributeValue(e, "class"),
               ClassNameSignals.chunks(cls).contains(where: { ClassNameSignals.words($0).contains(where: furnitureWords.contains) }) {
                return true
            }
            p = e.pointee.parent
            depth += 1
        }
        return false
    }
}
