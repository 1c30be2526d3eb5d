import Foundation
import LedeCore

/// Measures ingestion and analysis throughput on the corpus and on a 5 MB article made by concatenating it.
enum BenchmarkRunner {
    /// `lede-bench` runs everything; `lede-bench library` only the library's benchmarks (opening, filter
    /// typing), `lede-bench reader` only the reader's (key to frame on a 5 MB article), `lede-bench open` opening
    /// a 5 MB article from the list with and without stored analyses, `lede-bench memory` the memory ones,
    /// `lede-bench resources` the first loads of the analysis's resources.
    static func main(_ args: [String]) {
        if args.count == 3, args[1] == "--memory-child" { MemoryBenchmark.childMain(args[2]) }
        if args.count == 3, args[1] == "--memory-stages" { MemoryBenchmark.stagesMain(args[2]) }
        if args.count == 2, args[1] == "memory" {
            MemoryBenchmark.run(bodies: SampleLibrary.articles().map(\.text.string))
            return
        }
        if args.dropFirst().first == "library" { return LibraryBenchmark.run() }
        let paths = SampleLibrary.paths()
        let inputs: [(String, Data)] = paths.compactMap { p in (try? Data(contentsOf: URL(fileURLWithPath: p))).map { (p, $0) } }
        guard !inputs.isEmpty else { print("lede-bench: no sample articles found"); exit(1) }
        var corpusArticles: [Article] = []
        let ingestSeconds = time {
            corpusArticles = inputs.flatMap { (p, d) in
                (try? Ingestor.articles(from: d, source: p, hint: (p as NSString).pathExtension)) ?? []
            }
        }
        let bytes = inputs.reduce(0) { $0 + $1.1.count }
        print(String(format: "ingest corpus: %d files, %.1f KB, %.1f MB/s", inputs.count, Double(bytes) / 1024,
                     Double(bytes) / 1e6 / ingestSeconds))
        report("analyze corpus", corpusArticles, repeats: 5)
        TimeBenchmark.run("time stages, corpus", corpusArticles, repeats: 5)

        // A 5 MB article from the plain text of the corpus articles.
        var big = ""
        let bodies = corpusArticles.map(\.text.string)
        while big.utf8.count < 5_000_000 { for b in bodies { big += b + "\n" } }
        var bigArticle: [Article] = []
        let bigData = Data(big.utf8)
        let bigIngest = time { bigArticle = (try? Ingestor.articles(from: bigData, source: "big.txt", hint: "txt")) ?? [] }
        print(String(format: "ingest 5 MB text: %.1f MB/s", Double(bigData.count) / 1e6 / bigIngest))
        if args.dropFirst().first == "reader" { return ReaderBenchmark.run(article: bigArticle.first) }
        if args.dropFirst().first == "open" { return LibraryBenchmark.openHugeArticleStoredAndNot(bigData) }
        report("analyze 5 MB article", bigArticle, repeats: 1)
        TimeBenchmark.run("time stages, 5 MB article", bigArticle, repeats: 1)
        LibraryBenchmark.run()
        LibraryBenchmark.openHugeArticleStoredAndNot(bigData)
        ReaderBenchmark.run(article: bigArticle.first)
        print(String(format: "peak memory: %.1f MB", PeakMemory.megabytes()))
        MemoryBenchmark.run(bodies: bodies)
    }

    static func report(_ label: String, _ articles: [Article], repeats: Int) {
        var words = 0
        var chars = 0
        for a in articles {
            chars += a.text.string.utf8.count
            words += Tokenizer.tokenize(a.text.scalars).lazy.filter { $0.kind == .word || $0.kind == .number }.count
        }
        var best = Double.infinity
        for _ in 0..<repeats {
            let t = time { for a in articles { _ = Analyzer.analyze(a) } }
            best = min(best, t)
        }
        print(String(format: "%@: %d words, %.2f MB/s, %.0f words/s", label, words, Double(chars) / 1e6 / best,
                     Double(words) / best))
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
