import LedeTerminal
import LedeUI
import LedeScreen

/// Runs any full-screen view on the terminal, Model / Update / View style: events in, `update`, `render`, draw.
///
/// Generic over the state so the reader, the library and anything else share one loop, one set-up and one
/// restoration path.
enum TerminalRunner {
    /// Most events handled before drawing: a burst (wheel, held key) is folded into one frame.
    static let burst = 64
    /// How long to wait for a key while background work may post events.
    static let pollMilliseconds = 15
    /// The longest wait for a key when nothing else is expected: a signal that lands just before the wait
    /// starts is still acted on within this time.
    static let idleMilliseconds = 250

    /// Sets up the terminal, calls `initial` with its size, and loops until `isFinished`. The terminal is restored
    /// on every way out: finishing, a thrown error, SIGINT, SIGTERM, SIGHUP (re-raised after restoring).
    static func run<S>(initial: (_ width: Int, _ height: Int) -> S,
                       update: (S, InputEvent) -> S,
                       render: (S) -> CellGrid,
                       isFinished: (S) -> Bool,
                       inbox: EventInbox = EventInbox(),
                       onFirstFrame: () -> Void = {}) throws -> S {
        let terminal = try Terminal()
        defer { terminal.restore() }
        var state = initial(terminal.width, terminal.height)
        terminal.draw(render(state))
        onFirstFrame()
        while !isFinished(state) {
            var events: [InputEvent] = []
            var next = terminal.nextEvent(timeoutMilliseconds: inbox.isWaiting ? pollMilliseconds : idleMilliseconds)
            while true {
                if let resumed = terminal.handleSignals() { events.append(InputEvent(resumed)) }
                guard let e = next else { break }
                events.append(InputEvent(e))
                guard events.count < burst else { break }
                next = terminal.nextEvent(timeoutMilliseconds: 0)
            }
            events += inbox.drain()
            guard !events.isEmpty else { continue }
            for e in events {
                state = update(state, e)
                if isFinished(state) { break }
            }
            if !isFinished(state) { terminal.draw(render(state)) }
        }
        return state
    }
}
