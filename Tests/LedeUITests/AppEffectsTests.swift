import LedeCore
import LedeLibrary
import Testing
@testable import LedeUI
import LedeScreen

/// `update` performs no I/O: it asks for effects, and the run loop (here, the fake runner of `Driven`) performs
/// them and sends their results back. These tests check which effects `update` asks for, in which order, and
/// that late or stale results are dropped.
@Suite struct AppEffectsTests {
    typealias D = LibraryTestData

    /// Services that record every call: `update` alone must never cause one.
    static func tripwire(_ log: LockedLog) -> Services {
        Services(search: { q, _ in log.append("search \(q)"); return [] },
                 occurrences: { n, _, _ in log.append("occurrences \(n)"); return [] },
                 timeline: { _ in log.append("timeline"); return [] },
                 read: { e in log.append("read \(e.key)"); return D.load(e.key) },
                 analyze: { a in log.append("analyze \(a.source)"); return D.analyze(a) },
                 index: { _, _ in log.append("index") },
                 savePositions: { _ in log.append("save") })
    }

    /// Runs `update` by hand, without any runner, recording the effects asked for.
    struct Bare {
        var app = LedeApp(library: D.library())
        var asked: [String] = []

        mutating func send(_ e: Event) {
            let (next, effects) = LedeApp.update(app, e)
            app = next
            asked += effects.map(\.summary)
        }
    }

    @Test func updateAsksForEffectsAndPerformsNone() {
        let log = LockedLog()
        _ = Self.tripwire(log)
        var bare = Bare()
        bare.send(.key(.character("j")))
        bare.send(.key(.enter))
        // The article is read by the runner, not by update: nothing is open yet.
        #expect(bare.asked == ["read /lib/b.txt"])
        #expect(bare.app.reader?.document.article.source == nil)
        bare.send(.articleRead(ArticleTarget(key: .init(file: "/lib/b.txt")), .success(D.load(.init(file: "/lib/b.txt")))))
        #expect(bare.app.reader?.document.article.source == "/lib/b.txt")
        #expect(bare.asked.last == "analyze /lib/b.txt")
        bare.send(.key(.character("q")))
        #expect(bare.asked.last == "save 1 position")
        bare.send(.key(.character("t")))
        #expect(bare.asked.last == "timeline of 3")
        #expect(bare.app.stack.isEmpty)
        bare.send(.key(.character("/")))
        for c in "isr" { bare.send(.key(.character(c))) }
        #expect(bare.asked.suffix(3) == ["search \"i\" among 3", "search \"is\" among 3", "search \"isr\" among 3"])
        #expect(log.all.isEmpty)
    }

    @Test func theFakeRunnerPerformsWhatUpdateAskedAndFeedsTheResultsBack() {
        let log = LockedLog()
        var a = D.app(services: Self.tripwire(log))
        a = a.pressing([.character("j"), .enter])
        #expect(log.all == ["read /lib/b.txt"])
        #expect(a.reader?.document.analysis == nil)
        a.runAnalyses()
        #expect(log.all == ["read /lib/b.txt", "analyze /lib/b.txt"])
        #expect(a.reader?.document.analysis != nil)
        a = a.pressing([.tab, .character("a")])
        #expect(a.asked.last?.summary.hasPrefix("occurrences of Mecca (place) among 2") == true)
        #expect(log.all.last == "occurrences Mecca")
        a = a.pressing([.character("q"), .character("q")])
        #expect(log.all.last == "save")
        #expect(a.positions[.init(file: "/lib/b.txt")] != nil)
    }

    @Test func resultsForAScreenThatIsGoneOrSupersededAreDropped() {
        var bare = Bare()
        bare.send(.key(.enter))
        // Enter, then `t` before the article arrives: the last screen asked for wins.
        bare.send(.key(.character("t")))
        let key = LibraryEntry.Key(file: "/lib/a.txt")
        bare.send(.articleRead(ArticleTarget(key: key), .success(D.load(key))))
        #expect(bare.app.stack.isEmpty)
        // An answer for a list nobody waits for shows nothing.
        bare.send(.occurrencesFound(OccurrenceQuery(name: "Israel", type: .place, among: [key]), []))
        #expect(bare.app.stack.isEmpty)
        // The timeline asked for is shown.
        bare.send(.timelineLoaded(among: bare.app.library.visibleKeys, []))
        #expect(bare.app.stack.count == 1)
        // An analysis for no reader on the stack changes nothing.
        bare.send(.key(.character("q")))
        bare.send(.analysisFinished(D.analyze(D.load(key)), request: AnalysisRequest.ID(99)))
        #expect(bare.app.stack.isEmpty && bare.asked.count == 2)
    }

    @Test func theFilterAsksOnceForEachNewQueryAndIgnoresStaleAnswers() {
        var s = D.library()
        var asked: [String] = []
        func send(_ e: Event) {
            let (next, effects) = Library.update(s, e)
            s = next
            asked += effects.map(\.summary)
        }
        // "u" and "uz" match no title, source or entity name: only the index's answers count.
        send(.key(.character("/")))
        send(.key(.character("u")))
        send(.key(.character("z")))
        #expect(asked == ["search \"u\" among 3", "search \"uz\" among 3"])
        #expect(s.visible.isEmpty)
        // The answer for "u" arrives after "uz" was typed: until "uz" is answered it bounds the rows.
        send(.librarySearched(query: "u", matches: [.init(file: "/lib/a.txt"), .init(file: "/lib/b.txt")]))
        #expect(s.visible.map(\.title) == ["Halevi resigns", "Crane collapse in Mecca"])
        send(.librarySearched(query: "uz", matches: [.init(file: "/lib/b.txt")]))
        #expect(s.visible.map(\.title) == ["Crane collapse in Mecca"])
        // Back to "u": answered already, so no new search.
        send(.key(.backspace))
        #expect(asked.count == 2)
        #expect(s.visible.count == 2)
        // The index changed: the query in use is asked again, its old answer used meanwhile.
        send(.libraryIndexed([.indexed(file: "/lib/c.txt", entries: [D.entries[2]], analysed: true)]))
        #expect(asked.last == "search \"u\" among 3")
        #expect(s.visible.count == 2)
    }
}
