import Foundation
import LedeCore

/// Peak memory of `lede analyze` on large articles, as a multiple of the input (target: at most 12x, a 60 MB
/// article under 750 MB). Each size runs in a fresh child process (`lede-bench --memory-child FILE`), so the
/// figure is that process's high-water mark alone: reading, analysis and the JSON written to nowhere.
enum MemoryBenchmark {
    static let sizes = [20, 60]

    static func run(bodies: [String]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-bench-memory-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = ""
        for mb in sizes {
            while text.utf8.count < mb * 1_000_000 { for b in bodies { text += b + "\n" } }
            let path = dir.appendingPathComponent("big\(mb).txt").path
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { continue }
            guard let (peak, seconds) = child(path) else {
                print("memory, lede analyze of \(mb) MB: the child process failed")
                continue
            }
            let input = Double(text.utf8.count) / 1e6
            print(String(format: "memory, lede analyze of a %.0f MB article: peak %.0f MB, %.1fx the input, %.1f s",
                         input, peak, peak / input, seconds))
        }
    }

    /// Runs this program on one file and reads back its peak memory.
    static func child(_ path: String) -> (Double, Double)? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        p.arguments = ["--memory-child", path]
        let out = Pipe()
        p.standardOutput = out
        let start = Date()
        guard (try? p.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let peak = Double(String(decoding: data, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return (peak, Date().timeIntervalSince(start))
    }

    /// The child: what `lede analyze --format jsonl FILE` does, with the output counted instead of written.
    static func childMain(_ path: String) -> Never {
        guard let articles = try? Ingestor.load(path) else { exit(1) }
        var bytes = 0
        for article in articles {
            AnalysisJSON.write(article, Analyzer.analyze(article)) { bytes += $0.utf8.count }
        }
        guard bytes > 0 else { exit(1) }
        print(String(format: "%.1f", PeakMemory.megabytes()))
        exit(0)
    }

    /// `lede-bench --memory-stages FILE`: the peak and the resident memory after each stage of the analysis,
    /// to find which stage holds the peak (the high-water mark is reset between stages).
    static func stagesMain(_ path: String) -> Never {
        func report(_ stage: String) {
            print(String(format: "%-10@ peak %7.1f MB, resident after %7.1f MB", stage, PeakMemory.megabytes(),
                         PeakMemory.residentMegabytes()))
            PeakMemory.resetPeak()
        }
        report("start")
        guard let article = (try? Ingestor.load(path))?.first else { exit(1) }
        report("ingest")
        let tokens = Tokenizer.tokenize(article.text.scalars)
        report("tokens")
        let sentences = SentenceSplitter.split(text: article.text, tokens: tokens, blocks: article.blocks)
        report("sentences")
        let context = AnalysisContext(article: article, tokens: tokens, sentences: sentences, options: AnalysisOptions())
        let reference = ReferenceDateResolver.resolve(context)
        let times = TimeTagger.tag(context, reference: reference)
        report("times")
        let entities = EntityRecognizer.recognize(context)
        report("entities")
        let extraction = FactExtractor.extract(context, entities: entities, times: times)
        report("facts")
        var facts = extraction.facts
        let timeline = TimelineBuilder.build(context, entities: entities, times: times, facts: &facts)
        report("timeline")
        let analysis = Analysis(sentences: sentences, tokens: tokens, entities: entities, times: times, facts: facts,
                                timeline: timeline, referenceDate: reference)
        var bytes = 0
        AnalysisJSON.write(article, analysis) { bytes += $0.utf8.count }
        report("json")
        exit(bytes > 0 ? 0 : 1)
    }
}
