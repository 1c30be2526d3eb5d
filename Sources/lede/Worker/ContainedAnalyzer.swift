import Foundation
import LedeCore

/// Analyses articles so that one article's failure cannot take the others (or the reader, or the library)
/// with it: in worker processes (`AnalysisWorkers`), or in this process where containment buys nothing.
final class ContainedAnalyzer: Sendable {
    private let options: AnalysisOptions
    private let workers: AnalysisWorkers?

    /// `contained`: whether to use worker processes (always off under `LEDE_ANALYSIS=in-process`).
    init(_ setup: AnalysisSetup, contained: Bool = true, workers count: Int = ProcessInfo.processInfo.activeProcessorCount) {
        options = setup.options
        workers = contained && !DebugSwitches.inProcess
            ? AnalysisWorkers(arguments: setup.workerArguments, count: count) : nil
    }

    var isContained: Bool { workers != nil }

    /// Starts a worker process now, when there are workers (`AnalysisWorkers.warmUp`).
    @discardableResult
    func warmedUp() -> ContainedAnalyzer {
        workers?.warmUp()
        return self
    }

    /// How many articles to analyse at once.
    var width: Int { workers == nil ? 1 : ProcessInfo.processInfo.activeProcessorCount }

    func analyze(_ article: Article) -> Result<Analysis, AnalysisWorker.Failure> {
        guard let workers else { return .success(LedeAnalysis.analyze(article, options: options)) }
        return workers.analyze(article)
    }

    /// The same, throwing the failure: for the library indexer and the reader's services.
    func analyzeOrThrow(_ article: Article) throws(AnalysisWorker.Failure) -> Analysis {
        try analyze(article).get()
    }

    /// The most articles, and of text, analysed in one batch: enough that the workers stay busy while a long
    /// article is analysed (batches of two per core left a core idle at every batch's end), few enough that a
    /// batch's analyses held for printing in order stay small.
    static let batchArticles = 64
    static let batchScalars = 2_000_000

    /// Analyses `articles` `width` at a time, calling `each` in their order.
    func analyzeAll(_ articles: [Article], each: (Article, Result<Analysis, AnalysisWorker.Failure>) -> Void) {
        var start = 0
        while start < articles.count {
            var end = start + 1, scalars = articles[start].text.count
            while end < articles.count, end - start < (width == 1 ? 1 : Self.batchArticles),
                  scalars + articles[end].text.count <= Self.batchScalars {
                scalars += articles[end].text.count
                end += 1
            }
            let slots = ResultSlots(count: end - start)
            if width == 1 {
                for k in start..<end { slots.set(k - start, analyze(articles[k])) }
            } else {
                let first = start
                DispatchQueue.concurrentPerform(iterations: end - start) { k in
                    slots.set(k, analyze(articles[first + k]))
                }
            }
            for (k, result) in slots.values.enumerated() { each(articles[start + k], result) }
            start = end
        }
    }

    /// How an article is named in a one-line error: its source, and its title when a file holds several.
    static func name(_ article: Article) -> String {
        guard [.rss, .atom].contains(article.format), let title = article.title, !title.isEmpty else {
            return article.source
        }
        return "\(article.source): \u{201C}\(title.prefix(80))\u{201D}"
    }
}

/// The results of one batch, one slot per article.
private final class ResultSlots: @unchecked Sendable {
    // Each slot is written by one iteration; the lock makes the writes visible to the reader.
    private var slots: [Result<Analysis, AnalysisWorker.Failure>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ value: Result<Analysis, AnalysisWorker.Failure>) {
        lock.lock()
        slots[k] = value
        lock.unlock()
    }

    var values: [Result<Analysis, AnalysisWorker.Failure>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(.init(description: "not analysed")) }
    }
}
