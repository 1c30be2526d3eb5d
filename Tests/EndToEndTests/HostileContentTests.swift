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

    /// Bidi overrides and isolates in titles never reach the terminal from the library list, the merged timeline
    /// or the reader's header (a U+202E once did, from the list).
    @Test func libraryShowsNoBidiControl() throws {
        let root = NSTemporaryDirectory() + "lede-bidi-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
        let title = "Mayor \u{202E}sdrawkcab\u{202C} speaks \u{2067}isolated\u{2069} today"
        try "\(title)\n\nThe mayor of Springfield spoke on 2024-05-03 about the bridge.\n"
            .write(toFile: root + "/articles/bidi.txt", atomically: true, encoding: .utf8)
        try "Second article\n\nNothing else happened in Springfield.\n"
            .write(toFile: root + "/articles/other.txt", atomically: true, encoding: .utf8)
        let env = ["HOME": root, "XDG_DATA_HOME": root + "/data", "XDG_STATE_HOME": root + "/state",
                   "XDG_CONFIG_HOME": root + "/config"]
        let tmux = try TmuxSession(width: 120, height: 30, environment: env)
        defer { tmux.close() }
        try tmux.openReader([root + "/articles"], showing: "sdrawkcab")
        func check(_ what: String) throws {
            let screen = try tmux.screen(escapes: true)
            let bidi = screen.unicodeScalars.filter { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
            #expect(bidi.isEmpty, "\(what): bidi controls reached the terminal: \(bidi.map { String($0.value, radix: 16) })")
        }
        try check("library list")
        try tmux.keys("t")
        try tmux.waitFor("the merged timeline") { $0.contains("Timeline of 2 articles") }
        try check("merged timeline")
        try tmux.keys("q", "Enter")
        try tmux.waitFor("the reader") { $0.contains("The mayor of Springfield") }
        try check("reader")
        try tmux.keys("q", "q")
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
