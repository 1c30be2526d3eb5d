import Foundation
import LedeCore
@testable import LedeUI
import LedeScreen

/// Articles and states for the reader tests, built from the fixtures through the real ingestion and analysis.
enum ReaderFixture {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/corpus")

    static func article(_ name: String) -> Article {
        let url = corpus.appendingPathComponent(name)
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? Ingestor.articles(from: data, source: url.path, hint: url.pathExtension))?.first
            ?? Article(source: name, format: .text, text: "")
    }

    static var seed: Article { article("seed-halevi-resigns.txt") }

    static func state(_ article: Article, analysis: Analysis? = nil, width: Int = 120, height: Int = 40,
                      theme: String = "dark") -> ReaderState {
        let a = analysis ?? Analyzer.analyze(article)
        return ReaderState(document: ReaderDocument(article: article, analysis: a), theme: Theme.builtIn(theme)!,
                           width: width, height: height)
    }

    static func press(_ s: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(s) { Reader.update($0, .key($1)).state }
    }

    static func type(_ s: ReaderState, _ text: String) -> ReaderState {
        text.reduce(s) { Reader.update($0, .key(.character($1))).state }
    }

    /// An article with hand-made entities, dates and figures, for tests that must not depend on the analysers.
    static func handMade() -> (Article, Analysis) {
        let filler = (1...12).map { "Filler paragraph \($0) talks about nothing in particular, at some length." }
        let text = "Heading One\nAlice Smith met Bob Jones in Paris on 3 May 2024. They counted 1,200 birds.\n"
            + filler.joined(separator: "\n") + "\nSecond Part\nBob Jones left Paris. Alice Smith stayed with the Guild.\n"
        let article = ReaderFixture.sections(text: text, headings: ["Heading One", "Second Part"])
        let s = article.text.string
        func r(_ needle: String, _ nth: Int = 0) -> TextRange {
            var from = s.startIndex
            var found = s.startIndex..<s.startIndex
            for _ in 0...nth {
                found = s.range(of: needle, range: from..<s.endIndex)!
                from = found.upperBound
            }
            let start = s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: found.lowerBound)
            return TextRange(start, start + needle.unicodeScalars.count)
        }
        let alice = Entity(id: "e1", name: "Alice Smith", type: .person, salience: 0.9,
                           mentions: [Mention(range: r("Alice Smith"), text: "Alice Smith"),
                                      Mention(range: r("Alice Smith", 1), text: "Alice Smith")])
        let bob = Entity(id: "e2", name: "Bob Jones", type: .person, salience: 0.7,
                         mentions: [Mention(range: r("Bob Jones"), text: "Bob Jones"),
                                    Mention(range: r("Bob Jones", 1), text: "Bob Jones")])
        let paris = Entity(id: "e3", name: "Paris", type: .place, salience: 0.5,
                           mentions: [Mention(range: r("Paris"), text: "Paris"), Mention(range: r("Paris", 1), text: "Paris")])
        let guild = Entity(id: "e4", name: "Guild", type: .organization, salience: 0.2,
                           mentions: [Mention(range: r("Guild"), text: "Guild")])
        let time = TimeExpression(range: r("3 May 2024"), text: "3 May 2024", type: .date, value: "2024-05-03")
        var fig = Fact(kind: .quantity, range: r("1,200 birds"), sentence: r("They counted 1,200 birds."))
        fig.value = 1200
        fig.what = "birds"
        let sentences = [r("Alice Smith met Bob Jones in Paris on 3 May 2024."), r("They counted 1,200 birds."),
                         r("Bob Jones left Paris."), r("Alice Smith stayed with the Guild.")]
        let event = TimelineEvent(date: "2024-05-03", summary: "Alice Smith met Bob Jones", range: r("3 May 2024"),
                                  sentence: sentences[0], entities: ["e1", "e2"], timeIndex: 0)
        let analysis = Analysis(sentences: sentences, entities: [alice, bob, paris, guild], times: [time], facts: [fig],
                                timeline: [event])
        return (article, analysis)
    }

    /// A plain-text article with the given lines marked as headings and one section per heading.
    static func sections(text: String, headings: [String]) -> Article {
        let scalars = Array(text.unicodeScalars)
        var blocks: [Block] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            if i > start {
                let line = String(String.UnicodeScalarView(scalars[start..<i]))
                blocks.append(Block(kind: headings.contains(line) ? .heading : .paragraph, range: TextRange(start, i),
                                    level: headings.contains(line) ? 2 : nil))
            }
            start = i + 1
        }
        var sections: [Section] = []
        let hs = blocks.filter { $0.kind == .heading }
        for (k, h) in hs.enumerated() {
            let end = k + 1 < hs.count ? hs[k + 1].range.start : scalars.count
            let title = String(String.UnicodeScalarView(scalars[h.range.start..<h.range.end]))
            sections.append(Section(title: title, range: TextRange(h.range.start, end), heading: h.range, level: 2))
        }
        if let first = hs.first, first.range.start > 0 {
            sections.insert(Section(title: nil, range: TextRange(0, first.range.start)), at: 0)
        }
        return Article(source: "test.txt", format: .text, title: "A Test Article", text: text, blocks: blocks,
                       sections: sections)
    }
}
