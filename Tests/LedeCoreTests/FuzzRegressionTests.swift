import Foundation
import Testing
@testable import LedeCore

/// Replays every input the fuzzer ever found (and the seed corpus) the way `lede-fuzz` runs them: the first
/// byte picks the ingestor and the reference date, the rest is the file; analysis, output and invariants.
@Suite struct FuzzRegressionTests {
    static let fuzz = FixturePaths.root.appendingPathComponent("fuzz")

    static func inputs(_ folder: String) -> [String] {
        let dir = fuzz.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    /// As `FuzzInput` in lede-fuzz.
    static func run(_ bytes: Data) throws {
        guard let first = bytes.first else { return }
        let choice = Int(first & 7) % 6
        let date = first & 8 != 0 ? CalendarDate(year: 2020, month: 2, day: 29) : nil
        let body = bytes.dropFirst()
        let articles: [Article]
        do {
            articles = choice < ArticleFormat.allCases.count
                ? try Ingestor.articles(from: Data(body), source: "fuzz", as: ArticleFormat.allCases[choice])
                : try Ingestor.articles(from: Data(body), source: "fuzz", hint: nil)
        } catch is IngestError {
            return
        }
        for article in articles.prefix(16) {
            let analysis = Analyzer.analyze(article, options: AnalysisOptions(referenceDate: date))
            #expect(AnalysisInvariants.violations(article, analysis).isEmpty)
            var json = ""
            AnalysisJSON.write(article, analysis) { json += $0 }
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
            _ = AnalysisSummary.render(article, analysis)
        }
    }

    @Test(arguments: inputs("regressions"))
    func regressionRunsClean(_ name: String) throws {
        try Self.run(try Data(contentsOf: Self.fuzz.appendingPathComponent(name)))
    }

    @Test func regressionsAreThere() {
        #expect(Self.inputs("regressions").count >= 2)
        #expect(Self.inputs("corpus").count >= 30, "run .tools/make-fuzz-corpus.py")
    }

    @Test(arguments: inputs("corpus"))
    func seedRunsClean(_ name: String) throws {
        try Self.run(try Data(contentsOf: Self.fuzz.appendingPathComponent(name)))
    }
}
