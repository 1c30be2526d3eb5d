import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func printsVersionAndHelp() throws {
        let v = try LedeBinary.run(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let h = try LedeBinary.run(["--help"])
        #expect(h.status == 0)
        #expect(h.stdout.contains("analyze"))
    }

    @Test func missingFileIsOneLineErrorAndOthersStillRun() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/corpus/seed-halevi-resigns.txt").path
        let r = try LedeBinary.run(["analyze", "--format", "jsonl", "/nonexistent/article.txt", seed])
        #expect(r.status != 0)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("/nonexistent/article.txt"))
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func generatesCompletionScripts() throws {
        let r = try LedeBinary.run(["--generate-completion-script", "bash"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("lede"))
    }
}
