import Foundation
import LedeUI

/// Performs the effects `update` asks for, off the interface thread, and posts their results to the inbox.
///
/// Analyses, reads, indexing and saves each get a thread of their own (with a big stack: the analysis of a
/// deeply nested page recurses). Index queries share one worker, where a search not started yet is replaced by
/// a newer one, so typing a filter quickly never queues a query per keystroke.
final class EffectRunner: Sendable {
    let services: Services
    let inbox: EventInbox
    private let queries: QueryWorker

    init(services: Services, inbox: EventInbox = EventInbox()) {
        self.services = services
        self.inbox = inbox
        self.queries = QueryWorker(services: services, inbox: inbox)
    }

    func run(_ effect: Effect) {
        inbox.begin()
        switch effect.lane {
        case .query:
            queries.enqueue(effect)
        case .own:
            let services = self.services, inbox = self.inbox
            let worker = Thread {
                services.perform(effect) { inbox.post($0) }
                inbox.end()
            }
            worker.stackSize = 8 << 20
            worker.name = "lede-effect"
            worker.start()
        }
    }

    func run(_ effects: [Effect]) {
        for e in effects { run(e) }
    }
}

/// One thread answering index queries in order.
private final class QueryWorker: @unchecked Sendable {
    private let services: Services
    private let inbox: EventInbox
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [Effect] = []
    private var started = false

    init(services: Services, inbox: EventInbox) {
        self.services = services
        self.inbox = inbox
    }

    func enqueue(_ effect: Effect) {
        condition.lock()
        if case .searchLibrary = effect, let k = pending.firstIndex(where: { if case .searchLibrary = $0 { true } else { false } }) {
            // The older search was never started: its result would be out of date on arrival.
            pending.remove(at: k)
            inbox.end()
        }
        pending.append(effect)
        if !started {
            started = true
            let worker = Thread { [self] in loop() }
            worker.stackSize = 8 << 20
            worker.name = "lede-queries"
            worker.start()
        }
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while pending.isEmpty { condition.wait() }
            let effect = pending.removeFirst()
            condition.unlock()
            services.perform(effect) { inbox.post($0) }
            inbox.end()
        }
    }
}
