import Foundation

/// Recognises page furniture by the wording of a single line or short block: the lines scrapers and CMS
/// templates put around articles (share and like widgets, related links, comment counts, "Posted on … by …",
/// wiki chrome, archive and license notices, cookie banners).
///
/// Some lines open a run ("Share this:", "Related articles", "Navigation menu"): the short lines after them
/// belong to the same furniture until real prose resumes.
public enum BoilerplateClassifier {
    /// Furniture that continues over the following lines.
    public enum Run: Sendable {
        case share, like, related, navigation

        var kind: Block.BoilerplateKind {
            switch self {
            case .share: return .share
            case .like: return .like
            case .related: return .relatedLinks
            case .navigation: return .navigation
            }
        }
    }

    /// Lines longer than this (in UTF-8 bytes) are prose or notices; the exact-wording tests skip them.
    static let shortLine = 160

    /// Lower-cased (ASCII letters; other scripts as they are), trimmed, runs of whitespace folded to one space.
    static func key(_ line: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var space = false
        for b in line.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let tableOfContents: Set<String> = ["table of contents", "contents", "in this article", "on this page"]
    static let shareOpeners: Set<String> = ["share this:", "share this", "share:", "share", "share this article",
                                            "share this story", "share this post", "share on social media"]
    static let likeOpeners: Set<String> = ["like this:", "like this"]
    static let relatedOpeners: Set<String> = ["related articles", "related", "related posts", "related stories",
                                              "related news", "related articles:", "related:", "you may also like",
                                              "you might also like", "recommended", "more stories", "read next",
                                              "more from this author"]
    static let navigationOpeners: Set<String> = ["navigation menu", "personal tools", "site navigation", "main menu"]
    static let navigationLines: Set<String> = [
        "jump to navigation jump to search", "jump to navigation", "jump to search", "jump to content",
        "skip to content", "skip to main content", "from wikinews, the free news source you can write!",
        "from wikipedia, the free encyclopedia", "privacy policy", "about wikinews", "disclaimers", "mobile view",
        "cookie statement", "terms of use", "code of conduct", "developers", "statistics", "contact us",
        "log in", "create account", "edit", "view history", "view source", "search",
    ]
    static let commentLines: Set<String> = ["leave a reply", "leave a comment", "leave a reply cancel reply",
                                            "comments", "join the conversation", "add a comment", "post a comment",
                                            "comments are closed."]
    static let shareItems: Set<String> = ["facebook", "twitter", "x", "email", "e-mail", "print", "whatsapp",
                                          "reddit", "linkedin", "pinterest", "tumblr", "telegram", "pocket",
                                          "more", "mastodon", "bluesky", "threads", "copy link", "share", "tweet",
                                          "like", "skype"]
    static let countWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                          "ten", "no"]
    static let commentNouns: Set<String> = ["thought", "thoughts", "comment", "comments", "response", "responses",
                                            "reply", "replies"]

    /// Ad slots' labels, alone on their line (trailing dashes and punctuation aside).
    static let adLabels: Set<String> = [
        "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
        "paid content", "paid post", "promoted", "promoted content", "publicité", "publicite", "anzeige", "werbung",
        "publicidad", "pubblicità", "реклама", "广告", "story continues below advertisement",
        "article continues below advertisement", "continue reading below", "article continues below",
        "story continues below", "continue reading the main story", "continue reading", "scroll to continue with content",
        "skip advertisement", "inread invented by teads", "ad feedback", "close ad", "report this ad",
        "advertisement - scroll to continue", "content continues below", "the article continues after the ad",
    ]
    /// Labels of pictures and players, alone on their line ("Media caption", "Image copyright", NPR's
    /// "toggle caption").
    static let mediaLabels: Set<String> = [
        "media caption", "image caption", "image copyright", "image source", "video caption", "hide caption",
        "toggle caption", "enlarge this image", "media playback is unsupported on your device", "play video",
        "watch video", "view gallery", "open gallery", "expand image", "click to enlarge", "photo credit",
    ]
    /// Lines that point to other stories: "Related: …", "Read more: …", "See also: …".
    static let relatedPrefixes = ["related:", "related coverage:", "related content:", "related stories:",
                                  "related story:", "related article:", "related articles:", "read more:",
                                  "read also:", "also read:", "read next:", "see also:", "more:", "recommended:",
                                  "recommended reading:", "further reading:", "more coverage:", "don't miss:"]
    /// Tag and topic lines under an article.
    static let tagPrefixes = ["tags:", "tagged:", "tagged with:", "topics:", "filed under:", "keywords:", "themen:",
                              "étiquettes:", "etiquetas:"]

