import Foundation
import LedeLibrary
import LedeScreen
import LedeTerminal
import LedeUI

/// Runs any full-screen view on the terminal, Model / Update / View style: events in, `update`, effects out to
/// the runner, `render`, draw.
///
/// Generic over the state so the reader, the library and anything else share one loop, one set-up and one
/// restoration path. Every event, from the terminal or from an effect's result, goes through `update` on this
/// thread; nothing else changes the state.
enum TerminalRunner {
    /// Most events handled before drawing: a burst (wheel, held key) is folded into one frame.
    static let burst = 64
    /// How long to wait for a key while effects are running and may post events.
    static let pollMilliseconds = 15
    /// The longest wait for a key when nothing else is expected: a signal that lands just before the wait
    /// starts is still acted on within this time.
    static let idleMilliseconds = 250
    /// Where a crash's backtrace goes: `$XDG_STATE_HOME/lede/crash.log`, not over the screen.
    static var crashLog: String {
        (LibraryPaths(environment: ProcessInfo.processInfo.environment).stateFolder as NSString)
            .appendingPathComponent("crash.log")
    }

    /// Sets up the terminal, calls `initial` with its size, performs its effects, and loops until `isFinished`.
    /// The terminal is restored on every way out: finishing, a thrown error, SIGINT, SIGTERM, SIGHUP
    /// (re-raised after restoring).
    static func run<S>(initial: (_ width: Int, _ height: Int) -> (state: S, effects: [Effect]),
                       update: (S, Event) -> (state: S, effects: [Effect]),
                       render: (S) -> CellGrid,
                       isFinished: (S) -> Bool,
                       effects runner: EffectRunner,
                       crashLog: String? = TerminalRunner.crashLog) throws -> S {
        let terminal = try Terminal(crashLog: crashLog)
        defer { terminal.restore() }
        var (state, effects) = initial(terminal.width, terminal.height)
        runner.run(effects)
        awaitCheap(effects.contains(where: \.isAwaitedBeforeDrawing), &state, update: update, runner: runner)
        terminal.draw(render(state))
        while !isFinished(state) {
            var events: [Event] = []
            var next = terminal.nextEvent(timeoutMilliseconds: runner.inbox.isWaiting ? pollMilliseconds : idleMilliseconds)
            while true {
                if let resumed = terminal.handleSignals() { events.append(Event(resumed)) }
                guard let e = next else { break }
                events.append(Event(e))
                guard events.count < burst else { break }
                next = terminal.nextEvent(timeoutMilliseconds: 0)
            }
            events += runner.inbox.drain()
            guard !events.isEmpty else { continue }
            var awaited = false
            for e in events {
                (state, effects) = update(state, e)
                runner.run(effects)
                awaited = awaited || effects.contains(where: \.isAwaitedBeforeDrawing)
                if isFinished(state) { break }
            }
            awaitCheap(awaited && !isFinished(state), &state, update: update, runner: runner)
            if !isFinished(state) { terminal.draw(render(state)) }
        }
        return state
    }

    /// Before drawing, waits a little for the results of effects worth waiting for (the analysis of a short
    /// article: `Effect.isAwaitedBeforeDrawing`), so the frame shows them; applies whatever arrived.
    private static func awaitCheap<S>(_ wanted: Bool, _ state: inout S,
                                      update: (S, Event) -> (state: S, effects: [Effect]), runner: EffectRunner) {
        guard wanted, runner.inbox.waitForEvent(seconds: DebugSwitches.firstFrameWait, where: \.isAnalysisResult)
        else { return }
        for e in runner.inbox.drain() {
            var more: [Effect]
            (state, more) = update(state, e)
            runner.run(more)
        }
    }
}
