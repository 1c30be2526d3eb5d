import Foundation
import LedeCore

/// `lede-bench resources`: where a fresh process's first analysis spends its time. Each resource's first load
/// is timed on its own, then the first analysis of a one-paragraph article (which loads the rule lexicons
/// built from Swift literals) and a second one (the analysis alone). Run it as its own process: resources load
/// once per process.
enum ResourceBenchmark {
    static func main(_ args: [String]) {
        guard args.count >= 2, args[1] == "resources" else { return }
        let start = DispatchTime.now().uptimeNanoseconds
        var total = 0.0
        for (name, seconds) in ResourceLoads.timeEach() {
            total += seconds
            print(String(format: "load %@: %.2f ms", name, seconds * 1000))
        }
        let text = "Jerusalem, March 3 — Israel's army chief, Herzi Halevi, resigned on Tuesday, "
            + "saying he took responsibility for the failures of October 7. Prime Minister Benjamin Netanyahu "
            + "thanked him. \"I am proud,\" Halevi said in a letter to Defense Minister Israel Katz.\n"
        let article = (try? Ingestor.articles(from: Data(text.utf8), source: "short.txt", hint: "txt"))?.first
        guard let article else { print("resources: cannot ingest the short article"); exit(1) }
        let first = BenchmarkRunner.time { _ = Analyzer.analyze(article) }
        let second = BenchmarkRunner.time { _ = Analyzer.analyze(article) }
        print(String(format: "resources total: %.2f ms", total * 1000))
        print(String(format: "first analysis of a short article (rule lexicons): %.2f ms", first * 1000))
        print(String(format: "second analysis of it: %.2f ms", second * 1000))
        print(String(format: "in-process total, start to two analyses: %.2f ms",
                     Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6))
        exit(0)
    }
}
