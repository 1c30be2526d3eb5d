import Foundation
import Testing

/// No control sequence from an article reaches the terminal: raw ESC sequences, `&#27;`-style entities, C1
/// controls in UTF-8 and Latin-1. Checked on what tmux actually received (`capture-pane -e`, the pane title,
/// the clipboard buffers, the alternate-screen flag), and on the plain-text output for pipes.
@Suite struct HostileContentTests {
    struct Case: Sendable, CustomStringConvertible {
        var file: String
        var shown: String
        /// A word of ordinary text near the injected ones, to compare colours with.
        var plainWord: String
        var description: String { file }
    }

    static let cases = [
        Case(file: "raw-escapes.txt", shown: "Springfield", plainWord: "plain"),
        Case(file: "entities-escapes.html", shown: "Springfield", plainWord: "plain"),
        Case(file: "latin1-c1.txt", shown: "owners", plainWord: "owners"),
    ]

    @Test(arguments: cases)
    func readerShowsNoInjectedSequence(_ c: Case) throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.openAnalysedReader([ReaderHarness.hostile(c.file)], showing: c.shown)
        let screen = StyledScreen(try tmux.screen(escapes: true))
        let text = screen.lines.map(\.text).joined(separator: "\n")

        #expect(!(try tmux.display("#{pane_title}")).contains("HACKED"), "the window title was changed")
        #expect((try tmux.run(["list-buffers"])).isEmpty, "an OSC 52 clipboard write got through")
        #expect(try tmux.display("#{alternate_on}") == "1", "the article switched the screen")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })

        // The injected text is shown, as text, in the look of the words around it.
        guard let plain = screen.look(of: c.plainWord), let red = screen.look(of: "INJECTED-RED") else {
            Issue.record("the article's text is not on the screen:\n\(text)")
            return
        }
        #expect(red.foreground == plain.foreground)
        #expect(red.background == plain.background)
        #expect(!red.reverse && !red.underline)
        for word in ["INJECTED-GREEN", "REVERSED", "UNDERLINED"] {
            guard let look = screen.look(of: word) else { continue }
            #expect(look.foreground == plain.foreground, "\(word)")
            #expect(!look.reverse && !look.underline, "\(word)")
        }
        try tmux.keys("q")
        try tmux.waitForShell()
    }

    @Test func plainOutputHasNoControlCharacters() throws {
        let files = Self.cases.map { ReaderHarness.hostile($0.file) }
        let r = try LedeBinary.run(files)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("INJECTED-RED"))
        let bad = r.stdout.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
        #expect(bad.isEmpty, "control characters in the output: \(bad.map { String($0.value, radix: 16) })")
    }
}
