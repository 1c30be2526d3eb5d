import Foundation
import LedeCore

/// A few analysis worker processes shared by threads: `analyze` takes a free one (starting it when needed)
/// or waits for one, so several articles are analysed at once, each in its own process.
final class AnalysisWorkers: @unchecked Sendable {
    private let arguments: [String]
    private let limit: Int
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var idle: [AnalysisWorker] = []
    private var started = 0

    /// `arguments`: the analysis options as the worker subcommand takes them (`AnalysisSetup.workerArguments`).
    init(arguments: [String], count: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.arguments = arguments
        self.limit = max(1, count)
    }

    func analyze(_ article: Article) -> Result<Analysis, AnalysisWorker.Failure> {
        let worker = take()
        defer { give(worker) }
        return worker.analyze(article)
    }

    /// Starts one worker process ahead of its first article: the reader's boots while the article is read and
    /// the screen set up (its start was most of the wait for a short article's first frame).
    func warmUp() {
        let worker = take()
        worker.start()
        give(worker)
    }

    private func take() -> AnalysisWorker {
        condition.lock()
        defer { condition.unlock() }
        while idle.isEmpty && started >= limit { condition.wait() }
        if let w = idle.popLast() { return w }
        started += 1
        return AnalysisWorker(arguments: arguments)
    }

    private func give(_ worker: AnalysisWorker) {
        condition.lock()
        idle.append(worker)
        condition.signal()
        condition.unlock()
    }
}
