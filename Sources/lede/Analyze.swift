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

    @Option(name: .long, help: ArgumentHelp("Reference date for relative dates (YYYY-MM-DD).", valueName: "YYYY-MM-DD"))
    var date: CalendarDate?

    @OptionGroup var input: InputOptions

    @Flag(name: .long, help: "Say for each entity mention which rule found its span and which clues or model typed it.")
    var explain = false

    @Option(name: .long, help: ArgumentHelp("Mention typer model to use instead of the built-in one.", visibility: .hidden))
    var typerModel: String?

    @Option(name: .long, help: ArgumentHelp("Name tagger model to use instead of the built-in one ('none': rules alone).", visibility: .hidden))
    var taggerModel: String?

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input. None: the built-in samples.", valueName: "FILE"))
    var files: [String] = []

    func run() throws {
        var options = AnalysisOptions(referenceDate: date, explain: explain)
        if let path = typerModel {
            do { options.mentionTyper = try MentionTyper(contentsOfFile: path) } catch {
                throw ValidationError("--typer-model: cannot read \(path)")
            }
        }
        if let path = taggerModel {
            if path == "none" { options.nameTagger = .empty } else {
                do { options.nameTagger = try NameTagger(contentsOfFile: path) } catch {
                    throw ValidationError("--tagger-model: cannot read \(path)")
                }
            }
        }
        var loader = ArticleLoader(options: input.ingest)
        let articles = files.isEmpty ? SampleLibrary.articles(options: input.ingest) : loader.load(files)
        var out = ""
        for (k, article) in articles.enumerated() {
            let analysis = Analyzer.analyze(article, options: options)
            switch format {
            case .jsonl, .json:
                Stdout.write(out)
                out = ""
                AnalysisJSON.write(article, analysis, pretty: format == .json) { Stdout.write($0) }
                out += "\n"
            case .text:
                if k > 0 { out += "\n" + String(repeating: "─", count: 40) + "\n\n" }
                out += AnalysisSummary.render(article, analysis, explain: explain)
            }
            if out.utf8.count > 1 << 20 { Stdout.write(out); out = "" }
        }
        Stdout.write(out)
        if loader.failures > 0 { throw ExitCode(1) }
    }
}
