import Foundation
import LedeCore

/// Throughput of the time stages alone (reference date, time tagging, timeline) over already tokenised
/// articles, so their share of the whole analysis can be read next to the full figures.
enum TimeBenchmark {
    static func run(_ label: String, _ articles: [Article], repeats: Int) {
        let contexts = articles.map { a -> AnalysisContext in
            let tokens = Tokenizer.tokenize(a.text.scalars)
            let sentences = SentenceSplitter.split(text: a.text, tokens: tokens, blocks: a.blocks)
            return AnalysisContext(article: a, tokens: tokens, sentences: sentences, options: AnalysisOptions())
        }
        let words = contexts.reduce(0) { $0 + $1.tokens.lazy.filter { $0.kind == .word || $0.kind == .number }.count }
        var best = Double.infinity
        var found = 0
        for _ in 0..<repeats {
            let t = BenchmarkRunner.time {
                found = 0
                for c in contexts {
                    let reference = ReferenceDateResolver.resolve(c)
                    let times = TimeTagger.tag(c, reference: reference)
                    var facts: [Fact] = []
                    let timeline = TimelineBuilder.build(c, entities: [], times: times, facts: &facts)
                    found += times.count + timeline.count
                }
            }
            best = min(best, t)
        }
        print(String(format: "%@: %d words, %.0f words/s (%d times and events)", label, words, Double(words) / best, found))
    }
}
