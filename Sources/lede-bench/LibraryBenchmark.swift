import Foundation
import LedeCore
import LedeUI
import LedeLibrary

/// Opening a library of 1,000 articles: the time to the first list (before any analysis), the full indexing, and
/// the second opening, when every content hash is unchanged (target: under a second).
enum LibraryBenchmark {
    static let articleCount = 1000

    static func run() {
        let fm = FileManager.default
        let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-bench-library-\(getpid())")
        defer { try? fm.removeItem(atPath: root) }
        let folder = (root as NSString).appendingPathComponent("articles")
        let database = (root as NSString).appendingPathComponent("library.sqlite")
        let bytes = writeCorpus(to: folder)
        guard bytes > 0 else { print("library: no sample articles to build from"); return }
        print(String(format: "library: %d articles, %.1f MB written from the sample corpus", articleCount,
                     Double(bytes) / 1e6))

        for (label, fresh) in [("first opening", true), ("second opening", false)] {
            var firstList = 0.0, total = 0.0
            var summary = LibraryIndexer.Summary()
            let start = DispatchTime.now().uptimeNanoseconds
            func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
            guard let store = try? LibraryStore.open(path: database) else { print("library: cannot open \(database)"); return }
            let opened = elapsed()
            let files = LibraryFile.expand([folder])
            let listed = elapsed()
            let indexer = LibraryIndexer(store: store)
            let (entries, _) = indexer.initialEntries(files)
            let read = elapsed()
            let state = LibraryState(entries: entries, theme: .default, width: 200, height: 60, indexing: true)
            _ = Library.render(state)
            firstList = elapsed()
            print(String(format: "library %@: open index %.0f ms, list folder %.0f ms, read rows %.0f ms, "
                         + "sort and first frame %.0f ms", label, opened * 1000, (listed - opened) * 1000,
                         (read - listed) * 1000, (firstList - read) * 1000))
            summary = indexer.index(files) { _ in }
            total = elapsed()
            print(String(format: "library %@: first list %.0f ms (%d rows, %d analysed already), all indexed %.2f s "
                         + "(%d analysed, %d unchanged, %d failed)%@", label, firstList * 1000, entries.count,
                         entries.filter(\.isAnalysed).count, total, summary.analysedFiles, summary.unchangedFiles,
                         summary.failedFiles, fresh ? String(format: ", %.0f articles/s", Double(articleCount) / total) : ""))
            if !fresh { LibraryFilterBenchmark.run(store: store, entries: indexer.initialEntries(files).entries) }
        }
    }

    /// Opening a huge article from the list, split as the terminal splits it: reading it and drawing the reader on
    /// the interface thread, the analysis on a background thread, its arrival and the next frame back on the
    /// interface thread. Only the first and last parts hold keys up.
    /// With `stored`, the services keep analyses whole (`StoredAnalyses`), as `lede` does: the first opening
    /// analyses and stores, the next reads the stored analysis.
    static func openHugeArticle(_ data: Data, stored: StoredAnalyses? = nil, label: String = "") {
        let fm = FileManager.default
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-bench-open-\(getpid())")
        defer { try? fm.removeItem(atPath: folder) }
        try? fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent("huge.txt")
        guard (try? data.write(to: URL(fileURLWithPath: path))) != nil else { print("library: cannot write \(path)"); return }
        let store = LibraryStore.inMemory()
        let (entries, _) = LibraryIndexer(store: store).initialEntries(LibraryFile.expand([path]))
        let services = Services(store: store, stored: stored)
        var app = LedeApp(library: LibraryState(entries: entries, theme: .default, width: 200, height: 60,
                                                indexing: false))
        // The effects run here in turn, as the run loop's threads would run them: timed apart.
        func perform(_ effects: [Effect]) -> [Event] {
            var out: [Event] = []
            for e in effects { services.perform(e) { out.append($0) } }
            return out
        }
        let t0 = DispatchTime.now().uptimeNanoseconds
        var effects: [Effect]
        (app, effects) = LedeApp.update(app, .key(.enter))
        _ = LedeApp.render(app)
        let t1 = DispatchTime.now().uptimeNanoseconds
        let read = perform(effects)
        let t2 = DispatchTime.now().uptimeNanoseconds
        for e in read { (app, effects) = LedeApp.update(app, e) }
        _ = LedeApp.render(app)
        let t3 = DispatchTime.now().uptimeNanoseconds
        guard app.reader != nil, case .analyze? = effects.first else { print("library: the article did not open"); return }
        let analysed = perform(effects)
        let t4 = DispatchTime.now().uptimeNanoseconds
        for e in analysed { (app, effects) = LedeApp.update(app, e) }
        _ = LedeApp.render(app)
        let t5 = DispatchTime.now().uptimeNanoseconds
        func ms(_ a: UInt64, _ b: UInt64) -> Double { Double(b - a) / 1e6 }
        print(String(format: "library: open a %.1f MB article from the list%@: Enter %.1f ms, reading it %.0f ms (background), "
                     + "reader on screen %.0f ms (interface thread), analysis %.0f ms (background), its arrival + frame %.0f ms "
                     + "(interface thread); highlights %.0f ms after Enter", Double(data.count) / 1e6, label, ms(t0, t1),
                     ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t0, t5)))
    }

    /// The same opening three times: without stored analyses, then with them (first opening analyses and stores,
    /// the second reads the stored analysis): `lede-bench open`, and part of the full run.
    static func openHugeArticleStoredAndNot(_ data: Data) {
        openHugeArticle(data)
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-bench-stored-\(getpid())")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let stored = StoredAnalyses(folder: folder)
        openHugeArticle(data, stored: stored, label: " (stored analyses: first opening)")
        openHugeArticle(data, stored: stored, label: " (stored analyses: opened again)")
        print(String(format: "peak memory after opening: %.1f MB", PeakMemory.megabytes()))
    }

    /// Writes `articleCount` plain-text articles derived from the samples: each a sample's text with its
    /// paragraphs rotated and a numbered title, so no two files (or content hashes) are the same.
    static func writeCorpus(to folder: String) -> Int {
        let samples = SampleLibrary.articles()
        guard !samples.isEmpty else { return 0 }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var bytes = 0
        for i in 0..<articleCount {
            let sample = samples[i % samples.count]
            var paragraphs = sample.text.string.components(separatedBy: "\n").filter { !$0.isEmpty }
            let title = LibraryStore.displayTitle(sample)
            if let k = paragraphs.firstIndex(of: title) { paragraphs.remove(at: k) }
            if !paragraphs.isEmpty {
                let r = (i / samples.count) % paragraphs.count
                paragraphs = Array(paragraphs[r...] + paragraphs[..<r])
            }
            let text = "\(title) (\(i + 1))\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
            let data = Data(text.utf8)
            bytes += data.count
            let name = String(format: "%04d-%@.txt", i, ((sample.source as NSString).lastPathComponent as NSString)
                .deletingPathExtension)
            try? data.write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)))
        }
        return bytes
    }
}
