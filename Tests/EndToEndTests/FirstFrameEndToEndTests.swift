import Foundation
import Testing

/// The real `lede` on the seed article in tmux: the first frame that shows the text already has the highlights
/// and the panels (a short article is analysed before its first frame is drawn, `Effect.isAwaitedBeforeDrawing`).
@Suite struct FirstFrameEndToEndTests {
    @Test func theSeedsFirstFrameHasItsHighlights() throws {
        // A debug build under load may take longer than the release build's wait: let the test wait as long.
        let tmux = try TmuxSession(width: 120, height: 40, environment: ["LEDE_FIRST_FRAME_WAIT": "30"])
        try tmux.type([try ReaderHarness.binary(), ReaderHarness.seed].map(TmuxSession.quote).joined(separator: " "))
        // The first capture that shows the article, taken as soon as it shows (no settling: the first frame is
        // the one that matters).
        let deadline = Date().addingTimeInterval(40)
        var first = ""
        while Date() < deadline {
            let screen = try tmux.screen(escapes: true)
            if StyledScreen(screen).lines.contains(where: { $0.text.contains(ReaderEndToEndTests.firstWords) }) {
                first = screen
                break
            }
            usleep(2_000)
        }
        let styled = StyledScreen(first)
        let text = styled.lines.map(\.text).joined(separator: "\n")
        #expect(text.contains(ReaderEndToEndTests.firstWords), "the reader never showed the article")
        #expect(!text.contains("analysing"), "the first frame waited for no analysis:\n\(text)")
        // capture-pane can catch that frame while ncurses is still writing its lower rows; the timeline sits
        // there, so it is looked for once the same frame has finished drawing (no "analysing" anywhere then
        // either: a frame drawn before the analysis would say so in the status line).
        var settled = first
        let settleBy = Date().addingTimeInterval(3)
        while Date() < settleBy {
            usleep(50_000)
            let again = try tmux.screen(escapes: true)
            if again == settled { break }
            settled = again
        }
        let settledText = StyledScreen(settled).lines.map(\.text).joined(separator: "\n")
        #expect(!settledText.contains("analysing"), "the first frame waited for no analysis:\n\(settledText)")
        #expect(settledText.contains("2025-03-06"), "the timeline panel is filled in the first frame")
        let person = try ReaderEndToEndTests().expectedForeground(.person)
        #expect(styled.look(of: "Herzi Halevi, announced")?.foreground == person)
        try tmux.keys("q")
        try tmux.waitForShell()
    }
}