    /// The label alone, without the dashes and punctuation that frame it ("— Advertisement —").
    static func bareLabel(_ k: String) -> Substring {
        var t = Substring(k)
        while let f = t.first, labelFrame.contains(f) { t = t.dropFirst() }
        while let l = t.last, labelFrame.contains(l) { t = t.dropLast() }
        return t
    }
    /// Built once: a set literal inside `bareLabel` was built again for every line.
    static let labelFrame: Set<Character> = ["-", "–", "—", ".", ":", "|", "*", "·", "•", " ", "[", "]", "(", ")", "…"]

    /// Ads, related-story lines, newsletter boxes and tag lines, told by their wording. Only short lines.
    static func inArticleFurniture(_ k: String) -> Block.BoilerplateKind? {
        let words = ByteSearch.wordCount(k)
        guard words <= 40 else { return nil }
        let bare = bareLabel(k)
        if adLabels.contains(String(bare)) { return .advertisement }
        if mediaLabels.contains(String(bare)) { return .other }
        // "Image copyright Getty Images", "Image source, Reuters": a credit, not text.
        if (k.hasPrefix("image copyright") || k.hasPrefix("image source")) && words <= 8 { return .other }
        if (k.hasPrefix("powered by ") || k.hasPrefix("sponsored by ") || k.hasPrefix("presented by ")) && words <= 6 {
            return .advertisement
        }
        if words <= 30, relatedPrefixes.contains(where: { k.hasPrefix($0) }) { return .relatedLinks }
        if tagPrefixes.contains(where: { k.hasPrefix($0) }) { return .navigation }
        if isNewsletter(k, words: words) { return .newsletter }
        if words <= 12, ByteSearch.has(k, "please try again") || ByteSearch.has(k, "you must be logged in") {
            return .other
        }
        return nil
    }

    static func isNewsletter(_ k: String, words: Int) -> Bool {
        if k.hasPrefix("sign up for our") || k.hasPrefix("subscribe to our") || k.hasPrefix("enter your email")
            || k.hasPrefix("get our newsletter") || k.hasPrefix("sign up to our") || k.hasPrefix("sign up for the") && ByteSearch.has(k, "newsletter") {
            return true
        }
        if ByteSearch.has(k, "delivered to your inbox") || ByteSearch.has(k, "straight to your inbox")
            || k.hasPrefix("by signing up, you agree") || k.hasPrefix("thanks for signing up")
            || k.hasPrefix("thank you for subscribing") || k.hasPrefix("you have been subscribed") { return true }
        if words <= 25, ByteSearch.has(k, "newsletter"),
           ByteSearch.has(k, "sign up") || ByteSearch.has(k, "subscribe") || ByteSearch.has(k, "inbox")
            || k == "newsletter" || k == "newsletters" || ByteSearch.has(k, "keep up with") { return true }
        return false
    }

    /// The kind of furniture a line is on its own, if it is any.
    public static func classify(_ line: String) -> Block.BoilerplateKind? {
        classify(line, key: line.utf8.count > shortLine ? nil : key(line))
    }

