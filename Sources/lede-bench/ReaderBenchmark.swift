import Foundation
import LedeCore
import LedeUI
import LedeScreen

/// Key to frame on a 5 MB article: per event, `Reader.update` plus a full `Reader.render` into a 200x60 grid, as
/// the terminal does it. Prints the median and 99th percentile per kind of event (targets: under 1 ms and 5 ms),
/// in thread CPU time and in wall time.
enum ReaderBenchmark {
    static func run(article: Article?) {
        guard let article else { print("reader: no 5 MB article"); return }
        var analysis = Analyzer.analyze(article)
        let found = analysis.entities.reduce(0) { $0 + $1.mentions.count }
        var note = "\(found) mentions from the analyzer"
        if found < 10_000 {
            // The benchmark needs realistic highlight density even while the entity stage is incomplete.
            analysis.entities = syntheticEntities(article, analysis.tokens)
            note = "\(analysis.entities.reduce(0) { $0 + $1.mentions.count }) synthetic mentions (analyzer found \(found))"
        }
        print(String(format: "reader: 5 MB article, %d scalars, %d blocks, %d sections, %@",
                     article.text.count, article.blocks.count, article.sections.count, note))
        // What the terminal does for a huge article: the text first, the analysis arriving as an event.
        let t0 = DispatchTime.now().uptimeNanoseconds
        var state = ReaderState(document: ReaderDocument(article: article, analysis: nil),
                                theme: Theme.builtIn("dark")!, width: 200, height: 60)
        _ = Reader.render(state)
        let t1 = DispatchTime.now().uptimeNanoseconds
        let c1 = threadCPUTime()
        state = Reader.update(state, .analysisFinished(analysis)).state
        let c2 = threadCPUTime()
        _ = Reader.render(state)
        let c3 = threadCPUTime()
        let t2 = DispatchTime.now().uptimeNanoseconds
        let c4 = threadCPUTime()
        _ = ReaderState(document: ReaderDocument(article: article, analysis: analysis), theme: Theme.builtIn("dark")!,
                        width: 200, height: 60)
        let c5 = threadCPUTime()
        print(String(format: "reader: first frame (text only) %.1f ms; analysisFinished + frame %.1f ms (cpu: update %.1f ms of which index %.1f ms, render %.1f ms)",
                     Double(t1 - t0) / 1e6, Double(t2 - t1) / 1e6, (c2 - c1) * 1e3, (c5 - c4) * 1e3, (c3 - c2) * 1e3))
        func measure(_ label: String, _ events: [Event]) {
            var times = Latencies()
            for e in events {
                let grid = times.measure { () -> CellGrid in
                    state = Reader.update(state, e).state
                    return Reader.render(state)
                }
                precondition(grid.width == state.width && grid.height == state.height)
            }
            print(String(format: "reader %-20@ ", label as NSString) + times.summary)
            fflush(nil)
        }
        func keys(_ k: [Key], times n: Int) -> [Event] {
            (0..<n).flatMap { _ in k.map { Event.key($0) } }
        }

        measure("scroll", keys([.character("j")], times: 400) + keys([.character(" ")], times: 300)
                + keys([.character("k")], times: 200) + keys([.character("b")], times: 100)
                + keys([.control("d"), .control("u"), .control("d")], times: 100)
                + keys([.character("G"), .character("g")], times: 50))
        measure("next entity (Tab)", keys([.tab], times: 1000))
        measure("same entity (*)", keys([.character("*")], times: 300))
        measure("search typing", keys([.character("/")], times: 1) + "the minister".map { .key(.character($0)) }
                + [.key(.enter)])
        measure("next search hit (n)", keys([.character("n")], times: 1000))
        state = Reader.update(state, .key(.escape)).state
        let sections = article.sections.count
        var filterEvents: [Event] = []
        for k in 0..<min(200, max(1, sections)) {
            filterEvents.append(.key(.character("s")))
            for _ in 0..<(k % 7) { filterEvents.append(.key(.character("j"))) }
            filterEvents += [.key(.character(" ")), .key(.enter), .key(.character("S"))]
        }
        measure("section filter", filterEvents)
        measure("resize", (0..<200).map { i in i % 2 == 0 ? .resize(width: 160, height: 50) : .resize(width: 200, height: 60) })
        measure("theme cycle (T)", keys([.character("T")], times: 100))
    }

    /// CPU time of this thread in seconds: unlike wall time it does not count time the scheduler gave to other
    /// processes, which on a shared machine dominates the tail.
    static func threadCPUTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Capitalised words as entity mentions (one entity per distinct word, types in turn), for density.
    static func syntheticEntities(_ article: Article, _ tokens: [Token]) -> [Entity] {
        var byName: [String: Int] = [:]
        var entities: [Entity] = []
        let s = article.text.scalars
        let types = EntityType.allCases
        for t in tokens where t.kind == .word && t.range.length >= 4 {
            guard s[t.range.start].properties.isUppercase else { continue }
            let name = article.text[t.range]
            let i: Int
            if let k = byName[name] {
                i = k
            } else {
                i = entities.count
                byName[name] = i
                entities.append(Entity(id: "e\(i + 1)", name: name, type: types[i % types.count],
                                       salience: 1.0 / Double(i + 1)))
            }
            entities[i].mentions.append(Mention(range: t.range, text: name))
        }
        return entities
    }
}
