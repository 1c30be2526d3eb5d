import Foundation
import Testing

/// The library with an article that traps in its analysis (LEDE_DEBUG_TRAP): the library opens and lists the
/// others, the failing one is named in one line, and no worker process is left behind as a zombie.
@Suite(.serialized) struct LibraryContainmentTests {
    static let marker = "LEDE-TRAP-MARKER-9025"

    /// A temporary folder: `articles/` with the corpus files given (fixture name, name in the folder) and
    /// poison.txt, which traps the analysis under LEDE_DEBUG_TRAP; the environment keeps every XDG folder inside.
    static func folderWithATrap(_ name: String, _ files: [(String, String)]) throws -> (String, [String: String]) {
        let root = NSTemporaryDirectory() + "lede-library-\(name)-\(UUID().uuidString)"
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
        let corpus = ReaderHarness.fixtures.appendingPathComponent("corpus").path
        for (fixture, copy) in files { try fm.copyItem(atPath: corpus + "/" + fixture, toPath: root + "/articles/" + copy) }
        try "Poisoned article\n\nThis article makes the analysis trap. \(marker)\n"
            .write(toFile: root + "/articles/poison.txt", atomically: true, encoding: .utf8)
        let env = ["HOME": root + "/home", "XDG_DATA_HOME": root + "/data", "XDG_STATE_HOME": root + "/state",
                   "XDG_CONFIG_HOME": root + "/config", "LEDE_DEBUG_TRAP": marker]
        return (root, env)
    }

    @Test func aTrappingArticleDoesNotTakeTheLibraryDown() throws {
        let (root, env) = try Self.folderWithATrap("contain", [
            ("wikinews-2006-08-06-castro-recovering.txt", "wikinews-2006-08-06-castro-recovering.txt"),
            ("wikinews-2015-08-21-north-korea-quasi-state-of-war.txt", "wikinews-2015-08-21-north-korea-quasi-state-of-war.txt"),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try TmuxSession(width: 120, height: 32, environment: env)
        defer { session.close() }
        let command = [try ReaderHarness.binary(), root + "/articles"].map(TmuxSession.quote).joined(separator: " ")
        try session.type(command)
        try session.waitFor(format: "#{alternate_on}", toBe: "1", timeout: 15)
        try session.waitFor("the other articles, analysed", timeout: 60) { s in
            s.contains("Castro recovering") && s.contains("North Korea") && !s.contains("analysing")
        }
        let lede = try session.childPID(named: "lede")
        #expect(Self.zombies(of: lede).isEmpty, "every worker that died was reaped")

        try session.keys("q")
        try session.waitForShell()
        #expect(try session.lastStatus() == 1)
        let screen = try session.lines().joined()
        #expect(screen.contains("poison.txt: cannot analyse: the analysis process crashed"))
    }

    /// The failed article is remembered with its reason: the next start lists it as failed without analysing it
    /// again (with the trap switched off, an analysis would now succeed and show its title), until `--reindex`.
    @Test func aFailedArticleIsNotRetriedAtTheNextStartButOnReindex() throws {
        let (root, env) = try Self.folderWithATrap("failed", [("wikinews-2006-08-06-castro-recovering.txt", "castro.txt")])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try TmuxSession(width: 120, height: 32, environment: env)
        defer { session.close() }
        let lede = [try ReaderHarness.binary()].map(TmuxSession.quote).joined()
        let folder = TmuxSession.quote(root + "/articles")

        func run(_ command: String, until what: String, _ done: @escaping (String) -> Bool) throws -> (screen: String, status: Int) {
            try session.type("clear; " + command)
            try session.waitFor(format: "#{alternate_on}", toBe: "1", timeout: 15)
            let screen = try session.waitFor(what, timeout: 60) { s in done(s) && !s.contains("analysing") }
            try session.keys("q")
            try session.waitForShell()
            return (screen, try session.lastStatus())
        }
        let failedRow: (String) -> Bool = { s in
            s.split(separator: "\n").contains { $0.contains("poison.txt") && $0.contains("failed") && $0.contains("cannot analyse") }
        }

        let first = try run("\(lede) \(folder)", until: "the failed row") { s in s.contains("Castro recovering") && failedRow(s) }
        #expect(first.status == 1)
        // The trap is off now: an analysis would succeed. The file has not changed, so it is not analysed.
        let second = try run("env -u LEDE_DEBUG_TRAP \(lede) \(folder)", until: "the failed row, remembered") { s in
            s.contains("Castro recovering") && failedRow(s)
        }
        #expect(!second.screen.contains("Poisoned article"))
        #expect(second.status == 1)
        #expect(try session.lines().joined().contains("poison.txt: cannot analyse: the analysis process crashed"))
        let third = try run("env -u LEDE_DEBUG_TRAP \(lede) --reindex \(folder)", until: "the article, analysed again") { s in
            s.contains("Castro recovering") && s.contains("Poisoned article")
        }
        #expect(!failedRow(third.screen))
        #expect(third.status == 0)
    }

    /// Children of `pid` in state Z.
    static func zombies(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Int32? in
            guard let child = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && fields[0] == "Z" && Int32(fields[1]) == pid ? child : nil
        }
    }
}
