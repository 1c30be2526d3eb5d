import Foundation
import Testing

/// The terminal comes back as it was however the reader ends: `q`, SIGTERM, SIGHUP, SIGINT (Ctrl-C), and
/// Ctrl-Z suspends cleanly and redraws after `fg`.
@Suite struct TerminalRestoreTests {
    let firstWords = "In a dramatic turn of events"

    @Test func quitRestoresTheTerminal() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.openAnalysedReader([ReaderHarness.seed], showing: firstWords)
        try tmux.keys("q")
        try tmux.waitForShell()
        #expect(try tmux.lastStatus() == 0)
        // The normal screen holds only the shell's lines, none of the reader's.
        #expect(try !tmux.screen().contains(firstWords))
    }

    @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT)])
    func signalRestoresTheTerminal(name: String, signal: Int32) throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        try tmux.openAnalysedReader([ReaderHarness.seed], showing: firstWords)
        let pid = try tmux.childPID(named: "lede")
        #expect(kill(pid, signal) == 0)
        try tmux.waitForShell()
        // The signal is re-raised after restoring, so the shell sees death by that signal.
        #expect(try tmux.lastStatus() == 128 + Int(signal), "SIG\(name)")
    }

    /// Signals that bypass the main loop (a crash, an abort) still leave the terminal usable.
    @Test(arguments: [("ABRT", SIGABRT), ("SEGV", SIGSEGV)])
    func fatalSignalRestoresTheTerminal(name: String, signal: Int32) throws {
        // Without the Swift runtime's backtracer, which on a terminal waits for a key after its report: the
        // restoration under test happens before it either way.
        let tmux = try TmuxSession(width: 100, height: 30, environment: ["SWIFT_BACKTRACE": "enable=no"])
        try tmux.openAnalysedReader([ReaderHarness.seed], showing: firstWords)
        let pid = try tmux.childPID(named: "lede")
        #expect(kill(pid, signal) == 0)
        try tmux.waitForShell(timeout: 20)
        #expect(try tmux.lastStatus() == 128 + Int(signal), "SIG\(name)")
    }

    @Test func ctrlCFromTheKeyboardRestoresTheTerminal() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        try tmux.openAnalysedReader([ReaderHarness.seed], showing: firstWords)
        try tmux.keys("C-c")
        try tmux.waitForShell()
        #expect(try tmux.lastStatus() == 128 + Int(SIGINT))
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        try tmux.openAnalysedReader([ReaderHarness.seed], showing: firstWords)
        let before = try tmux.screen()
        try tmux.keys("C-z")
        try tmux.waitForShell()
        try tmux.waitFor("the shell's job report") { $0.contains("Stopped") }
        try tmux.type("fg")
        try tmux.waitFor(format: "#{alternate_on}", toBe: "1")
        // The whole screen comes back exactly as it was, not just the lines that changed.
        let after = try tmux.waitFor("the redraw after fg") { $0 == before }
        #expect(after == before)
        try tmux.keys("q")
        try tmux.waitForShell()
        #expect(try tmux.lastStatus() == 0)
    }
}
