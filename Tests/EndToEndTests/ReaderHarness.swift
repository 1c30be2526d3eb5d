import Foundation

/// Paths and launching shared by the tests that drive the reader in tmux.
enum ReaderHarness {
    static let fixtures = LedeBinary.packageRoot.appendingPathComponent("Tests/Fixtures")
    static let seed = fixtures.appendingPathComponent("corpus/seed-halevi-resigns.txt").path

    static func hostile(_ name: String) -> String {
        fixtures.appendingPathComponent("hostile/\(name)").path
    }

    /// Fails clearly when the binary is missing (`swift test` builds it; `--skip-build` may not have).
    static func binary() throws -> String {
        let path = LedeBinary.path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw TmuxSession.Failure(description: "no lede binary at \(path): run swift build first")
        }
        return path
    }
}

extension TmuxSession {
    /// Starts `lede ARGS` from the pane's shell and waits until the reader shows `text` on the alternate screen.
    func openReader(_ arguments: [String], showing text: String, timeout: Double = 15) throws {
        let command = ([try ReaderHarness.binary()] + arguments).map(TmuxSession.quote).joined(separator: " ")
        try type(command)
        try waitFor(format: "#{alternate_on}", toBe: "1", timeout: timeout)
        try waitFor("the reader to show “\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Starts `lede ARGS` and waits until the text is on screen and the analysis has finished (the status line's
    /// "analysing…" is gone), so highlights, facts and timeline are there.
    func openAnalysedReader(_ arguments: [String], showing text: String, timeout: Double = 30) throws {
        try openReader(arguments, showing: text, timeout: timeout)
        try waitFor("the analysis to finish", timeout: timeout) { !$0.contains("analysing…") }
    }

    /// Waits for the shell to be back: normal screen, cursor visible, prompt on the last non-empty line.
    func waitForShell(timeout: Double = 10) throws {
        try waitFor(format: "#{alternate_on}", toBe: "0", timeout: timeout)
        try waitFor(format: "#{cursor_flag}", toBe: "1", timeout: timeout)
        try waitFor("the shell prompt after the reader", timeout: timeout) { screen in
            let last = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return last.map { $0.hasPrefix(TmuxSession.promptMark) } ?? false
        }
    }
}