    /// `key` is `key(line)` for short lines and nil for long ones, computed once by the caller.
    static func classify(_ line: String, key: String?) -> Block.BoilerplateKind? {
        guard let k = key else { return classifyLong(line) }
        if k.isEmpty { return nil }
        if tableOfContents.contains(k) { return .tableOfContents }
        if let kind = inArticleFurniture(k) { return kind }
        if shareOpeners.contains(k) || k.hasPrefix("have an opinion on this story") { return .share }
        if likeOpeners.contains(k) || k == "like loading..." || k == "like loading…" { return .like }
        if relatedOpeners.contains(k) { return .relatedLinks }
        if navigationOpeners.contains(k) || navigationLines.contains(k) { return .navigation }
        if k.hasPrefix("retrieved from \"") || k.hasPrefix("retrieved from “") || k.hasPrefix("categories:")
            || k.hasPrefix("category:") || k.hasPrefix("hidden categories:") { return .navigation }
        if commentLines.contains(k) || commentFooterTitle(line) != nil || isCommentCount(k) { return .commentFooter }
        if isByline(k) && (k.hasPrefix("posted") || namesAfterBy(line)) { return .byline }
        if isNotice(k) { return .other }
        if isBareURL(k) { return .other }
        return nil
    }

    /// Prose paragraphs are long; only notices (archive, license, cookies) and comment footers with long
    /// titles come that long.
    static func classifyLong(_ line: String) -> Block.BoilerplateKind? {
        guard let f = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        if f >= 0x30 && f <= 0x39 || f == UInt8(ascii: "O") || f == UInt8(ascii: "N") {
            if commentFooterTitle(line) != nil { return .commentFooter }
        }
        let lead = f | 0x20
        if lead == UInt8(ascii: "t") || lead == UInt8(ascii: "a") || lead == UInt8(ascii: "w") || lead == UInt8(ascii: "c") {
            return isNotice(key(String(line.unicodeScalars.prefix(400)))) ? .other : nil
        }
        return nil
    }

    /// The run a line opens, if it is a run opener.
    public static func opensRun(_ line: String) -> Run? { opensRun(key: key(line)) }

    static func opensRun(key k: String) -> Run? {
        if shareOpeners.contains(k) { return .share }
        if likeOpeners.contains(k) { return .like }
        if relatedOpeners.contains(k) { return .related }
        if navigationOpeners.contains(k) { return .navigation }
        return nil
    }

    /// True when a line continues a run of furniture.
    public static func continues(_ run: Run, _ line: String) -> Bool {
        line.utf8.count <= shortLine && continues(run, line, key: key(line))
    }

    static func continues(_ run: Run, _ line: String, key k: String) -> Bool {
        let words = ByteSearch.wordCount(k)
        switch run {
        case .share:
            var bare = Substring(k)
            while let l = bare.last, l == ":" || l == "." { bare = bare.dropLast() }
            return shareItems.contains(String(bare))
                || k.hasPrefix("click to ") || ByteSearch.has(k, "(opens in new window)") || k.hasPrefix("share on ")
                || classify(line, key: k) == .like || (words <= 2 && k.hasSuffix("…"))
        case .like:
            return k == "like" || k.hasPrefix("like loading") || k == "loading..." || k == "loading…"
                || k.hasPrefix("be the first to like") || k.hasSuffix("bloggers like this.")
        case .related:
            return words <= 20 && !LineHeuristics.endsWithFullStop(line) && classify(line, key: k) == nil
        case .navigation:
            return words <= 8 && !LineHeuristics.endsWithFullStop(line)
        }
    }

