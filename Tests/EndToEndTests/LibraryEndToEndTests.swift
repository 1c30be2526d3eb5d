import Foundation
import Testing

/// The library driven for real in tmux: a folder copied from the fixtures, every XDG folder in a temporary one.
@Suite(.serialized) struct LibraryEndToEndTests {
    /// A library folder: three fixture articles and a second article made from the seed's later paragraphs, so
    /// two articles surely share the seed's entities.
    struct Library {
        let root: String
        var folder: String { root + "/articles" }
        var environment: [String: String] {
            ["HOME": root + "/home", "XDG_DATA_HOME": root + "/data", "XDG_STATE_HOME": root + "/state",
             "XDG_CONFIG_HOME": root + "/config"]
        }

        init() throws {
            root = NSTemporaryDirectory() + "lede-library-e2e-\(UUID().uuidString)"
            let fm = FileManager.default
            try fm.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
            try fm.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
            let corpus = ReaderHarness.fixtures.appendingPathComponent("corpus").path
            for name in ["seed-halevi-resigns.txt", "wikinews-2006-08-06-castro-recovering.txt",
                         "wikinews-2015-08-21-north-korea-quasi-state-of-war.txt"] {
                try fm.copyItem(atPath: corpus + "/" + name, toPath: root + "/articles/" + name)
            }
            let seed = try String(contentsOfFile: corpus + "/seed-halevi-resigns.txt", encoding: .utf8)
            let lines = seed.components(separatedBy: "\n")
            let later = "Halevi's legacy debated\n\n" + lines.suffix(lines.count / 2).joined(separator: "\n")
            try later.write(toFile: root + "/articles/halevi-legacy.txt", atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    func open(_ session: TmuxSession, _ lib: Library, extra: [String] = []) throws {
        let command = ([try ReaderHarness.binary()] + extra + [lib.folder]).map(TmuxSession.quote).joined(separator: " ")
        try session.type(command)
        try session.waitFor(format: "#{alternate_on}", toBe: "1", timeout: 15)
        try session.waitFor("the library list, fully analysed", timeout: 60) { s in
            s.contains("1 Date") && s.contains("4 articles") && !s.contains("analysing")
        }
    }

    func selectedRow(_ screen: String) -> String? {
        // The status line names the selected article's file.
        screen.split(separator: "\n").last.map(String.init)
    }

    @Test func openFilterReadBackAndJumpAcrossArticles() throws {
        let lib = try Library(); defer { lib.remove() }
        let session = try TmuxSession(width: 120, height: 32, environment: lib.environment)
        defer { session.close() }
        try open(session, lib)
        var screen = try session.screen()
        #expect(screen.contains("Castro recovering following surgery"))
        #expect(screen.contains("North Korea"))

        // Filter by a word of the text: only the two Halevi articles remain.
        try session.keys("/")
        try session.run(["send-keys", "-l", "halevi"])
        screen = try session.waitFor("the filter to apply") { $0.contains("/halevi") && $0.contains("2 of 4 articles") }
        #expect(!screen.contains("Castro recovering"))
        try session.keys("Enter")
        screen = try session.waitFor("the filter to stay") { $0.contains("filter: halevi") }

        // Open the second row in the reader, and come back to the same row.
        let before = selectedRow(screen)
        try session.keys("j")
        let chosen = try session.waitFor("the cursor on row 2") { selectedRow($0) != before }
        let row = selectedRow(chosen)!.split(separator: " ").first { $0.hasSuffix(".txt") }.map(String.init)!
        try session.keys("Enter")
        try session.waitFor("the reader") { !$0.contains("1 Date") && $0.contains("%") }
        try session.keys("q")
        screen = try session.waitFor("the library again") { $0.contains("1 Date") }
        #expect(selectedRow(screen)?.contains(row) == true)

        // In the seed article, select the first entity, list the other articles naming it, open the other one.
        try session.keys("g")
        // Two rows: `g` moves from the second to the first.
        let top = try session.waitFor("the first row") { selectedRow($0)?.contains(row) == false }
        if selectedRow(top)?.contains("seed-halevi-resigns.txt") != true { try session.keys("j") }
        try session.waitFor("the seed's row") { selectedRow($0)?.contains("seed-halevi-resigns.txt") == true }
        try session.keys("Enter")
        try session.waitFor("the seed in the reader") { $0.contains("Halevi") && !$0.contains("1 Date") }
        // Tab before the analysis has arrived selects nothing; on a loaded machine the reader's worker can take
        // seconds to answer, so wait for the analysed frame first.
        try session.waitFor("the seed's analysis", timeout: 60) { $0.contains("Herzi Halevi") && !$0.contains("analysing") }
        try session.keys("Tab")
        let selected = try session.waitFor("an entity to be selected") { s in
            s.contains(" · person") || s.contains(" · place") || s.contains(" · organization") || s.contains(" · group")
        }
        try session.keys("a")
        // The seed itself is not listed: one row, the other article. Wait for the rows as well as the header, since
        // capture-pane can catch a frame that ncurses is still drawing.
        func rows(_ s: String) -> Int {
            s.split(separator: "\n").filter { $0.contains(" mention") && !$0.contains("Other articles") }.count
        }
        let list = try session.waitFor("the other articles") { $0.contains("Other articles mentioning") && rows($0) >= 1 }
        #expect(rows(list) == 1)
        let header = list.split(separator: "\n").first { $0.contains("Other articles mentioning") }!
        let named = header.components(separatedBy: "Other articles mentioning ")[1].trimmingCharacters(in: .whitespaces)
        #expect(selected.contains(named))
        try session.keys("Enter")
        let jumped = try session.waitFor("the other article at its first mention") { s in
            !s.contains("Other articles mentioning") && s.contains(named)
        }
        #expect(!jumped.contains("In a dramatic turn of events"))

        // q walks back: the list, the seed, the library; q again quits and restores the terminal.
        try session.keys("q")
        try session.waitFor("the list again") { $0.contains("Other articles mentioning") }
        try session.keys("q")
        try session.keys("q")
        try session.waitFor("the library") { $0.contains("1 Date") && $0.contains("filter: halevi") }
        try session.keys("q")
        try session.waitForShell()
        #expect(try session.lastStatus() == 0)

        // Everything was kept under the temporary XDG folders, and the next run restores the view.
        #expect(FileManager.default.fileExists(atPath: lib.root + "/data/lede/library.sqlite"))
        #expect(FileManager.default.fileExists(atPath: lib.root + "/state/lede/positions.json"))
        try open(session, lib)
        screen = try session.screen()
        #expect(screen.contains("filter: halevi") && screen.contains("2 of 4 articles"))
        try session.keys("q")
        try session.waitForShell()
    }

    @Test func aCorruptLibraryFileGetsOneLineAndTheArticlesStillOpen() throws {
        let lib = try Library(); defer { lib.remove() }
        let bad = lib.root + "/garbage.sqlite"
        try String(repeating: "not a database\n", count: 200).write(toFile: bad, atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 120, height: 32, environment: lib.environment)
        defer { session.close() }
        try open(session, lib, extra: ["--library", bad])
        #expect(try session.screen().contains("Castro recovering"))
        try session.keys("q")
        try session.waitForShell()
        // The shell wraps the long line at the pane's width: join the rows back.
        let screen = try session.lines().joined()
        #expect(screen.contains("garbage.sqlite: the library database is damaged or"))
        #expect(screen.contains("continuing without the library index"))
        #expect(try String(contentsOfFile: bad, encoding: .utf8).hasPrefix("not a database"))
    }
}
