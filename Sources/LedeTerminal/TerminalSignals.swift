import Glibc
import Synchronization

/// The signals after which the terminal must be restored, caught by handlers that only record them.
///
/// The handlers run before ncurses is set up, so ncurses leaves these signals alone (it installs its own only
/// while they are at their defaults). They set a bit and nothing else, which is async-signal-safe, and are
/// installed without `SA_RESTART` so a blocking `get_wch` returns at once; the main loop then restores the
/// terminal and re-raises the signal, or suspends on SIGTSTP.
enum TerminalSignals {
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let pending = Atomic<UInt64>(0)
    /// The thread that waits in `get_wch`. A process-directed signal goes to any thread that does not block
    /// it; if another thread (the analysis, a Dispatch worker) takes it, the handler passes it on to this one
    /// so its blocking read is interrupted and the main loop sees the signal at once.
    static let mainThread = Atomic<UInt>(0)

    static func install() {
        // Initialise both before a handler can touch them.
        _ = pending.load(ordering: .sequentiallyConsistent)
        mainThread.store(UInt(pthread_self()), ordering: .sequentiallyConsistent)
        for signal in terminating + [SIGTSTP] { catchSignal(signal) }
        // A parent may hand down a mask blocking these (signal masks survive fork and exec); blocked, the
        // handlers would never run and the terminal would stay in full-screen mode.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in terminating + [SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&unblock, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    static func catchSignal(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { caught in
            _ = TerminalSignals.pending.bitwiseOr(UInt64(1) << UInt64(caught), ordering: .sequentiallyConsistent)
            let main = pthread_t(TerminalSignals.mainThread.load(ordering: .sequentiallyConsistent))
            if pthread_equal(pthread_self(), main) == 0 { pthread_kill(main, caught) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    static func setDefault(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    /// Takes the signals caught since the last call.
    static func take() -> [Int32] {
        let bits = pending.exchange(0, ordering: .sequentiallyConsistent)
        guard bits != 0 else { return [] }
        return (1..<64).filter { bits & (UInt64(1) << UInt64($0)) != 0 }.map { Int32($0) }
    }

    static func uninstall() {
        for signal in terminating + [SIGTSTP] { setDefault(signal) }
    }
}
