import Foundation
import LedeCore
import LedeLibrary
import LedeScreen
import LedeUI

/// Typing into the library's `/` filter on 1,000 articles. Per key: `LedeApp.update` plus a full render, on the
/// interface thread (target: p99 under 5 ms); the full-text search each key asks for runs as an effect,
/// measured apart (on a background thread in the real run loop), and so is the arrival of its answer.
enum LibraryFilterBenchmark {
    static let queries = ["israel", "minister", "crane collapse", "president obama", "zzzz"]

    static func run(store: LibraryStore, entries: [LibraryEntry]) {
        let services = Services(store: store)
        var app = LedeApp(library: LibraryState(entries: entries, theme: .default, width: 200, height: 60,
                                                indexing: false))
        var keys = Latencies(), answers = Latencies(), searches = Latencies()
        func press(_ key: Key) {
            var effects: [Effect] = []
            keys.measure { () -> CellGrid in
                (app, effects) = LedeApp.update(app, .key(key))
                return LedeApp.render(app)
            }
            for effect in effects {
                var results: [Event] = []
                searches.measure { services.perform(effect) { results.append($0) } }
                for e in results {
                    answers.measure { () -> CellGrid in
                        (app, effects) = LedeApp.update(app, e)
                        return LedeApp.render(app)
                    }
                }
            }
        }
        for _ in 0..<4 {
            for q in queries {
                press(.character("/"))
                for c in q { press(.character(c)) }
                for _ in q { press(.backspace) }
                press(.escape)
            }
        }
        print("library filter, \(entries.count) articles: key + frame      " + keys.summary)
        print("library filter, \(entries.count) articles: answer + frame   " + answers.summary)
        print("library filter, \(entries.count) articles: search (effect)  " + searches.summary)
    }
}
