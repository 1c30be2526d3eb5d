import CNcursesw
import Glibc

/// A last resort for signals that end the process without passing through the main loop: a crash (SIGSEGV,
/// SIGBUS, SIGILL, SIGTRAP, SIGFPE) or SIGABRT. The handler writes the terminal's own "leave full-screen"
/// sequences and puts back the tty settings saved before set-up. With a crash log path, it then writes the
/// backtrace to that file and one line on standard error saying where, and ends the process with the default
/// action (so the shell sees death by the signal at once, instead of the Swift runtime's backtracer printing
/// over the screen for seconds); without one, it hands the signal to whoever handled it before.
///
/// Only async-signal-safe calls run in the handler (`write`, `open`, `tcsetattr`, `sigaction`, `raise`, and
/// glibc's `backtrace`, loaded beforehand); everything it needs is prepared by `arm` while the program is
/// healthy.
enum CrashRestore {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    // Written once by `arm` (before any handler can run) and only read by the handler.
    nonisolated(unsafe) static var sequence: [UInt8] = []
    nonisolated(unsafe) static var savedTTY = termios()
    nonisolated(unsafe) static var hasSavedTTY = false
    nonisolated(unsafe) static var previous: [sigaction] = Array(repeating: sigaction(), count: 65)
    nonisolated(unsafe) static var armed = false
    nonisolated(unsafe) static var crashLog: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var notice: [UInt8] = []
    nonisolated(unsafe) static var hint: [UInt8] = []
    nonisolated(unsafe) static var frames = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: frameLimit)
    static let frameLimit = 128

    /// Saves the tty settings; call before ncurses changes them.
    static func saveTTY() {
        hasSavedTTY = tcgetattr(1, &savedTTY) == 0
    }

    /// Prepares the restore sequence from terminfo and installs the handlers; call after `newterm`.
    /// `crashLog`: the file a crash's backtrace goes to (its folder is made now).
    static func arm(crashLog path: String? = nil) {
        if let path {
            let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            makeFolders(folder)
            free(crashLog)
            crashLog = strdup(path)
            notice = Array("lede: crashed; the backtrace is in \(path)\n".utf8)
            hint = Array("frames: addr2line -f -e FILE +OFFSET | swift demangle names one\n".utf8)
            // The first call loads the unwinder; in the handler it must not need the dynamic loader.
            _ = backtrace(frames, Int32(frameLimit))
        }
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmcup"] {
            if let s = tigetstr(capability), Int(bitPattern: s) != -1 {
                bytes += Array(String(cString: s).utf8)
            }
        }
        // Mouse reporting off (the modes ncurses turns on for xterm-like terminals).
        bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l".utf8)
        sequence = bytes
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { caught in CrashRestore.handle(caught) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, &previous[Int(signal)])
        }
        armed = true
    }

    /// Puts the previous handlers back (after a normal restoration).
    static func disarm() {
        guard armed else { return }
        armed = false
        for signal in signals { sigaction(signal, &previous[Int(signal)], nil) }
    }

    static func handle(_ signal: Int32) {
        sequence.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
        if hasSavedTTY { tcsetattr(1, TCSADRAIN, &savedTTY) }
        var before = previous[Int(signal)]   // a copy of the element: no allocation in a signal handler
        if let crashLog {
            let fd = open(crashLog, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            if fd >= 0 {
                writeHeader(fd, signal)
                hint.withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
                backtrace_symbols_fd(frames, backtrace(frames, Int32(frameLimit)), fd)
                close(fd)
                notice.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
            }
            before = sigaction()
            before.__sigaction_handler.sa_handler = SIG_DFL
        }
        sigaction(signal, &before, nil)
        // A fault re-runs its instruction on return and reaches the previous handler then; a signal sent with
        // kill is raised again for it. Either way the process ends as it would have without Lede.
        raise(signal)
    }

    /// "lede crashed: signal N" and the pid, without allocating (no string interpolation in a handler).
    private static func writeHeader(_ fd: Int32, _ signal: Int32) {
        var text = (UInt8(ascii: "s"), UInt8(ascii: "i"), UInt8(ascii: "g"), UInt8(ascii: "n"), UInt8(ascii: "a"),
                    UInt8(ascii: "l"), UInt8(ascii: " "))
        _ = withUnsafeBytes(of: &text) { write(fd, $0.baseAddress, $0.count) }
        writeNumber(fd, Int(signal))
        var pid = (UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "p"), UInt8(ascii: "i"), UInt8(ascii: "d"),
                   UInt8(ascii: " "))
        _ = withUnsafeBytes(of: &pid) { write(fd, $0.baseAddress, $0.count) }
        writeNumber(fd, Int(getpid()))
        var newline = UInt8(ascii: "\n")
        _ = write(fd, &newline, 1)
    }

    private static func writeNumber(_ fd: Int32, _ n: Int) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var v = max(0, n)
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[11 - count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0 && count < 12
            _ = write(fd, buf.baseAddress! + 12 - count, count)
        }
    }

    private static func makeFolders(_ path: String) {
        var at = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            at += "/" + part
            mkdir(at, 0o700)
        }
    }
}
