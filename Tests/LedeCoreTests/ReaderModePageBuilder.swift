import Foundation
@testable import LedeCore

/// Small web pages for reader-mode tests, written to reproduce one structure each: distinct sentences of
/// article prose (so a lost or duplicated paragraph shows), and furniture that looks like the real thing.
enum ReaderModePageBuilder {
    static let subjects = ["The council", "The mayor", "Engineers", "Residents", "The report", "Officials",
                           "The committee", "Local businesses", "The school board", "Volunteers", "Inspectors",
                           "The opposition"]
    static let verbs = ["said on Tuesday that", "warned that", "argued, in a long statement, that",
                        "confirmed, after a week of talks, that", "noted that", "insisted that"]
    static let clauses = ["the bridge would reopen in the spring", "the river had risen faster than forecast",
                          "repairs would cost more than expected", "the new rules had been poorly explained",
                          "the budget, already stretched, could not cover the work", "the town needed a new plan",
                          "the warning came too late for many families", "the flood defences had held"]

    /// Sentence `i` of the article's prose, distinct for every `i`.
    static func sentence(_ i: Int, topic: String = "harbour") -> String {
        let s = subjects[i % subjects.count], v = verbs[(i / 2) % verbs.count], c = clauses[(i / 3) % clauses.count]
        return "\(s) \(v) \(c), near the \(topic), in report number \(i + 1)."
    }

    /// A paragraph of `n` sentences starting at sentence `from`.
    static func paragraph(_ from: Int, _ n: Int = 3, topic: String = "harbour") -> String {
        (from..<(from + n)).map { sentence($0, topic: topic) }.joined(separator: " ")
    }

    /// `count` paragraphs as `<p>` elements.
    static func paragraphs(_ count: Int, from: Int = 0, topic: String = "harbour") -> String {
        (0..<count).map { "<p>\(paragraph(from + $0 * 3, topic: topic))</p>" }.joined(separator: "\n")
    }

    /// Link-heavy navigation and a sidebar with prose of its own (more than Readability's 500 characters),
    /// so an article lost to a filter is not rescued by the retry for short results.
    static let chrome = """
    <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>\
    <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
    """
    static var sidebar: String {
        "<div class=\"rail\"><h3>Also on the site</h3>"
            + (0..<4).map { "<p>\(paragraph(100 + $0 * 3, topic: "market"))</p>" }.joined()
            + "</div>"
    }

    /// A page: navigation, then a two-column layout of the given main column (after a section kicker) and,
    /// unless `rail` is false, a rail of other stories' prose beside it.
    static func page(title: String = "Harbour repairs delayed again", head: String = "", body: String,
                     rail: Bool = true) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>\(title) | The Coast Courier</title>\(head)</head>
        <body>
        \(chrome)
        <div class="layout"><div class="main-column"><div class="kicker">Local news</div>\(body)</div>\(rail ? sidebar : "")</div>
        <footer><p>Copyright The Coast Courier. All rights reserved. Contact us, advertise, careers.</p></footer>
        </body></html>
        """
    }

    static func article(_ html: String) throws -> Article {
        try Ingestor.articles(from: Data(html.utf8), source: "page.html", hint: "html")[0]
    }

    /// The text a reader sees: non-boilerplate blocks, without the title line.
    static func body(_ a: Article) -> String {
        var blocks = a.blocks
        if let f = blocks.first, f.kind == .heading, f.level == 1 { blocks.removeFirst() }
        return blocks.filter { $0.kind != .boilerplate }.map { a.text[$0.range] }.joined(separator: "\n")
    }
}
