import Foundation
@testable import LedeLibrary
import LedeCore

/// A fresh temporary folder per test; the real XDG folders are never touched.
struct TempFolder {
    let path: String

    init() {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-library-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let p = file(name)
        try! FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: URL(fileURLWithPath: p))
        return p
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A deterministic stand-in for the analyser, so storage tests do not depend on the entity recogniser's
/// progress: every "Halevi" is a person, every "Israel" a place, every ISO date a timeline event.
/// It counts its calls, to prove which articles were analysed again.
final class CountingAnalyzer: @unchecked Sendable {
    private let lock = NSLock()
    private var _calls: [String] = []
    var calls: [String] { lock.lock(); defer { lock.unlock() }; return _calls }

    func analyze(_ article: Article) -> Analysis {
        lock.lock(); _calls.append(article.source); lock.unlock()
        let text = article.text
        let tokens = Tokenizer.tokenize(text.scalars)
        var mentions: [String: [Mention]] = [:]
        var timeline: [TimelineEvent] = []
        for t in tokens {
            let word = text[t.range]
            if word == "Halevi" || word == "Israel" { mentions[word, default: []].append(Mention(range: t.range, text: word)) }
        }
        // ISO dates, found on the scalars (the tokenizer may split them at the hyphens).
        let s = text.scalars
        var i = 0
        while i + 10 <= s.count {
            let r = TextRange(i, i + 10)
            if CalendarDate(iso: text[r]) != nil {
                timeline.append(TimelineEvent(date: text[r], summary: "event on \(text[r])", range: r, sentence: r))
                i += 10
            } else {
                i += 1
            }
        }
        var entities: [Entity] = []
        for name in mentions.keys.sorted() {
            entities.append(Entity(id: "e\(entities.count + 1)", name: name, type: name == "Israel" ? .place : .person,
                                   salience: Double(mentions[name]!.count) / 10, mentions: mentions[name]!))
        }
        return Analysis(tokens: tokens, entities: entities, timeline: timeline)
    }

    func indexer(_ store: LibraryStore) -> LibraryIndexer {
        LibraryIndexer(store: store, analyze: { [self] in self.analyze($0) })
    }
}
