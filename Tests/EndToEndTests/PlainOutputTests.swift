import Foundation
import Testing

/// When standard output is not a terminal, `lede FILE` prints the article as plain text (`lede x | grep` works).
@Suite struct PlainOutputTests {
    @Test func pipedOutputIsPlainText() throws {
        let r = try LedeBinary.run([ReaderHarness.seed])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}"), "escape codes in piped output")
        #expect(r.stdout.contains("In a dramatic turn of events, Is-rael’s top military leader"))
        #expect(r.stdout.contains("The October 7 attack remains a defining moment"))
        // The title first; boilerplate (the table of contents, the comments footer) left out.
        #expect(r.stdout.hasPrefix("Israel’s Top General Resigns Amid Security Failures During October 7 Attack\n\n"))
        #expect(!r.stdout.contains("Table of Contents"))
        #expect(!r.stdout.contains("thought on"))
    }

    @Test func pipedOutputCarriesOnAfterABadFile() throws {
        let r = try LedeBinary.run(["/nonexistent/article.txt", ReaderHarness.seed])
        #expect(r.status != 0)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout.contains("In a dramatic turn of events"))
    }
}
