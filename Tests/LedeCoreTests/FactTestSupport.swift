import Foundation
@testable import LedeCore

/// Builds analysis contexts from sentences and fixture files for the fact extractor tests.
enum FactTestSupport {
    static let fixtures = FixturePaths.root

    static func context(_ text: String, explain: Bool = false) -> AnalysisContext {
        let article = PlainTextIngestor.article(text: text, source: "test.txt")
        let tokens = Tokenizer.tokenize(article.text.scalars)
        let sentences = SentenceSplitter.split(text: article.text, tokens: tokens, blocks: article.blocks)
        return AnalysisContext(article: article, tokens: tokens, sentences: sentences,
                               options: AnalysisOptions(explain: explain))
    }

    /// Facts of one kind found in `text`, with hand-made entities and time expressions.
    static func facts(_ text: String, kind: Fact.Kind = .quantity, entities: [Entity] = [],
                      times: [TimeExpression] = [], explain: Bool = false) -> [Fact] {
        FactExtractor.extract(context(text, explain: explain), entities: entities, times: times).facts.filter { $0.kind == kind }
    }

    /// An entity whose mentions are every occurrence of each of `names` in `text`.
    static func entity(_ id: String, _ type: EntityType, _ canonical: String, in text: String,
                       names: [String]) -> Entity {
        let scalars = Array(text.unicodeScalars)
        var mentions: [Mention] = []
        for name in names {
            let n = Array(name.unicodeScalars)
            var i = 0
            while i + n.count <= scalars.count {
                if Array(scalars[i..<(i + n.count)]) == n
                    && (i + n.count == scalars.count || !ScalarClass.isLetter(scalars[i + n.count]))
                    && (i == 0 || !ScalarClass.isLetter(scalars[i - 1])) {
                    mentions.append(Mention(range: TextRange(i, i + n.count), text: name))
                    i += n.count
                } else {
                    i += 1
                }
            }
        }
        mentions.sort { $0.range < $1.range }
        return Entity(id: id, name: canonical, type: type, mentions: mentions)
    }

    static func corpusArticle(_ name: String) throws -> Article {
        let url = fixtures.appendingPathComponent("corpus").appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        let articles = try Ingestor.articles(from: data, source: url.path, hint: url.pathExtension)
        guard let a = articles.first else { throw CocoaError(.fileReadCorruptFile) }
        return a
    }

    /// The text of a fact's span.
    static func text(_ f: Fact, in text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[f.range.start..<f.range.end])
        return String(out)
    }
}
