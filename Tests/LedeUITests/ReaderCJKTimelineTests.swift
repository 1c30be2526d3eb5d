import LedeCore
import Testing
@testable import LedeUI

/// The timeline pane on a Japanese article: its events are listed and their CJK summaries (two cells a
/// character) are cut at the pane's edge on whole characters, with an ellipsis.
@Suite struct ReaderCJKTimelineTests {
    @Test func japaneseTimelineLinesAreCutOnWholeCharacters() {
        let ja = ReaderFixture.article("ja-wikinews-2008-09-01-fukuda-resignation.txt")
        let analysis = Analyzer.analyze(ja)
        for (w, h) in [(120, 40), (101, 40), (100, 30), (81, 24)] {
            let s = ReaderFixture.press(ReaderFixture.state(ja, analysis: analysis, width: w, height: h), .character("t"))
            let g = Reader.render(s)
            #expect(GridCheck.problems(g).isEmpty, "\(w)x\(h)")
            let lines = g.lines()
            #expect(lines.contains { $0.contains("2008-09-01") && $0.contains("福田首相") }, "\(w)x\(h)")
            #expect(lines.contains { $0.contains("2007-09-26") }, "\(w)x\(h)")
            // Long Japanese summaries do not fit: the line ends in an ellipsis within the grid.
            #expect(lines.contains { $0.contains("2008-08-02") && $0.contains("…") }, "\(w)x\(h)")
        }
    }
}
