import LedeCore
import LedeUI
import Synchronization

/// Analyses finished on background threads, waiting for the interface thread to hand them to the app.
final class AnalysisInbox: Sendable {
    private let finished = Mutex<[(AnalysisRequest, Analysis)]>([])

    func post(_ analysis: Analysis, for request: AnalysisRequest) {
        finished.withLock { $0.append((request, analysis)) }
    }

    func drain() -> [(AnalysisRequest, Analysis)] {
        finished.withLock { f in
            let out = f
            f.removeAll()
            return out
        }
    }
}
