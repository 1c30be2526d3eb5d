import Foundation
import Synchronization

/// What the mutation loop leaves behind when an input traps or hangs: the input, saved from a signal
/// handler (only async-signal-safe calls), and one line naming the file.
enum CrashReport {
    nonisolated(unsafe) private static var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    nonisolated(unsafe) private static var capacity = 1
    nonisolated(unsafe) private static var length = 0
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?
    /// When the current input started (milliseconds since the loop began; -1 between inputs), for the watchdog.
    static let startedAt = Atomic<Int>(-1)

    /// Where a crashing input goes, and the signals that mean a crash.
    static func install(savingTo file: String) {
        path = strdup(file)
        message = strdup("lede-fuzz: crash; input saved to \(file)\n")
        for sig in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                CrashReport.save()
                signal(sig, SIG_DFL)
                raise(sig)
            }
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(sig, &action, nil)
        }
    }

    /// Keeps a copy of the input about to run (so a crash can save it without allocating).
    static func current(_ bytes: [UInt8]) {
        if bytes.count > capacity {
            buffer.deallocate()
            capacity = bytes.count
            buffer = .allocate(capacity: capacity)
        }
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { buffer.update(from: base, count: b.count) }
        }
        length = bytes.count
    }

    /// Writes the current input to the crash file; called from the signal handler or the watchdog.
    static func save() {
        guard let path else { return }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd >= 0 {
            _ = write(fd, buffer, length)
            close(fd)
        }
        if let message { _ = write(2, message, strlen(message)) }
    }
}
