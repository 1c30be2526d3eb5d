/// What an element's class and id names say about it, read word by word.
///
/// Names are cut into whole words: at every character that is not a letter or digit, and at camel-case
/// humps ("pageRow" is "page" and "row", never "pager"). A word matches a signal word when it is that word,
/// its plural, or that word run together with a container suffix or position prefix ("commentlist",
/// "rightsidebar", "sidebar2"), so the joined-up names CMS themes use still count, while a longer word that
/// merely contains one ("commentary", "shareholders", "masthead-less") does not.
struct ClassNameSignals: OptionSet, Hashable {
    let rawValue: UInt32

    /// Readability's "unlikely candidates": furniture removed before scoring (first attempt only).
    static let unlikely = ClassNameSignals(rawValue: 1 << 0)
    /// Words that keep an unlikely-looking element ("sidebar-and-content", "article-header").
    static let maybeCandidate = ClassNameSignals(rawValue: 1 << 1)
    /// Article-like names: +25 to a candidate.
    static let positive = ClassNameSignals(rawValue: 1 << 2)
    /// Furniture-like names: -25 to a candidate, and removed from the article when cleaning.
    static let negative = ClassNameSignals(rawValue: 1 << 3)
    /// Bylines and datelines.
    static let byline = ClassNameSignals(rawValue: 1 << 4)
    /// Share bars (removed inside the article when short).
    static let share = ClassNameSignals(rawValue: 1 << 5)
    /// Picture captions.
    static let caption = ClassNameSignals(rawValue: 1 << 6)
    /// Names that keep an element's subtree out of the article whatever its content (screen-reader-only
    /// text, MediaWiki edit links and navigation boxes, print-only parts).
    static let alwaysFurniture = ClassNameSignals(rawValue: 1 << 7)
    /// The box about the writer under a story ("author-bio", "about-the-author", "contributor-info").
    static let authorBio = ClassNameSignals(rawValue: 1 << 8)

