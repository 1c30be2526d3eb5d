import Foundation
import LedeCore

/// One `lede analysis-worker` child process, which analyses the articles sent to it one at a time.
///
/// Swift traps (an overflow, an index out of range) cannot be caught in-process, so an analysis that might
/// trap runs here: if the child dies, only the article it was analysing fails, with a one-line reason, and the
/// next article gets a fresh child. The parent never waits for ever: every exchange has a deadline, after
/// which the child is killed; every child is reaped (no zombie), and a child whose parent is gone exits (at the
/// end of its input).
///
/// Jobs and results travel framed over one Unix socket (the child's standard input and output); the child's
/// standard error is read alongside, for the runtime's "Fatal error" line.
final class AnalysisWorker {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let executable: String
    private let arguments: [String]
    private var child: Child?

    /// `arguments` follow the worker subcommand (analysis options).
    init(executable: String = AnalysisWorker.ownExecutable, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    deinit { child?.close() }

    /// The running `lede` binary.
    static var ownExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// How long one article may take: generous (a debug build is many times slower than release), growing with
    /// the text. LEDE_WORKER_TIMEOUT (seconds) overrides it, for tests.
    static func timeout(for article: Article) -> Double {
        if let s = ProcessInfo.processInfo.environment["LEDE_WORKER_TIMEOUT"], let t = Double(s), t > 0 { return t }
        return 60 + Double(article.text.count) / 50_000
    }

    /// Starts the child now, if none runs, instead of at the first article.
    func start() {
        if child == nil { child = try? Child.spawn(executable, arguments) }
    }

    /// Analyses `article` in the child, starting one if none runs.
    func analyze(_ article: Article) -> Result<Analysis, Failure> {
        var w = WireWriter()
        w.byte(WorkerMessage.analyze)
        do { try AnalysisWire.encode(article, into: &w) } catch {
            return .failure(Failure(description: "cannot send the article to the analysis process: \(error)"))
        }
        let reply: [UInt8]
        switch exchange(w.data, timeout: Self.timeout(for: article)) {
        case .failure(let f): return .failure(f)
        case .success(let r): reply = r
        }
        var r = WireReader(reply)
        do {
            switch try r.byte() {
            case WorkerMessage.analysed: return .success(try AnalysisWire.decodeAnalysis(&r, textCount: article.text.count))
            default: return .failure(Failure(description: try r.string()))
            }
        } catch {
            // The child is out of step with us: start afresh.
            child?.kill()
            child = nil
            return .failure(Failure(description: "\(error)"))
        }
    }

    /// Sends one message and waits for one reply, restarting the child for the next call when this one fails.
    private func exchange(_ message: [UInt8], timeout: Double) -> Result<[UInt8], Failure> {
        if child == nil {
            do { child = try Child.spawn(executable, arguments) } catch {
                return .failure(Failure(description: "cannot start the analysis process: \(error)"))
            }
        }
        guard let running = child else { return .failure(Failure(description: "no analysis process")) }
        let result = running.exchange(message, deadline: Date().addingTimeInterval(timeout), timeout: timeout)
        if case .failure = result {
            running.close()
            child = nil
        }
        return result
    }
}

/// The message kinds of the worker protocol (the first byte of each message).
enum WorkerMessage {
    static let analyze: UInt8 = 1
    static let analysed: UInt8 = 2
    static let failed: UInt8 = 3

    /// A frame is an 8-byte little-endian length, then that many bytes.
    static func frame(_ payload: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(payload.count + 8)
        var n = UInt64(payload.count).littleEndian
        withUnsafeBytes(of: &n) { out.append(contentsOf: $0) }
        out.append(contentsOf: payload)
        return out
    }

    static func length(_ header: ArraySlice<UInt8>) -> UInt64 {
        var n: UInt64 = 0
        for (k, b) in header.prefix(8).enumerated() { n |= UInt64(b) << (8 * UInt64(k)) }
        return n
    }

    /// The largest message accepted: more than any article under the size limit and its analysis.
    static let maxLength: UInt64 = 4 << 30
}

/// A running child: its pid, its end of the socket and the read end of its standard error.
private final class Child {
    let pid: pid_t
    private var socket: Int32
    private var stderr: Int32
    /// The end of what the child wrote on standard error (its "Fatal error" line, if it trapped).
    private var errorTail: [UInt8] = []
    private var reaped = false

    private init(pid: pid_t, socket: Int32, stderr: Int32) {
        self.pid = pid
        self.socket = socket
        self.stderr = stderr
    }

