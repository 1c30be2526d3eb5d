import Foundation
import LedeCore
import LedeUI

/// One article in the reader, on the terminal.
///
/// A short article's analysis starts before the terminal is set up and the first frame waits for it (up to
/// `AnalysisRequest.firstFrameWait`), so that frame already has the highlights, facts and timeline: with the
/// resources compiled (`CompiledResources`) the seed's analysis takes a few milliseconds. A long article's text
/// is drawn at once and the analysis runs in the background (`Effect.analyze`); its result arrives as
/// `Event.analysisFinished`, like a key press. Keys work meanwhile.
enum ReaderSession {
    static func run(_ article: Article, theme: Theme, keymap: Keymap,
                    analysis: AnalysisSetup = AnalysisSetup(referenceDate: nil),
                    analyzer started: ContainedAnalyzer? = nil) throws {
        // The analysis runs in a worker process: if it traps, the reading goes on without highlights.
        let analyzer = started ?? ContainedAnalyzer(analysis, workers: 1)
        // Only in a worker: in-process (LEDE_ANALYSIS=in-process) a trap before the terminal is set up would
        // die without CrashRestore; there the analysis starts with the run loop, which still waits for it.
        let early = analyzer.isContained && AnalysisRequest(id: AnalysisRequest.ID(1), article: article).isCheap
            ? EarlyAnalysis(article) { analyzer.analyze($0) } : nil
        let runner = EffectRunner(services: Services(analyze: { article in
            if let result = early?.take(article) { return try result.get() }
            return try analyzer.analyzeOrThrow(article)
        }))
        let document = ReaderDocument(article: article, analysis: nil)
        _ = try TerminalRunner.run(
            initial: { width, height in
                Reader.start(ReaderState(document: document, theme: theme, keymap: keymap, width: width, height: height),
                             analysis: AnalysisRequest.ID(1))
            },
            update: Reader.update,
            render: Reader.render,
            isFinished: \.isFinished,
            effects: runner)
    }
}
