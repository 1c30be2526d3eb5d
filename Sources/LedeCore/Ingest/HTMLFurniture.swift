import Foundation
import CLibXML2

/// What marks an HTML element as page furniture rather than article: its tag, its ARIA role, its class and
/// id words (the names CMS themes and MediaWiki give to menus, sidebars, share bars, comment sections,
/// cookie banners…), or being hidden.
enum HTMLFurniture {
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "button",
        "input", "select", "textarea", "label", "nav", "aside", "footer", "header", "dialog", "menu", "head",
        "link", "meta", "title", "video", "audio", "map", "applet", "frame", "frameset",
    ]

    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
        "menubar", "toolbar", "tablist", "note",
    ]

    /// Class or id fragments of furniture.
    static let negativeFragments = [
        "comment", "sidebar", "widget", "cookie", "consent", "gdpr", "share", "sharing", "social", "related",
        "recommend", "promo", "advert", "sponsor", "newsletter", "subscribe", "popup", "modal", "breadcrumb",
        "pagination", "pager", "navbar", "navigation", "menu", "footer", "masthead", "banner", "catlinks",
        "printfooter", "editsection", "jump", "skip-link", "skiplink", "screen-reader", "sr-only",
        "visually-hidden", "noprint", "header", "toolbar", "portlet", "mw-indicator", "sitesub", "contentsub",
        "author-block", "author-bio", "byline-social", "tags", "tagcloud", "login", "signup", "outbrain",
        "taboola", "disqus", "respond", "reply", "hatnote", "navbox", "infobox-nav", "dropdown", "searchform",
        "search-box", "searchbox",
    ]

    /// Whole class or id words of furniture (too short to match as fragments).
    static let negativeWords: Set<String> = ["nav", "toc", "ad", "ads", "hidden", "d-none", "is-hidden", "print",
                                             "meta", "masthead", "topbar", "bottombar"]

    /// Class or id fragments that keep a container even when a negative fragment also matches
    /// ("mw-body-content", "content-sidebar-wrap").
    static let keepFragments = ["article", "body", "content", "main", "column", "story", "entry", "parser-output"]

    /// Class or id fragments that make a container a good article candidate.
    static let positiveFragments = ["article", "body", "content", "entry", "hentry", "main", "page", "post",
                                    "text", "blog", "story", "parser-output", "prose"]

    /// Class or id fragments that make a container a poor candidate.
    static let weakFragments = ["comment", "meta", "footer", "footnote", "sidebar", "widget", "share", "related",
                                "promo", "sponsor", "shopping", "masthead", "media", "combx", "contact", "scroll",
                                "agegate", "pager", "popup"]

    @inline(__always)
    static func has(_ hay: String, _ needle: String) -> Bool { ByteSearch.has(hay, needle) }

    static func words(_ node: xmlNodePtrBox) -> [String] {
        var out: [String] = []
        for attr in ["class", "id"] {
            if let v = XMLNode.attribute(node.ptr, attr) {
                for w in v.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) { out.append(String(w)) }
            }
        }
        return out
    }

    /// True when an element (with its subtree) is furniture.
    static func isFurniture(tag: String, words: [String], node: xmlNodePtrBox) -> Bool {
        if droppedTags.contains(tag) { return true }
        if let role = XMLNode.attribute(node.ptr, "role")?.lowercased(), droppedRoles.contains(role) { return true }
        if XMLNode.attribute(node.ptr, "hidden") != nil { return true }
        if XMLNode.attribute(node.ptr, "aria-hidden")?.lowercased() == "true" { return true }
        if let style = XMLNode.attribute(node.ptr, "style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if tag == "body" || tag == "html" || tag == "article" || tag == "main" { return false }
        for w in words {
            if negativeWords.contains(w) { return true }
            if negativeFragments.contains(where: { has(w, $0) }) && !keepFragments.contains(where: { has(w, $0) }) {
                return true
            }
        }
        return false
    }

    /// Readability's class weight: +25 for article-like names, -25 for furniture-like ones.
    static func classWeight(_ words: [String]) -> Double {
        guard !words.isEmpty else { return 0 }
        var w = 0.0
        let joined = words.joined(separator: " ")
        if positiveFragments.contains(where: { has(joined, $0) }) { w += 25 }
        if weakFragments.contains(where: { has(joined, $0) }) { w -= 25 }
        return w
    }
}

/// A libxml2 node pointer that can be passed around in Swift collections.
struct xmlNodePtrBox {
    let ptr: xmlNodePtr
}
