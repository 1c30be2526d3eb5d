import Foundation
import LedeUI
import Synchronization

/// The one inbox of the run loop: results of effects, posted from background threads, wait here for the
/// interface thread, which drains it between frames.
///
/// While effects are running, the run loop polls keys with a short timeout instead of blocking, so a posted
/// event shows up within a few milliseconds and keys stay responsive meanwhile.
final class EventInbox: Sendable {
    private struct Contents {
        var events: [Event] = []
        var running = 0
    }

    private let contents = Mutex(Contents())

    init() {}

    /// Work that will `post` started (and will call `end` when done).
    func begin() {
        contents.withLock { $0.running += 1 }
    }

    /// Indexing reports that arrive before the run loop looks are joined into one event, so a burst of
    /// unchanged files re-sorts the list once, not once per file.
    func post(_ event: Event) {
        contents.withLock { c in
            if case .libraryIndexed(let new) = event, case .libraryIndexed(let old)? = c.events.last {
                c.events[c.events.count - 1] = .libraryIndexed(old + new)
            } else {
                c.events.append(event)
            }
        }
    }

    /// One piece of started work is done.
    func end() {
        contents.withLock { $0.running = max(0, $0.running - 1) }
    }

    /// True while posted events are waiting or started work is still running.
    var isWaiting: Bool {
        contents.withLock { !$0.events.isEmpty || $0.running > 0 }
    }

    /// Blocks until an event matching `wanted` is posted or `seconds` pass; returns whether one was.
    @discardableResult
    func waitForEvent(seconds: Double, where wanted: (Event) -> Bool) -> Bool {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
        while !contents.withLock({ $0.events.contains(where: wanted) }) {
            guard DispatchTime.now().uptimeNanoseconds < deadline else { return false }
            usleep(500)
        }
        return true
    }

    func drain() -> [Event] {
        contents.withLock { c in
            let out = c.events
            c.events.removeAll()
            return out
        }
    }
}