    static let unlikelyWords: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsense", "adsbygoogle", "ai2html",
        "banner", "breadcrumb", "breadcrumbs", "combx", "comment", "community", "disqus", "extra", "footer",
        "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "agegate", "pagination", "pager", "popup", "yom",
    ]
    static let unlikelyPairs: Set<String> = ["cover-wrap", "ad-break", "yom-remote"]
    static let maybeWords: Set<String> = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    static let positiveWords: Set<String> = [
        "article", "body", "content", "entry", "hentry", "main", "page", "pagination", "post", "text", "blog",
        "story",
    ]
    static let positivePairs: Set<String> = ["h-entry"]
    static let negativeWords: Set<String> = [
        "ad", "ads", "advert", "advertisement", "hidden", "hid", "banner", "combx", "comment", "contact", "footer",
        "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "com",
    ]
    static let bylineWords: Set<String> = ["byline", "author", "dateline", "writtenby"]
    static let bylinePairs: Set<String> = ["p-author"]
    static let shareWords: Set<String> = ["share", "sharedaddy", "sharing"]
    static let bioWords: Set<String> = ["bio", "bios", "biography", "authorbio", "authorbox", "authorinfo",
                                        "aboutauthor", "abouttheauthor", "authordescription", "authorprofile"]
    /// A writer word and one of these in the same class name make a bio box ("author-info", "about-author").
    static let bioWriters: Set<String> = ["author", "authors", "contributor", "writer"]
    static let bioParts: Set<String> = ["about", "info", "box", "details", "description", "card", "profile", "summary"]
    static let captionWords: Set<String> = ["caption", "thumbcaption", "wp-caption-text", "figcaption"]
    static let alwaysFurnitureWords: Set<String> = [
        "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "screenreader", "mw-editsection",
        "editsection", "navbox", "catlinks", "printfooter", "noprint", "mw-jump-link", "skip-link", "skiplink",
    ]

    /// Suffixes and prefixes that join a signal word into one longer class word.
    static let joinedSuffixes: Set<String> = [
        "s", "es", "list", "box", "bar", "area", "wrap", "wrapper", "container", "block", "section", "link", "links",
        "item", "items", "nav", "widget", "form", "title", "count", "ed", "holder", "panel", "module", "zone",
        "region", "unit", "slot", "column", "col", "content", "inner", "outer", "left", "right", "top", "bottom",
        "post", "posts", "story", "stories", "article", "articles", "entries", "news",
    ]
    static let joinedPrefixes: Set<String> = [
        "top", "bottom", "left", "right", "main", "site", "page", "post", "global", "sub", "mobile", "fb", "my",
        "the", "article", "story", "blog", "primary", "secondary", "inner", "outer", "sticky", "fixed", "float",
    ]

    /// Signals of a class or id value.
    /// One pass over the bytes: the words of each class name as `words` cuts them, each looked up in
    /// `wordTable`, and each whole class name (lower-cased) in `chunkTable` ("cover-wrap", "h-entry", "sr-only").
    static func of(_ value: String) -> ClassNameSignals {
        var s: ClassNameSignals = []
        var chunk: [UInt8] = [], word: [UInt8] = [], run: [UInt8] = []
        var humps = 0
        var prevLower = false
        var writer = false, part = false
        func look(_ w: [UInt8]) {
            let key = String(decoding: w, as: UTF8.self)
            if bioWriters.contains(key) { writer = true }
            if bioParts.contains(key) { part = true }
            var n = w.count
            while n > 0, w[n - 1] >= 0x30, w[n - 1] <= 0x39 { n -= 1 }   // "sidebar2"
            guard n > 0 else { return }
            let stripped = n == w.count ? key : String(decoding: w[0..<n], as: UTF8.self)
            if let t = wordTable[stripped] { s.formUnion(t) }
            if stripped.hasSuffix("caption") { s.insert(.caption) }
        }
        func endWord() {
            if !word.isEmpty { look(word); word.removeAll(keepingCapacity: true) }
        }
        func endRun() {
            endWord()
            if humps > 0, !run.isEmpty { look(run) }
            run.removeAll(keepingCapacity: true); humps = 0
        }
        func endChunk() {
            endRun()
            prevLower = false
            if !chunk.isEmpty, let t = chunkTable[String(decoding: chunk, as: UTF8.self)] { s.formUnion(t) }
            if writer && part { s.insert(.authorBio) }
            chunk.removeAll(keepingCapacity: true); writer = false; part = false
        }
        for b in value.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { endChunk(); continue }
            let isUpper = b >= 0x41 && b <= 0x5A
            let isLower = b >= 0x61 && b <= 0x7A
            let isDigit = b >= 0x30 && b <= 0x39
            let l = isUpper ? b | 0x20 : b
            chunk.append(l)
            if isUpper || isLower || isDigit || b >= 0x80 {
                if isUpper && prevLower { endWord(); humps += 1 }
                word.append(l); run.append(l)
                prevLower = isLower || isDigit
            } else {
                endRun()
                prevLower = false
            }
        }
        endChunk()
        return s
    }

    /// Whole class names that give a signal.
    static let chunkTable: [String: ClassNameSignals] = {
        var t: [String: ClassNameSignals] = [:]
        for (words, signal) in [(unlikelyPairs, unlikely), (positivePairs, positive), (bylinePairs, byline),
                                (alwaysFurnitureWords, alwaysFurniture), (captionWords, caption)] as [(Set<String>, ClassNameSignals)] {
            for w in words { t[w, default: []].insert(signal) }
        }
        return t
    }()

    /// Space-separated class names (an id is one chunk).
    static func chunks(_ value: String) -> [Substring] {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
    }

    /// The words of one class name, lower-cased: split at non-alphanumerics and camel-case humps; the whole
    /// camel-cased run is kept too ("sideBar" gives "side", "bar" and "sidebar").
    static func words(_ chunk: Substring) -> [String] {
        var out: [String] = []
        var word: [UInt8] = []
        var run: [UInt8] = []       // a run of letters and digits, humps included
        var humps = 0
        var prevLower = false
        func endWord() {
            if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)); word.removeAll() }
        }
        func endRun() {
            endWord()
            if humps > 0, !run.isEmpty { out.append(String(decoding: run, as: UTF8.self)) }
            run.removeAll(); humps = 0
        }
        for b in chunk.utf8 {
            let isUpper = b >= 0x41 && b <= 0x5A
            let isLower = b >= 0x61 && b <= 0x7A
            let isDigit = b >= 0x30 && b <= 0x39
            if isUpper || isLower || isDigit || b >= 0x80 {
                if isUpper && prevLower { endWord(); humps += 1 }
                let l = isUpper ? b | 0x20 : b
                word.append(l); run.append(l)
                prevLower = isLower || isDigit
            } else {
                endRun()
                prevLower = false
            }
        }
        endRun()
        return out
    }

    static func signals(ofWord raw: String) -> ClassNameSignals {
        var w = Substring(raw)
        while let l = w.last, l.isASCII, l.isNumber { w = w.dropLast() }   // "sidebar2"
        guard !w.isEmpty else { return [] }
        var s = wordTable[String(w)] ?? []
        if w.hasSuffix("caption") { s.insert(.caption) }
        return s
    }

    /// Every word that gives a signal, with its signals: each signal word, its plurals and its joined
    /// forms, worked out once so a class word costs one lookup.
    static let wordTable: [String: ClassNameSignals] = {
        var t: [String: ClassNameSignals] = [:]
        func add(_ words: Set<String>, _ signal: ClassNameSignals, joined: Bool = true, exactOnly: Bool = false) {
            for w in words {
                t[w, default: []].insert(signal)
                if exactOnly || w.count < 3 { continue }
                for tail in joined ? joinedSuffixes.union(["s", "es"]) : ["s", "es"] { t[w + tail, default: []].insert(signal) }
                guard joined else { continue }
                for head in joinedPrefixes { t[head + w, default: []].insert(signal) }
            }
        }
        add(unlikelyWords, .unlikely)
        add(maybeWords, .maybeCandidate, joined: false)
        add(positiveWords, .positive)
        add(negativeWords, .negative)
        add(bylineWords, .byline)
        add(shareWords, .share, exactOnly: true)
        add(captionWords, .caption, exactOnly: true)
        add(alwaysFurnitureWords, .alwaysFurniture, exactOnly: true)
        add(bioWords, .authorBio, exactOnly: true)
        return t
    }()
}
