import Foundation
import LedeCore

/// An analysis started before the terminal is set up, so the worker process starts while the screen is
/// prepared: the reader's first request for the same article takes its result instead of starting another.
final class EarlyAnalysis: @unchecked Sendable {
    private let article: Article
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker thread before `done` is signalled; read after waiting on it.
    private var result: Result<Analysis, AnalysisWorker.Failure>?
    private let taken = NSLock()
    private var isTaken = false

    init(_ article: Article, _ analyze: @escaping @Sendable (Article) -> Result<Analysis, AnalysisWorker.Failure>) {
        self.article = article
        let thread = Thread { [self] in
            result = analyze(article)
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.name = "lede-early-analysis"
        thread.start()
    }

    /// The early result, the first time it is asked for with the same article (waiting for it); nil after that
    /// or for another article.
    func take(_ asked: Article) -> Result<Analysis, AnalysisWorker.Failure>? {
        taken.lock()
        let first = !isTaken && asked.text.string == article.text.string
        if first { isTaken = true }
        taken.unlock()
        guard first else { return nil }
        done.wait()
        return result
    }
}
