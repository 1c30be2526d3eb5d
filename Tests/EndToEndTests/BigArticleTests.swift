import Foundation
import LedeTerminal
import LedeUI
import Testing

/// A big article opens with its text on screen first; the highlights arrive when the background analysis
/// finishes, and keys work meanwhile.
@Suite struct BigArticleTests {
    static let firstWords = "In a dramatic turn of events"

    /// The seed article followed by the corpus's plain-text articles, repeated up to `bytes`, in a fresh folder.
    static func makeArticle(bytes: Int) throws -> String {
        let corpus = ReaderHarness.fixtures.appendingPathComponent("corpus")
        var text = try String(contentsOfFile: ReaderHarness.seed, encoding: .utf8)
        let others = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        while text.utf8.count < bytes {
            for name in others { text += "\n" + (try String(contentsOfFile: corpus.appendingPathComponent(name).path, encoding: .utf8)) }
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-big-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("big.txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func fiveMegabytesShowTextFirstAndKeysWork() throws {
        let path = try Self.makeArticle(bytes: 5_000_000)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.openReader([path], showing: Self.firstWords, timeout: 90)
        let first = try tmux.screen()
        #expect(first.contains("analysing…"), "the text should be on screen before the analysis ends:\n\(first)")
        // Keys work while the analysis runs.
        try tmux.keys("Space")
        let scrolled = try tmux.waitFor("a page down during the analysis", timeout: 15) { !$0.contains(Self.firstWords) }
        #expect(scrolled.contains("analysing…"))
        try tmux.keys("q")
        try tmux.waitForShell(timeout: 15)
    }

    @Test func highlightsArriveWhenTheAnalysisFinishes() throws {
        // Big enough that the analysis takes a while, small enough to finish quickly in a debug build.
        let path = try Self.makeArticle(bytes: 150_000)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.openReader([path], showing: Self.firstWords, timeout: 60)
        let (theme, _) = Theme.load(nameOrPath: "dark", environment: [:])
        guard case let .rgb(r, g, b) = theme.style(.person).foreground else {
            Issue.record("the dark theme has no person colour")
            return
        }
        let person = "38;5;\(ColorMapper.nearest256(r, g, b))"
        let screen = try tmux.waitFor("the highlights", escapes: true, timeout: 180) { s in
            !s.contains("analysing…") && StyledScreen(s).look(of: "Herzi Halevi, announced")?.foreground == person
        }
        #expect(StyledScreen(screen).look(of: "Herzi Halevi, announced")?.foreground == person)
        try tmux.keys("q")
        try tmux.waitForShell()
    }
}
