import Foundation
import Testing

/// `--date` gives the reader and the library the day relative dates count from, as it does `lede analyze`.
@Suite struct ReferenceDateEndToEndTests {
    static let text = "Mayor resigns\n\nThe mayor of Springfield resigned yesterday after a long dispute.\n"

    func folder() throws -> String {
        let root = NSTemporaryDirectory() + "lede-date-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
        try Self.text.write(toFile: root + "/articles/mayor.txt", atomically: true, encoding: .utf8)
        try "Other news\n\nNothing happened in Springfield.\n"
            .write(toFile: root + "/articles/other.txt", atomically: true, encoding: .utf8)
        return root
    }

    func environment(_ root: String) -> [String: String] {
        ["HOME": root, "XDG_DATA_HOME": root + "/data", "XDG_STATE_HOME": root + "/state", "XDG_CONFIG_HOME": root + "/config"]
    }

    @Test func theReaderResolvesYesterdayAgainstTheGivenDay() throws {
        let root = try folder(); defer { try? FileManager.default.removeItem(atPath: root) }
        let tmux = try TmuxSession(width: 120, height: 30, environment: environment(root))
        defer { tmux.close() }
        try tmux.openAnalysedReader(["--date", "2024-05-04", root + "/articles/mayor.txt"], showing: "The mayor")
        try tmux.waitFor("the timeline entry of 2024-05-03") { $0.contains("2024-05-03") }
        try tmux.keys("q")
        try tmux.waitForShell()
    }

    @Test func theLibraryIndexesAndOpensAgainstTheGivenDay() throws {
        let root = try folder(); defer { try? FileManager.default.removeItem(atPath: root) }
        let tmux = try TmuxSession(width: 120, height: 30, environment: environment(root))
        defer { tmux.close() }
        try tmux.openReader(["--date", "2024-05-04", root + "/articles"], showing: "Mayor resigns", timeout: 30)
        try tmux.waitFor("the library, analysed", timeout: 60) { !$0.contains("analysing") }
        try tmux.keys("t")
        try tmux.waitFor("the merged timeline with the event of 2024-05-03") { $0.contains("2024-05-03") }
        try tmux.keys("Enter")
        try tmux.waitFor("the reader, analysed, with the event of 2024-05-03", timeout: 30) { s in
            s.contains("The mayor") && !s.contains("analysing") && s.contains("2024-05-03")
        }
        try tmux.keys("q", "q", "q")
        try tmux.waitForShell()
    }
}
