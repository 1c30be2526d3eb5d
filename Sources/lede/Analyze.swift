import ArgumentParser
import Foundation
import LedeCore

/// `lede analyze`: the analysis of each article, for scripts.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the analysis of articles: structure, entities, dates, facts and timeline.",
        discussion: "Offsets in the output are Unicode scalar offsets into the article's \"text\". See README.md for the schema."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    @Option(name: .long, help: "Output format: json (pretty, one object per article), jsonl (one per line) or text.")
    var format: Format = .json

    @OptionGroup var analysis: AnalysisArguments

    @OptionGroup var input: InputOptions

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input. None: the built-in samples.", valueName: "FILE"))
    var files: [String] = []

    func run() throws {
        let setup = try analysis.setup()
        var loader = ArticleLoader(options: input.ingest)
        let articles = files.isEmpty ? SampleLibrary.articles(options: input.ingest) : loader.load(files)
        // Several articles are analysed in worker processes, so one that traps fails alone. A single article
        // is analysed here: see README.md, "Failures contained".
        let analyzer = ContainedAnalyzer(setup, contained: articles.count > 1)
        var out = ""
        var printed = 0, failed = 0
        analyzer.analyzeAll(articles) { article, result in
            let analysis: Analysis
            switch result {
            case .success(let a): analysis = a
            case .failure(let failure):
                failed += 1
                Stdout.write(out)
                out = ""
                Stderr.line("lede: \(ContainedAnalyzer.name(article)): cannot analyse: \(failure)")
                return
            }
            switch format {
            case .jsonl, .json:
                Stdout.write(out)
                out = ""
                AnalysisJSON.write(article, analysis, pretty: format == .json) { Stdout.write($0) }
                out += "\n"
            case .text:
                if printed > 0 { out += "\n" + String(repeating: "─", count: 40) + "\n\n" }
                out += AnalysisSummary.render(article, analysis, explain: self.analysis.explain)
            }
            printed += 1
            if out.utf8.count > 1 << 20 { Stdout.write(out); out = "" }
        }
        Stdout.write(out)
        if loader.failures > 0 || failed > 0 { throw ExitCode(1) }
    }
}
