import Foundation
import Testing

/// A Swift trap in the reader (the hidden LEDE_DEBUG_TRAP switch, with the analysis in-process so the reader
/// itself dies) leaves the terminal as it was, quickly: alternate screen off, echo and canonical mode back,
/// cursor visible, a non-zero status, the process gone within 3 s, and the backtrace in a file under
/// $XDG_STATE_HOME/lede/ named in one line.
@Suite("Trap restore in tmux")
struct TrapRestoreTests {
    static let marker = "LEDE-TRAP-MARKER-4410"

    @Test func aTrapInTheReaderRestoresTheTerminalAndSaysWhereTheBacktraceIs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-trap-\(UUID().uuidString)")
        let state = dir.appendingPathComponent("state").path
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("poison.txt")
        try "Poisoned article\n\nThe first words of a poisoned article. \(Self.marker)\n".write(
            to: article, atomically: true, encoding: .utf8)

        let tmux = try TmuxSession(width: 100, height: 30, environment: [
            "LEDE_ANALYSIS": "in-process", "LEDE_DEBUG_TRAP": Self.marker, "XDG_STATE_HOME": state])
        // The tty as the shell has it before Lede, to compare with after.
        let before = try ttySettings(tmux)
        #expect(before.contains(" echo") && before.contains(" icanon"))

        let command = [try ReaderHarness.binary(), article.path].map(TmuxSession.quote).joined(separator: " ")
        try tmux.type(command)
        try tmux.waitForShell(timeout: 20)
        let back = Date()
        let log = state + "/lede/crash.log"
        // The handler writes the log at the moment of the trap: the shell was back within 3 s of it.
        let trapped = try #require(try FileManager.default.attributesOfItem(atPath: log)[.modificationDate] as? Date)
        #expect(back.timeIntervalSince(trapped) < 3, "gone \(back.timeIntervalSince(trapped)) s after the trap")
        #expect(try tmux.lastStatus() == 128 + Int(SIGILL), "death by the trap's signal")
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
        #expect(try ttySettings(tmux) == before, "echo, canonical mode and the rest are back")
        // The shell wraps the long line at the pane's width: join the rows back.
        let screen = try tmux.lines().joined()
        #expect(screen.contains("lede: crashed; the backtrace is in \(log)"))
        let backtrace = try String(contentsOfFile: log, encoding: .utf8)
        #expect(backtrace.hasPrefix("signal \(SIGILL), pid "))
        #expect(backtrace.split(separator: "\n").count > 3, "frames follow the header")
        #expect(!screen.contains("Thread 0 crashed"), "no Swift backtrace over the screen")
    }

    /// With the analysis in a worker process (the default), the same trap costs only the highlights: the
    /// reader stays, says why on its status line, and quits normally.
    @Test func aTrapInTheAnalysisWorkerLeavesTheReaderReading() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-trap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("poison.txt")
        try "Poisoned article\n\nThe first words of a poisoned article. \(Self.marker)\n".write(
            to: article, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(width: 100, height: 30, environment: [
            "LEDE_DEBUG_TRAP": Self.marker, "XDG_STATE_HOME": dir.appendingPathComponent("state").path])
        try tmux.openReader([article.path], showing: "The first words of a poisoned article")
        try tmux.waitFor("the reason on the status line", timeout: 30) {
            $0.contains("cannot analyse this article: the analysis process")
        }
        #expect(try tmux.display("#{alternate_on}") == "1", "the reader is still there")
        try tmux.keys("q")
        try tmux.waitForShell()
        #expect(try tmux.lastStatus() == 0)
    }

    /// `stty -a` as run in the pane (on the pane's tty), written to a file so the pane's line wrapping does
    /// not matter.
    func ttySettings(_ tmux: TmuxSession) throws -> String {
        let file = NSTemporaryDirectory() + "lede-stty-\(UUID().uuidString)"
        defer { unlink(file) }
        try tmux.type("stty -a > \(file); mv \(file) \(file).done")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let s = try? String(contentsOfFile: file + ".done", encoding: .utf8) {
                unlink(file + ".done")
                // Rows and columns aside (the same pane), every setting in one line.
                return " " + s.split(whereSeparator: { $0 == "\n" || $0 == ";" }).joined(separator: " ")
            }
            usleep(20_000)
        }
        throw TmuxSession.Failure(description: "stty -a did not finish in the pane")
    }
}
