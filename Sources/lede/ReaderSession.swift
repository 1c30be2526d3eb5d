import Foundation
import LedeCore
import LedeUI

/// One article in the reader, on the terminal.
///
/// The first frame never waits for the analysis: the article's text is drawn at once and the analysis runs in
/// the background (`Effect.analyze`); its result arrives as `Event.analysisFinished`, like a key press, which
/// brings the highlights, facts and timeline. Keys work meanwhile. (Even the seed article's analysis takes
/// longer than the whole start-up budget of 100 ms, mostly loading the gazetteers, so no article is analysed up
/// front.)
enum ReaderSession {
    static func run(_ article: Article, theme: Theme, keymap: Keymap,
                    analysis: AnalysisSetup = AnalysisSetup(referenceDate: nil)) throws {
        // The analysis runs in a worker process: if it traps, the reading goes on without highlights.
        let analyzer = ContainedAnalyzer(analysis, workers: 1)
        let runner = EffectRunner(services: Services(analyze: { article in try analyzer.analyzeOrThrow(article) }))
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
