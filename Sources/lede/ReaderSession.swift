import Foundation
import LedeCore
import LedeUI

/// One article in the reader, on the terminal.
///
/// The first frame never waits for the analysis: the article's text is drawn at once and the analysis runs on a
/// background thread; its result arrives as `InputEvent.analysisFinished`, like a key press, which brings the
/// highlights, facts and timeline. Keys work meanwhile. (Even the seed article's analysis takes longer than the
/// whole start-up budget of 100 ms, mostly loading the gazetteers, so no article is analysed up front.)
enum ReaderSession {
    static func run(_ article: Article, theme: Theme, keymap: Keymap, options: AnalysisOptions = AnalysisOptions()) throws {
        let inbox = EventInbox()
        inbox.expect()
        let worker = Thread {
            inbox.post(.analysisFinished(Analyzer.analyze(article, options: options)))
            inbox.finish()
        }
        worker.stackSize = 8 << 20
        worker.name = "lede-analysis"
        worker.start()
        let document = ReaderDocument(article: article, analysis: nil)
        _ = try TerminalRunner.run(
            initial: { width, height in
                ReaderState(document: document, theme: theme, keymap: keymap, width: width, height: height)
            },
            update: Reader.update,
            render: Reader.render,
            isFinished: \.isFinished,
            inbox: inbox)
    }
}
