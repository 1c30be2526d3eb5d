import LedeCore
@testable import LedeUI
import LedeScreen

/// Drives a screen as the run loop does, with a fake effect runner on the test's own thread: each event goes
/// through `update`; the effects it asks for are recorded in `asked`, performed at once with the test's
/// services, and their results fed back through `update` in order. Analyses are held back until the test runs
/// them (`runAnalyses`), so a test sees the reader before its analysis, as a person does.
@dynamicMemberLookup
struct Driven<State> {
    var state: State
    let services: Services
    let update: (State, Event) -> (state: State, effects: [Effect])
    /// Every effect asked for so far, in order.
    var asked: [Effect] = []
    /// Analyses asked for and not run yet.
    var heldAnalyses: [AnalysisRequest] = []

    init(_ state: State, services: Services, update: @escaping (State, Event) -> (state: State, effects: [Effect])) {
        self.state = state
        self.services = services
        self.update = update
    }

    subscript<T>(dynamicMember path: KeyPath<State, T>) -> T { state[keyPath: path] }

    /// Sends an event, then the results of every effect that follows from it.
    mutating func send(_ event: Event) {
        var queue = [event]
        while !queue.isEmpty {
            let (next, effects) = update(state, queue.removeFirst())
            state = next
            queue += perform(effects)
        }
    }

    /// Performs effects (all but analyses, which are held) and returns the events they produced.
    mutating func perform(_ effects: [Effect]) -> [Event] {
        asked += effects
        var out: [Event] = []
        for effect in effects {
            if case .analyze(let r) = effect {
                heldAnalyses.append(r)
            } else {
                services.perform(effect) { out.append($0) }
            }
        }
        return out
    }

    /// The analyses asked for since the last call, each handed out once.
    mutating func takeHeldAnalyses() -> [AnalysisRequest] {
        defer { heldAnalyses.removeAll() }
        return heldAnalyses
    }

    /// Runs the held analyses, as the run loop's background threads would, and delivers their results.
    mutating func runAnalyses() {
        for r in takeHeldAnalyses() {
            var events: [Event] = []
            services.perform(.analyze(r)) { events.append($0) }
            for e in events { send(e) }
        }
    }

    func pressing(_ keys: [Key]) -> Driven {
        var d = self
        for k in keys { d.send(.key(k)) }
        return d
    }
}

extension Driven {
    /// A screen started as the run loop starts it: its first effects performed and their results sent.
    static func started(_ state: State, services: Services,
                        start: (State) -> (state: State, effects: [Effect]),
                        update: @escaping (State, Event) -> (state: State, effects: [Effect])) -> Driven {
        let (first, effects) = start(state)
        var d = Driven(first, services: services, update: update)
        for e in d.perform(effects) { d.send(e) }
        return d
    }
}

extension Driven where State == LedeApp {
    static func app(_ app: LedeApp, services: Services) -> Driven {
        .started(app, services: services, start: LedeApp.start, update: LedeApp.update)
    }

    /// Opens a target as if a list asked for it.
    mutating func open(_ target: ArticleTarget) {
        let effects = state.open(target)
        for e in perform(effects) { send(e) }
    }

    var frame: CellGrid { LedeApp.render(state) }
}
