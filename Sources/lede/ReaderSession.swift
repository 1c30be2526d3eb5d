import Foundation
import LedeCore
import LedeUI

/// One article in the reader, on the terminal.
///
/// Analysis never holds the screen back for long: a small article is analysed before its first frame (a few
/// milliseconds), a big one on a background thread while its text is already shown; the result arrives as
/// `InputEvent.analysisFinished`, like a key press, and keys work meanwhile.
enum ReaderSession {
    /// Articles up to this many scalars are analysed before they are shown; longer ones in the background.
    static let synchronousLimit = 100_000

    static func run(_ article: Article, theme: Theme, keymap: Keymap, options: AnalysisOptions = AnalysisOptions()) throws {
        let inbox = EventInbox()
        var analysis: Analysis?
        if article.text.count <= synchronousLimit {
            analysis = Analyzer.analyze(article, options: options)
        } else {
            inbox.expect()
            let worker = Thread {
                inbox.post(.analysisFinished(Analyzer.analyze(article, options: options)))
                inbox.finish()
            }
            worker.stackSize = 8 << 20
            worker.name = "lede-analysis"
            worker.start()
        }
        let document = ReaderDocument(article: article, analysis: analysis)
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
