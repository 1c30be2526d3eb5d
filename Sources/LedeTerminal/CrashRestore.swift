import CNcursesw
import Glibc

/// A last resort for signals that end the process without passing through the main loop: a crash (SIGSEGV,
/// SIGBUS, SIGILL, SIGTRAP, SIGFPE) or SIGABRT. The handler writes the terminal's own "leave full-screen"
/// sequences, puts back the tty settings saved before set-up, then hands the signal to whoever handled it before
/// (the Swift runtime's backtracer, or the default action).
///
/// Only async-signal-safe calls run in the handler (`write`, `tcsetattr`, `sigaction`, `raise`); everything it
/// needs is prepared by `arm` while the program is healthy.
enum CrashRestore {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    // Written once by `arm` (before any handler can run) and only read by the handler.
    nonisolated(unsafe) static var sequence: [UInt8] = []
    nonisolated(unsafe) static var savedTTY = termios()
    nonisolated(unsafe) static var hasSavedTTY = false
    nonisolated(unsafe) static var previous: [sigaction] = Array(repeating: sigaction(), count: 65)
    nonisolated(unsafe) static var armed = false

    /// Saves the tty settings; call before ncurses changes them.
    static func saveTTY() {
        hasSavedTTY = tcgetattr(1, &savedTTY) == 0
    }

    /// Prepares the restore sequence from terminfo and installs the handlers; call after `newterm`.
    static func arm() {
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
        sigaction(signal, &before, nil)
        // A fault re-runs its instruction on return and reaches the previous handler then; a signal sent with
        // kill is raised again for it. Either way the process ends as it would have without Lede.
        raise(signal)
    }
}