    /// The title quoted in a comment footer: `1 thought on “TITLE”`, `12 Comments on "TITLE"`, `One response to …`.
    public static func commentFooterTitle(_ line: String) -> String? {
        guard line.utf8.count < 600 else { return nil }
        var s = Array(line.unicodeScalars)
        while let l = s.last, ScalarClass.isSpace(l) { s.removeLast() }
        while let f = s.first, ScalarClass.isSpace(f) { s.removeFirst() }
        var i = 0
        func word() -> String {
            while i < s.count, s[i] == " " { i += 1 }
            var w = String.UnicodeScalarView()
            while i < s.count, s[i] != " " { w.append(s[i]); i += 1 }
            return String(w).lowercased()
        }
        let count = word()
        guard Int(count) != nil || countWords.contains(count) else { return nil }
        guard commentNouns.contains(word()) else { return nil }
        let prep = word()
        guard prep == "on" || prep == "to" else { return nil }
        while i < s.count, s[i] == " " { i += 1 }
        let opens: Set<Unicode.Scalar> = ["“", "\"", "‘", "'", "«", "„"]
        let closes: Set<Unicode.Scalar> = ["”", "\"", "’", "'", "»", "“"]
        guard i < s.count, opens.contains(s[i]), let last = s.last, closes.contains(last), s.count - 1 > i + 1
        else { return nil }
        var inner = s[(i + 1)..<(s.count - 1)]
        while let l = inner.last, ScalarClass.isSpace(l) { inner = inner.dropLast() }
        while let f = inner.first, ScalarClass.isSpace(f) { inner = inner.dropFirst() }
        return inner.isEmpty ? nil : String(String.UnicodeScalarView(inner))
    }

    /// "12 comments", "3 responses", "One thought".
    static func isCommentCount(_ k: String) -> Bool {
        guard ByteSearch.wordCount(k) == 2 else { return false }
        let w = k.split(separator: " ")
        guard w.count == 2 else { return false }
        return (Int(w[0]) != nil || countWords.contains(String(w[0]))) && commentNouns.contains(String(w[1]))
    }

    /// "Posted on August 18, 2018 by admin", "By Jane Doe", "Written by …".
    static func isByline(_ k: String) -> Bool {
        let words = ByteSearch.wordCount(k)
        if k.hasPrefix("posted ") && words <= 14 && (ByteSearch.has(k, " by ") || DateParser.leadingDate(
            String(k.dropFirst(k.hasPrefix("posted on ") ? 10 : 7))) != nil) { return true }
        if (k.hasPrefix("by ") || k.hasPrefix("written by ") || k.hasPrefix("published by ")) && words <= 8
            && !LineHeuristics.endsWithFullStop(k) { return true }
        return false
    }

    /// "By Jane Doe" is a byline only when a name follows ("By the numbers" is a heading).
    static func namesAfterBy(_ line: String) -> Bool {
        guard let r = ByteSearch.find("by ", in: key(line)) else { return false }
        let rest = Array(line.utf8.drop { $0 == 0x20 }.dropFirst(r + 3))
        guard let f = rest.first else { return false }
        return f >= 0x41 && f <= 0x5A || f >= 0x80
    }

    /// Archive, license, edit-date and cookie notices.
    static func isNotice(_ k: String) -> Bool {
        if k.hasPrefix("this page has been automatically archived") || k.hasPrefix("this page is archived")
            || k.hasPrefix("this article is archived") || k.hasPrefix("this page was last edited")
            || k.hasPrefix("this page was last modified") { return true }
        let words = ByteSearch.wordCount(k)
        if words <= 45, ByteSearch.has(k, "licen"), ByteSearch.has(k, "creative commons") || ByteSearch.has(k, "cc by") || ByteSearch.has(k, "cc-by") {
            return true
        }
        // Republishers' attribution line: "Source: Wikinews (CC BY 2.5)".
        if k.hasPrefix("source:") && words <= 8 { return true }
        if words <= 60, ByteSearch.has(k, "cookie"), ByteSearch.has(k, "we use") || ByteSearch.has(k, "accept") || ByteSearch.has(k, "consent") {
            return true
        }
        return false
    }

    static func isBareURL(_ k: String) -> Bool {
        (k.hasPrefix("http://") || k.hasPrefix("https://") || k.hasPrefix("www.")) && !ByteSearch.has(k, " ")
    }
}