    static func spawn(_ executable: String, _ arguments: [String]) throws -> Child {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw AnalysisWorker.Failure(description: String(cString: strerror(errno)))
        }
        // A socket pair for standard error too: made close-on-exec atomically (pipe2 is not in Glibc's
        // module), so a child spawned meanwhile by another thread cannot inherit it.
        var errPipe: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &errPipe) == 0 else {
            Glibc.close(pair[0]); Glibc.close(pair[1])
            throw AnalysisWorker.Failure(description: String(cString: strerror(errno)))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies; the originals close at exec.
        posix_spawn_file_actions_adddup2(&actions, pair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, pair[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        // The child starts with an empty signal mask and default dispositions whatever this thread blocks,
        // and in its own process group, so a Ctrl-C meant for the reader reaches the reader only (which then
        // ends the child by closing its input).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGPIPE, SIGCHLD, SIGTTIN, SIGTTOU] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        var env = ProcessInfo.processInfo.environment
        // A trapping child dies at once instead of symbolicating for seconds; the parent names the article.
        env["SWIFT_BACKTRACE"] = "enable=no"
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable, AnalysisWorkerCommand.name] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for e in envp { free(e) } }
        var pid = pid_t()
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        Glibc.close(pair[1])
        Glibc.close(errPipe[1])
        guard rc == 0 else {
            Glibc.close(pair[0]); Glibc.close(errPipe[0])
            throw AnalysisWorker.Failure(description: "\(executable): \(String(cString: strerror(rc)))")
        }
        for fd in [pair[0], errPipe[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        return Child(pid: pid, socket: pair[0], stderr: errPipe[0])
    }

    /// Writes the framed message while reading the framed reply (and standard error), until the reply is whole,
    /// the child dies or the deadline passes.
    func exchange(_ message: [UInt8], deadline: Date, timeout: Double) -> Result<[UInt8], AnalysisWorker.Failure> {
        let out = WorkerMessage.frame(message)
        var sent = 0
        var header: [UInt8] = []
        var reply: [UInt8] = []
        var expected: Int?
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                kill()
                return .failure(.init(description: "the analysis took longer than \(Int(timeout)) s and was stopped"))
            }
            var fds = [pollfd(fd: socket, events: Int16(POLLIN) | (sent < out.count ? Int16(POLLOUT) : 0), revents: 0)]
            if stderr >= 0 { fds.append(pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(left * 1000, 1000) + 1))
            if ready < 0 {
                if errno == EINTR { continue }
                kill()
                return .failure(.init(description: "cannot wait for the analysis process: \(String(cString: strerror(errno)))"))
            }
            if fds.count > 1, fds[1].revents != 0 { drainStderr() }
            if fds[0].revents & Int16(POLLOUT) != 0, sent < out.count {
                let n = out.withUnsafeBytes { send(socket, $0.baseAddress! + sent, min(out.count - sent, 1 << 20),
                                                   Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)) }
                if n > 0 { sent += n } else if n < 0, errno != EAGAIN, errno != EINTR { return .failure(died()) }
            }
            if fds[0].revents & (Int16(POLLIN) | Int16(POLLHUP) | Int16(POLLERR)) != 0 {
                let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                if n == 0 { return .failure(died()) }
                if n < 0 {
                    if errno == EAGAIN || errno == EINTR { continue }
                    return .failure(died())
                }
                var chunk = buffer[0..<n]
                if expected == nil {
                    let take = min(8 - header.count, chunk.count)
                    header += chunk.prefix(take)
                    chunk = chunk.dropFirst(take)
                    if header.count == 8 {
                        let length = WorkerMessage.length(header[...])
                        guard length <= WorkerMessage.maxLength else {
                            kill()
                            return .failure(.init(description: "the analysis process sent a malformed message"))
                        }
                        expected = Int(length)
                        reply.reserveCapacity(Int(length))
                    }
                }
                if let expected {
                    reply += chunk
                    if reply.count >= expected {
                        guard reply.count == expected else {
                            kill()
                            return .failure(.init(description: "the analysis process sent a malformed message"))
                        }
                        return .success(reply)
                    }
                }
            }
        }
    }

    /// Why the child stopped answering: the signal or exit status, and its "Fatal error" line if it printed one.
    private func died() -> AnalysisWorker.Failure {
        let status = reap()
        drainStderr(untilEnd: true)
        var reason: String
        if let status, status & 0x7F != 0 {
            let signal = status & 0x7F
            reason = "the analysis process crashed (\(Self.name(ofSignal: signal)))"
        } else if let status {
            reason = "the analysis process exited with status \((status >> 8) & 0xFF)"
        } else {
            reason = "the analysis process stopped answering"
        }
        let lines = String(decoding: errorTail, as: UTF8.self).split(separator: "\n")
        if let fatal = lines.last(where: { $0.contains("Fatal error") || $0.contains("fatal error") }) {
            reason += ": " + TextSanitizer.singleLine(String(fatal.prefix(300)))
        }
        return .init(description: reason)
    }

    static func name(ofSignal signal: Int32) -> String {
        switch signal {
        case SIGILL: "SIGILL, a trap"
        case SIGTRAP: "SIGTRAP, a trap"
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGFPE: "SIGFPE"
        case SIGABRT: "SIGABRT"
        case SIGKILL: "SIGKILL"
        default: "signal \(signal)"
        }
    }

    private func drainStderr(untilEnd: Bool = false) {
        guard stderr >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Date().addingTimeInterval(untilEnd ? 1 : 0)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(stderr, $0.baseAddress, $0.count) }
            if n > 0 {
                errorTail += buffer[0..<n]
                if errorTail.count > 8192 { errorTail.removeFirst(errorTail.count - 8192) }
                continue
            }
            if n == 0 {
                Glibc.close(stderr)
                stderr = -1
                return
            }
            if errno == EINTR { continue }
            // Nothing to read now; after the child's death the pipe ends soon.
            guard untilEnd, Date() < end else { return }
            var fd = pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)
            _ = poll(&fd, 1, 50)
        }
    }

    /// Kills the child (if it still runs) and waits for it; returns its wait status.
    @discardableResult
    private func reap() -> Int32? {
        guard !reaped else { return nil }
        reaped = true
        // A child that is already exiting keeps its own status; one that only closed its socket is ended.
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return nil }
        }
        return status
    }

    func kill() { reap() }

    /// Ends the child: closing its input lets it exit by itself; one that does not within a second is killed.
    func close() {
        if socket >= 0 { Glibc.close(socket); socket = -1 }
        if !reaped {
            var status: Int32 = 0
            for _ in 0..<100 {
                let r = waitpid(pid, &status, WNOHANG)
                if r == pid || (r == -1 && errno != EINTR) { reaped = true; break }
                usleep(10_000)
            }
            if !reaped { reap() }
        }
        if stderr >= 0 { Glibc.close(stderr); stderr = -1 }
    }
}
