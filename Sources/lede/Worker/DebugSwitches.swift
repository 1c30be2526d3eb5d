import Foundation
import LedeCore
import LedeUI

/// Hidden switches (environment variables, not in --help) that make an analysis fail on purpose, for the tests
/// of containment and of the terminal's restoration:
///
/// - `LEDE_DEBUG_TRAP=MARKER`: the analysis of an article whose text contains MARKER traps, as an overflow
///   would.
/// - `LEDE_DEBUG_HANG=MARKER`: the analysis of such an article never ends (for the worker's deadline).
/// - `LEDE_ANALYSIS=in-process`: no worker processes; every analysis runs in the `lede` process itself.
/// - `LEDE_FIRST_FRAME_WAIT=S`: the longest wait for a short article's analysis before its first frame
///   (default `AnalysisRequest.firstFrameWait`), so a test on a slow debug build sees the same first frame.
enum DebugSwitches {
    static let environment = ProcessInfo.processInfo.environment

    static var firstFrameWait: Double {
        environment["LEDE_FIRST_FRAME_WAIT"].flatMap(Double.init).map { max(0, $0) } ?? AnalysisRequest.firstFrameWait
    }

    static var inProcess: Bool { environment["LEDE_ANALYSIS"] == "in-process" }

    static func check(_ article: Article) {
        if let marker = environment["LEDE_DEBUG_TRAP"], !marker.isEmpty, article.text.string.contains(marker) {
            fatalError("LEDE_DEBUG_TRAP: the article contains \(marker)")
        }
        if let marker = environment["LEDE_DEBUG_HANG"], !marker.isEmpty, article.text.string.contains(marker) {
            while true { sleep(60) }
        }
    }
}
