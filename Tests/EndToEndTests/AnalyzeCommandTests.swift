import Foundation
import Testing

/// Runs the built `lede` binary as a process, the way scripts use it.
@Suite("lede analyze as a process")
struct AnalyzeCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seed = packageRoot.appendingPathComponent("Tests/Fixtures/corpus/seed-halevi-resigns.txt")

    static var binary: URL { URL(fileURLWithPath: LedeBinary.path) }

    func run(_ args: [String], stdin: Data? = nil) throws -> (status: Int32, out: Data, err: String) {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = args
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        if stdin != nil { p.standardInput = inp }
        try p.run()
        if let stdin {
            inp.fileHandleForWriting.write(stdin)
            try inp.fileHandleForWriting.close()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, o, String(decoding: e, as: UTF8.self))
    }

    @Test func seedAsJSONL() throws {
        let r = try run(["analyze", "--format", "jsonl", Self.seed.path])
        #expect(r.status == 0)
        let lines = String(decoding: r.out, as: UTF8.self).split(separator: "\n")
        try #require(lines.count == 1)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(obj["format"] as? String == "text")
        #expect(obj["title"] as? String == "Israel’s Top General Resigns Amid Security Failures During October 7 Attack")
        let file = try String(contentsOf: Self.seed, encoding: .utf8)
        #expect(obj["text"] as? String == file)
        let sections = try #require(obj["sections"] as? [[String: Any]])
        #expect(sections.map { $0["title"] as? String } == [nil, "A Resounding Blow to National Security",
            "The October 7 Assault: A Devastating Surprise Attack", "The Ongoing Military Campaign and Ceasefire",
            "Internal Struggles within Israel’s Government", "The Human Cost of the Conflict",
            "Looking Ahead: A Path to Peace or Continued Violence?"])
        #expect(sections.first?["end"] as? Int == 906)
        let blocks = try #require(obj["blocks"] as? [[String: Any]])
        let boilerplate = blocks.filter { $0["kind"] as? String == "boilerplate" }
        #expect(boilerplate.map { $0["boilerplate"] as? String } == ["table-of-contents", "comments-footer"])
        #expect(boilerplate.map { $0["start"] as? Int } == [907, 6657])
        #expect(blocks.filter { $0["kind"] as? String == "heading" }.count == 6)
        for key in ["sentences", "entities", "times", "facts", "timeline"] { #expect(obj[key] is [Any]) }
    }

    @Test func badFilesAreReportedAndTheRestStillProcessed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("blob.txt")
        try Data([0, 1, 2, 3, 0, 0, 0x41]).write(to: binary)
        let missing = dir.appendingPathComponent("missing.txt").path
        let r = try run(["analyze", "--format", "jsonl", missing, binary.path, Self.seed.path])
        #expect(r.status != 0)
        let errLines = r.err.split(separator: "\n")
        #expect(errLines.count == 2)
        #expect(errLines.contains { $0.contains(missing) && $0.contains("no such file") })
        #expect(errLines.contains { $0.contains(binary.path) && $0.contains("binary") })
        #expect(String(decoding: r.out, as: UTF8.self).split(separator: "\n").count == 1)
    }

    @Test func charsetGivenOnTheCommandLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("moscow.txt")
        // "Москва объявила план." in KOI8-R.
        let koi8: [UInt8] = [0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1, 0x20, 0xCF, 0xC2, 0xDF, 0xD1, 0xD7, 0xC9, 0xCC, 0xC1,
                             0x20, 0xD0, 0xCC, 0xC1, 0xCE, 0x2E, 0x0A]
        try Data(koi8).write(to: file)
        let r = try run(["analyze", "--format", "jsonl", "--charset", "KOI8-R", file.path])
        #expect(r.status == 0)
        let obj = try #require(try JSONSerialization.jsonObject(with: r.out.prefix { $0 != 0x0A }) as? [String: Any])
        #expect(obj["text"] as? String == "Москва объявила план.\n")
        let bad = try run(["analyze", "--charset", "no-such-charset", file.path])
        #expect(bad.status != 0)
        #expect(bad.err.contains("unknown charset 'no-such-charset'"))
    }

    @Test func feedWithoutItemsIsAnErrorAndTheRestStillProcessed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.rss")
        try Data("<rss version=\"2.0\"><channel><title>Nothing yet</title></channel></rss>".utf8).write(to: empty)
        let r = try run(["analyze", "--format", "jsonl", empty.path, Self.seed.path])
        #expect(r.status != 0)
        #expect(r.err == "lede: \(empty.path): feed has no items\n")
        let lines = String(decoding: r.out, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(obj["source"] as? String == Self.seed.path)
    }

    @Test func standardInput() throws {
        let r = try run(["analyze", "--format", "jsonl", "-"], stdin: try Data(contentsOf: Self.seed))
        #expect(r.status == 0)
        let obj = try #require(try JSONSerialization.jsonObject(with: r.out) as? [String: Any])
        #expect(obj["source"] as? String == "stdin")
        #expect(obj["title"] as? String == "Israel’s Top General Resigns Amid Security Failures During October 7 Attack")
    }

    @Test func feedGivesOneLinePerItem() throws {
        let feed = Self.packageRoot.appendingPathComponent("Tests/Fixtures/corpus/wikinews-sample-feed.rss")
        let r = try run(["analyze", "--format", "jsonl", feed.path, Self.seed.path])
        #expect(r.status == 0)
        let lines = String(decoding: r.out, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 5)
        let sources = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["source"] as? String }
        #expect(sources == (1...4).map { "\(feed.path)#\($0)" } + [Self.seed.path])
    }

    @Test func sizeLimitOption() throws {
        let r = try run(["analyze", "--format", "jsonl", "--max-size", "1K", Self.seed.path])
        #expect(r.status != 0)
        #expect(r.err.contains("over the 1024-byte limit"))
    }
}
