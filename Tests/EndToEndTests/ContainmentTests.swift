import Foundation
import Testing

/// One article that traps (LEDE_DEBUG_TRAP) or hangs (LEDE_DEBUG_HANG) fails alone: the other articles of the
/// folder or feed print, the failing one is named in one line on stderr, and the exit status is 1.
@Suite("Failures contained in worker processes")
struct ContainmentTests {
    static let marker = "LEDE-TRAP-MARKER-7731"

    static func folder(_ files: [(String, String)]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-contain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func article(_ title: String, _ extra: String = "") -> String {
        "\(title)\n\nThe mayor of Springfield, Anna Lopez, said on 3 March 2024 that 1,200 homes would be built. \(extra)\n"
    }

    func environment(_ extra: [String: String]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(extra) { $1 }
    }

    @Test func aFolderWithOneTrappingArticlePrintsTheOthers() throws {
        let dir = try Self.folder([("a.txt", Self.article("First")), ("b.txt", Self.article("Second", Self.marker)),
                                   ("c.txt", Self.article("Third"))])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try LedeBinary.run(["analyze", "--format", "jsonl", dir.path],
                                   environment: environment(["LEDE_DEBUG_TRAP": Self.marker]))
        #expect(r.status == 1)
        let titles = r.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["title"] as? String
        }
        #expect(titles == ["First", "Third"])
        let errors = r.stderr.split(separator: "\n")
        #expect(errors.count == 1, "\(r.stderr)")
        #expect(errors.first?.contains("b.txt") == true)
        #expect(errors.first?.contains("crashed") == true)
        #expect(errors.first?.contains("LEDE_DEBUG_TRAP") == true, "the runtime's fatal error line is in the reason")
    }

    /// The analysis that comes back from a worker is the one made in-process, field for field (the whole
    /// fixture corpus: every format, with blocks, sections, dates, entities, facts and timelines; --explain
    /// for the explanations).
    @Test(arguments: [[], ["--explain"]])
    func theOutputEqualsTheInProcessAnalysis(_ extra: [String]) throws {
        let corpus = LedeBinary.packageRoot.appendingPathComponent("Tests/Fixtures/corpus").path
        let args = ["analyze", "--format", "jsonl", "--date", "2024-03-04"] + extra + [corpus]
        let contained = try LedeBinary.run(args)
        let inProcess = try LedeBinary.run(args, environment: environment(["LEDE_ANALYSIS": "in-process"]))
        #expect(contained.status == 0 && inProcess.status == 0, "\(contained.stderr)")
        #expect(contained.stdout.split(separator: "\n").count >= 20)
        #expect(contained.stdout == inProcess.stdout)
    }

    @Test func aFeedWithOneTrappingItemPrintsTheOthers() throws {
        let items = ["One", "Two \(Self.marker)", "Three"].map {
            "<item><title>\($0.split(separator: " ")[0])</title><description>\(Self.article($0))</description></item>"
        }.joined()
        let dir = try Self.folder([("feed.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>\(items)</channel></rss>")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try LedeBinary.run(["analyze", "--format", "jsonl", dir.appendingPathComponent("feed.rss").path],
                                   environment: environment(["LEDE_DEBUG_TRAP": Self.marker]))
        #expect(r.status == 1)
        #expect(r.stdout.split(separator: "\n").count == 2)
        let errors = r.stderr.split(separator: "\n")
        #expect(errors.count == 1, "\(r.stderr)")
        #expect(errors.first?.contains("feed.rss") == true && errors.first?.contains("Two") == true, "\(r.stderr)")
    }

    @Test func aHangingArticleIsStoppedAndTheOthersPrint() throws {
        let dir = try Self.folder([("a.txt", Self.article("First", Self.marker)), ("b.txt", Self.article("Second")),
                                   ("c.txt", Self.article("Third"))])
        defer { try? FileManager.default.removeItem(at: dir) }
        let start = Date()
        let r = try LedeBinary.run(["analyze", "--format", "text", dir.path],
                                   environment: environment(["LEDE_DEBUG_HANG": Self.marker, "LEDE_WORKER_TIMEOUT": "10"]))
        #expect(r.status == 1)
        #expect(Date().timeIntervalSince(start) < 45)
        #expect(r.stdout.contains("Second") && r.stdout.contains("Third") && !r.stdout.contains("First"))
        let errors = r.stderr.split(separator: "\n")
        #expect(errors.count == 1 && errors.first?.contains("a.txt") == true && errors.first?.contains("10 s") == true,
                "\(r.stderr)")
    }

    @Test func theWorkerSubcommandIsHidden() throws {
        let r = try LedeBinary.run(["--help"])
        #expect(!r.stdout.contains("analysis-worker"))
        #expect(!r.stdout.contains("LEDE_DEBUG"))
    }
}
