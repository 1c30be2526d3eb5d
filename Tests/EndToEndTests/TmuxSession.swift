import Foundation

/// A private tmux server with one pane running an interactive shell, for driving the real `lede` end to end.
///
/// Every session has its own socket (`-L lede-test-…`) and no config (`-f /dev/null`), so tests neither see nor
/// disturb the user's tmux and can run in parallel. Waiting is by polling with a deadline, never fixed sleeps.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let socket: String
    let tmux: String
    private var alive = true
    private var socketPath = ""

    /// The shell prompt, unique enough to spot on the screen.
    static let prompt = "LEDE-PROMPT$ "
    /// The prompt as `capture-pane` shows it (trailing spaces trimmed).
    static let promptMark = "LEDE-PROMPT$"

    /// Starts `bash -i` in a `width`×`height` pane with a clean environment (TERM=tmux-256color, C.UTF-8).
    init(width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        tmux = try Self.findTmux()
        socket = "lede-test-\(UInt32.random(in: 0...UInt32.max))"
        var env = ["PATH": "/usr/bin:/bin", "TERM": "tmux-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                   "HOME": NSTemporaryDirectory(), "PS1": Self.prompt]
        env.merge(environment) { _, new in new }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let shell = "env -i \(assignments) bash --norc --noprofile -i"
        try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", shell])
        do {
            socketPath = try run(["display-message", "-p", "#{socket_path}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            // Keep the pane's size fixed to what the test asks for, not to a (missing) client's.
            try run(["set-option", "-g", "window-size", "manual"])
            // Lets a leaked OSC 52 show up as a tmux buffer, so the safety tests can see it.
            try run(["set-option", "-g", "set-clipboard", "on"])
            _ = try waitFor("the shell prompt") { $0.contains(Self.promptMark) }
        } catch {
            // deinit does not run for an object whose init threw: stop the server here.
            close()
            throw error
        }
    }

    deinit { close() }

    func close() {
        guard alive else { return }
        alive = false
        _ = try? run(["kill-server"])
        // tmux 3.3 leaves the socket file behind.
        if !socketPath.isEmpty { unlink(socketPath) }
    }

    static func findTmux() throws -> String {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/bin"]
        for dir in dirs {
            let p = dir + "/tmux"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        throw Failure(description: "tmux is not installed: the end-to-end tests need it (apt-get install tmux; .ci/run installs it)")
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @discardableResult
    func run(_ args: [String]) throws -> String {
        let r = try Subprocess.run(tmux, ["-L", socket, "-f", "/dev/null"] + args)
        guard r.status == 0 else {
            throw Failure(description: "tmux \(args.joined(separator: " ")) failed (\(r.status)): \(r.stderr)")
        }
        return r.stdout
    }

    /// Types a command line into the shell and presses Enter.
    func type(_ line: String) throws {
        try run(["send-keys", "-l", line])
        try run(["send-keys", "Enter"])
    }

    /// Sends tmux key names (`Tab`, `C-z`, `Enter`, `q`…).
    func keys(_ names: String...) throws {
        try run(["send-keys"] + names)
    }

    /// The screen as text; with `escapes`, colours and attributes as SGR sequences (`capture-pane -e`).
    func screen(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    func lines() throws -> [String] {
        try screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A tmux format, such as `#{alternate_on}` or `#{pane_title}`.
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `condition` holds on a settled frame, or fails naming what it waited for and
    /// showing the screen. A frame counts as settled when two captures 30 ms apart are the same: capture-pane can
    /// catch ncurses half-way through drawing a frame (the header new, the rows and status line still old).
    @discardableResult
    func waitFor(_ what: String, escapes: Bool = false, timeout: Double = 10,
                 _ condition: (String) throws -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while true {
            last = try screen(escapes: escapes)
            if try condition(last) {
                usleep(30_000)
                let again = try screen(escapes: escapes)
                // A screen that never stops changing (a spinner) is taken once the deadline has passed.
                if again == last { return again }
                if Date() > deadline, try condition(again) { return again }
                last = again
            }
            if Date() > deadline {
                throw Failure(description: "timed out after \(timeout) s waiting for \(what); the screen was:\n\(last)")
            }
            usleep(20_000)
        }
    }

    /// Polls a tmux format until it has the expected value.
    func waitFor(format: String, toBe expected: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let value = try display(format)
            if value == expected { return }
            if Date() > deadline {
                throw Failure(description: "timed out after \(timeout) s waiting for \(format) to be \(expected) (it is \(value)); the screen was:\n\(try screen())")
            }
            usleep(20_000)
        }
    }

    /// The process id of the command named `name` running under the pane's shell (read from /proc, so no
    /// procps is needed).
    func childPID(named name: String) throws -> Int32 {
        guard let shell = Int32(try display("#{pane_pid}")) else { throw Failure(description: "no pane pid") }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            for entry in entries {
                guard let pid = Int32(entry),
                      let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                      let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
                let comm = stat[stat.index(after: open)..<close]
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                if comm == name, fields.count > 1, Int32(fields[1]) == shell { return pid }
            }
            usleep(20_000)
        }
        throw Failure(description: "no process named \(name) under the pane's shell")
    }

    /// The exit status the shell saw for the last command.
    func lastStatus() throws -> Int {
        let marker = "STATUS-\(UInt32.random(in: 0...UInt32.max))="
        try type("echo \(marker)$?")
        let screen = try waitFor("the exit status") { s in
            s.split(separator: "\n").contains { $0.hasPrefix(marker) }
        }
        let line = screen.split(separator: "\n").last { $0.hasPrefix(marker) }!
        return Int(line.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)) ?? -1
    }
}
