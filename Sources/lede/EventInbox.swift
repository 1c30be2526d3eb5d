import LedeUI
import Synchronization

/// Events produced off the main thread (an analysis finishing) waiting for the run loop to pick them up.
///
/// While work that will post is outstanding, the run loop polls keys with a short timeout instead of blocking,
/// so a posted event shows up within a few milliseconds and keys stay responsive meanwhile.
final class EventInbox: Sendable {
    private struct Contents {
        var events: [InputEvent] = []
        var outstanding = 0
    }

    private let contents = Mutex(Contents())

    init() {}

    /// Announces work that will `post` later (and `finish` when done).
    func expect() {
        contents.withLock { $0.outstanding += 1 }
    }

    func post(_ event: InputEvent) {
        contents.withLock { $0.events.append(event) }
    }

    /// Marks one announced piece of work as done.
    func finish() {
        contents.withLock { $0.outstanding = max(0, $0.outstanding - 1) }
    }

    /// True while posted events are waiting or announced work is still running.
    var isWaiting: Bool {
        contents.withLock { !$0.events.isEmpty || $0.outstanding > 0 }
    }

    func drain() -> [InputEvent] {
        contents.withLock { c in
            let out = c.events
            c.events.removeAll()
            return out
        }
    }
}
