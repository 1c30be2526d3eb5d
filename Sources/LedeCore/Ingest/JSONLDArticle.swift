import Foundation

/// The article a page describes in JSON-LD (schema.org), as Readability reads it: the first object whose
/// `@type` is an article type (directly, in an array, or in an `@graph`), with `@context` naming schema.org.
struct JSONLDArticle {
    var title: String?
    var datePublished: String?
    /// True when it names an author (then Readability leaves the page's byline element in place).
    var hasAuthor = false

    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
        "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference", "WebPage", "Blog",
    ]

    /// nil when the block is not JSON or describes no article.
    init?(json: String, documentTitle: String?) {
        var text = json.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("<![CDATA["), text.hasSuffix("]]>") { text = String(text.dropFirst(9).dropLast(3)) }
        guard text.utf8.count < 1 << 20, let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        guard let article = Self.find(value, depth: 0) else { return nil }
        let name = (article["name"] as? String).map(HTMLMetadata.clean)
        let headline = (article["headline"] as? String).map(HTMLMetadata.clean)
        if let name, let headline, name != headline, let documentTitle {
            // The one that resembles the page's <title> (Readability), else the closer one: a `name` that is
            // the site's ("Aktuálně.cz") resembles the title less than the headline does.
            let nameScore = TitleSimilarity.similarity(name, documentTitle)
            let headlineScore = TitleSimilarity.similarity(headline, documentTitle)
            let nameMatches = nameScore > 0.75, headlineMatches = headlineScore > 0.75
            if headlineMatches && !nameMatches { title = headline }
            else if !headlineMatches && !nameMatches && headlineScore > nameScore { title = headline }
            else { title = name }
        } else {
            title = (name?.isEmpty == false ? name : nil) ?? (headline?.isEmpty == false ? headline : nil)
        }
        // A WebPage's name is usually the site's: only an article's titles count.
        if let type = Self.type(of: article), type == "WebPage" || type == "Blog" { title = nil }
        datePublished = article["datePublished"] as? String
        if let a = article["author"] as? [String: Any], a["name"] is String { hasAuthor = true }
        if let a = article["author"] as? [Any], let f = a.first as? [String: Any], f["name"] is String { hasAuthor = true }
        if title == nil && datePublished == nil { return nil }
    }

    static func type(of o: [String: Any]) -> String? {
        if let t = o["@type"] as? String { return t }
        if let ts = o["@type"] as? [Any] { return ts.compactMap { $0 as? String }.first { articleTypes.contains($0) } }
        return nil
    }

    static func hasSchemaContext(_ o: [String: Any], inherited: Bool) -> Bool {
        if let c = o["@context"] as? String { return c.range(of: "schema.org", options: .caseInsensitive) != nil }
        if let c = o["@context"] as? [String: Any], let v = c["@vocab"] as? String {
            return v.range(of: "schema.org", options: .caseInsensitive) != nil
        }
        // No context at all: schema.org is the only vocabulary pages use for articles.
        return o["@context"] == nil || inherited
    }

    /// Depth-first search for an article object, bounded in depth so hostile JSON cannot recurse for long.
    static func find(_ value: Any, depth: Int, context: Bool = false) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let array = value as? [Any] {
            for v in array { if let f = find(v, depth: depth + 1, context: context) { return f } }
            return nil
        }
        guard let o = value as? [String: Any] else { return nil }
        let ctx = hasSchemaContext(o, inherited: context)
        if ctx, let t = type(of: o), articleTypes.contains(t), t != "WebPage" && t != "Blog" { return o }
        if let graph = o["@graph"] as? [Any] {
            for v in graph {
                if let g = v as? [String: Any], let t = type(of: g), articleTypes.contains(t), t != "WebPage" && t != "Blog",
                   ctx || hasSchemaContext(g, inherited: ctx) { return g }
            }
        }
        if ctx, let t = type(of: o), t == "WebPage" || t == "Blog", o["datePublished"] != nil { return o }
        return nil
    }
}
