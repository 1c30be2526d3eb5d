import Foundation
import Testing
@testable import LedeCore

@Suite("Ingest: bad input")
struct IngestBadInputTests {
    @Test func missingFile() {
        #expect(throws: IngestError(source: "/nonexistent/x.txt", reason: .missing)) {
            try Ingestor.load("/nonexistent/x.txt")
        }
    }

    @Test func directoryGivenAsAFile() throws {
        let dir = try IngestFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try Ingestor.load(dir.path)
            Issue.record("a directory loaded as a file")
        } catch let e as IngestError {
            #expect(e.reason == .unsupported("is a directory"))
            #expect(e.description.hasPrefix(dir.path + ": "))
        }
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else {
            // Root reads anything; the unreadable case is then covered by the error's text alone.
            #expect(IngestError(source: "f", reason: .unreadable("Permission denied")).description == "f: cannot read: Permission denied")
            return
        }
        let dir = try IngestFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = dir.appendingPathComponent("locked.txt")
        try Data("text".utf8).write(to: f)
        chmod(f.path, 0)
        #expect(throws: IngestError.self) { try Ingestor.load(f.path) }
    }

    @Test func fifoIsRefusedWithoutBlocking() throws {
        let dir = try IngestFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // No writer ever opens the pipe: a plain read would block forever.
        #expect(throws: IngestError(source: fifo, reason: .unsupported("not a regular file"))) {
            try Ingestor.load(fifo)
        }
    }

    @Test func symlinkToAFileIsFollowed() throws {
        let dir = try IngestFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: IngestFixtures.path("seed-halevi-resigns.txt"))
        #expect(try Ingestor.load(link.path).first?.text.count == 6747)
        let dangling = dir.appendingPathComponent("dangling.txt")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: dir.appendingPathComponent("nothing").path)
        #expect(throws: IngestError(source: dangling.path, reason: .missing)) { try Ingestor.load(dangling.path) }
    }

    @Test func binaryWithNULBytes() {
        let data = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00] + Array("text".utf8))
        #expect(throws: IngestError(source: "a.out", reason: .binary)) {
            try Ingestor.articles(from: data, source: "a.out", hint: "txt")
        }
    }

    @Test func mostlyControlBytesIsBinary() {
        var bytes: [UInt8] = []
        for i in 0..<400 { bytes.append(i % 3 == 0 ? 0x41 : UInt8(1 + i % 7)) }
        #expect(TextDecoder.looksBinary(Data(bytes)))
        #expect(!TextDecoder.looksBinary(Data("An ordinary sentence.\tWith a tab.\r\n".utf8)))
    }

    @Test func emptyFileIsAnEmptyArticle() throws {
        let dir = try IngestFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = dir.appendingPathComponent("empty.txt")
        try Data().write(to: f)
        let articles = try Ingestor.load(f.path)
        #expect(articles.count == 1)
        #expect(articles[0].text.string.isEmpty)
        #expect(articles[0].blocks.isEmpty)
        #expect(articles[0].title == nil)
    }

    @Test func overTheSizeLimit() throws {
        let dir = try IngestFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 2000).write(to: f)
        #expect(throws: IngestError(source: f.path, reason: .tooLarge(size: 2000, limit: 1000))) {
            try Ingestor.load(f.path, options: IngestOptions(maxSize: 1000))
        }
        #expect(try Ingestor.load(f.path, options: IngestOptions(maxSize: 2000)).count == 1)
        #expect(IngestOptions().maxSize == 64 * 1024 * 1024)
    }

    @Test func invalidUTF8IsNeverRejected() throws {
        var bytes = Array("Abschlu".utf8) + [0xDF] + Array(" und Ende ".utf8) + [0xC3, 0x28, 0xFF, 0xFE]
        bytes += Array(" fertig.".utf8)
        let a = try Ingestor.articles(from: Data(bytes), source: "t", hint: "txt")[0]
        #expect(a.text.string.hasPrefix("Abschluß und Ende "))
        #expect(a.text.string.hasSuffix(" fertig."))
    }

    @Test func errorsAreOneLineNamingTheFile() {
        let e = IngestError(source: "bad\nname.txt", reason: .binary)
        #expect(e.description == "bad name.txt: binary file (not text)")
    }

    @Test func foldersExpandRecursivelyInStableOrder() throws {
        let dir = try IngestFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("b/inner"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for name in ["z.txt", "a.md", "b/inner/c.html", "b/feed.rss", "notes.pdf", ".hidden/x.txt", "b/.dot.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        let got = Ingestor.expand([dir.path]).map { String($0.dropFirst(dir.path.count + 1)) }
        #expect(got == ["a.md", "b/feed.rss", "b/inner/c.html", "z.txt"])
        #expect(Ingestor.expand(["-", "missing.txt"]) == ["-", "missing.txt"])
    }
}
