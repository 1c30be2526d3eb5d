import Foundation

/// Hands updates from the indexing thread to the thread running the interface, which drains it between frames.
public final class LibraryInbox: @unchecked Sendable {
    // Guarded by `lock`: the only shared mutable state between the two threads.
    private var pending: [LibraryUpdate] = []
    private let lock = NSLock()

    public init() {}

    public func post(_ update: LibraryUpdate) {
        lock.lock()
        pending.append(update)
        lock.unlock()
    }

    /// Everything posted since the last call, in order.
    public func drain() -> [LibraryUpdate] {
        lock.lock()
        defer { lock.unlock() }
        let out = pending
        pending.removeAll()
        return out
    }
}
