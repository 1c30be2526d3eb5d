import Foundation
import LedeCore
@testable import LedeUI
import LedeScreen
import LedeLibrary

/// A small library held in memory: three articles with entities and dates, and services answering from them,
/// so the library screens are tested on the grid without files, an index or the real analyser.
enum LibraryTestData {
    static let texts: [String: String] = [
        // Long enough to scroll at any test size.
        "/lib/a.txt": "Halevi resigns\n\nHerzi Halevi said that Israel would investigate. Halevi leaves in March.\n"
            + (1...60).map { "\nFiller paragraph \($0) says nothing in particular.\n" }.joined(),
        "/lib/b.txt": "Crane collapse in Mecca\n\nThe crane fell in Mecca. Israel sent condolences.\n",
        "/lib/c.txt": "Quiet day\n\nNothing happened at all.\n",
    ]

    static let entries: [LibraryEntry] = [
        LibraryEntry(key: .init(file: "/lib/a.txt"), title: "Halevi resigns", published: CalendarDate(year: 2025, month: 1, day: 21),
                     source: "timesofisrael.com", format: .text, wordCount: 14, topEntities: ["Herzi Halevi", "Israel"],
                     isAnalysed: true),
        LibraryEntry(key: .init(file: "/lib/b.txt"), title: "Crane collapse in Mecca", published: CalendarDate(year: 2015, month: 9, day: 12),
                     source: "wikinews.org", format: .text, wordCount: 12, topEntities: ["Mecca", "Israel"], isAnalysed: true),
        LibraryEntry.placeholder(file: "/lib/c.txt"),
    ]

    /// Finds "Israel", "Mecca" and "Herzi Halevi"/"Halevi" by plain search: good enough to drive the screens.
    static func analyze(_ article: Article) -> Analysis {
        let text = article.text.string
        var entities: [Entity] = []
        for (name, type, surfaces) in [("Herzi Halevi", EntityType.person, ["Herzi Halevi", "Halevi"]),
                                       ("Israel", .place, ["Israel"]), ("Mecca", .place, ["Mecca"])] {
            var mentions: [Mention] = []
            for surface in surfaces {
                var from = text.startIndex
                while let r = text.range(of: surface, range: from..<text.endIndex) {
                    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
                    let range = TextRange(start, start + surface.unicodeScalars.count)
                    if !mentions.contains(where: { $0.range.overlaps(range) }) { mentions.append(Mention(range: range, text: surface)) }
                    from = r.upperBound
                }
            }
            mentions.sort { $0.range < $1.range }
            if !mentions.isEmpty {
                entities.append(Entity(id: "e\(entities.count + 1)", name: name, type: type, salience: 0.5, mentions: mentions))
            }
        }
        entities.sort { $0.mentions[0].range < $1.mentions[0].range }
        for k in entities.indices { entities[k].id = "e\(k + 1)" }
        let tokens = Tokenizer.tokenize(article.text.scalars)
        return Analysis(sentences: SentenceSplitter.split(text: article.text, tokens: tokens, blocks: article.blocks),
                        tokens: tokens, entities: entities)
    }

    static func services(searchLog: LockedLog? = nil, analyzeLog: LockedLog? = nil) -> Services {
        Services(
            search: { query, keys in
                searchLog?.append(query)
                return Set(texts.filter { $0.value.lowercased().contains(query.lowercased()) }.map { LibraryEntry.Key(file: $0.key) })
                    .intersection(keys)
            },
            occurrences: { name, type, keys in
                keys.sorted().compactMap { key -> EntityOccurrence? in
                    let article = load(key)
                    guard let e = analyze(article).entities.first(where: { $0.name == name && $0.type == type }) else { return nil }
                    let entry = entries.first { $0.key == key }!
                    return EntityOccurrence(article: key, title: entry.title, published: entry.published,
                                            mentionCount: e.mentions.count, firstMention: e.mentions[0].range.start)
                }
            },
            timeline: { keys in
                [LibraryTimelineEvent(article: .init(file: "/lib/b.txt"), articleTitle: "Crane collapse in Mecca",
                                      date: "2015-09-11", summary: "The crane fell", sentenceStart: 25, exact: true),
                 LibraryTimelineEvent(article: .init(file: "/lib/a.txt"), articleTitle: "Halevi resigns",
                                      date: "2025-03", summary: "Halevi leaves", sentenceStart: 66, exact: true)]
                    .filter { keys.contains($0.article) }
            },
            read: { entry in load(entry.key) },
            analyze: { article in
                analyzeLog?.append(article.source)
                return analyze(article)
            })
    }

    static func load(_ key: LibraryEntry.Key) -> Article {
        var a = PlainTextIngestorShim.article(texts[key.file]!, source: key.file)
        a.title = entries.first { $0.key == key }?.title
        return a
    }

    static func library(width: Int = 120, height: Int = 30, indexing: Bool = false,
                        memory: LibraryViewMemory? = nil) -> LibraryState {
        LibraryState(entries: entries, theme: .default, width: width, height: height, indexing: indexing, memory: memory)
    }

    /// Keys pressed on the list, with the effects they ask for (the filter's searches) performed with `services`.
    static func press(_ s: LibraryState, _ keys: Key..., services: Services = services()) -> LibraryState {
        Driven(s, services: services, update: Library.update).pressing(keys).state
    }

    static func type(_ s: LibraryState, _ text: String, services: Services = services()) -> LibraryState {
        Driven(s, services: services, update: Library.update).pressing(text.map { .character($0) }).state
    }

    /// The app on the test library, driven with the fake effect runner.
    static func app(library: LibraryState = library(), services: Services = services(),
                    keymap: Keymap = .default) -> Driven<LedeApp> {
        .app(LedeApp(library: library, keymap: keymap), services: services)
    }
}

/// Articles from plain text through the real ingestor, so offsets match what the reader shows.
enum PlainTextIngestorShim {
    static func article(_ text: String, source: String) -> Article {
        (try? Ingestor.articles(from: Data(text.utf8), source: source, hint: "txt").first) ?? Article(source: source, format: .text, text: text)
    }
}

/// Records calls from `@Sendable` closures.
final class LockedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
