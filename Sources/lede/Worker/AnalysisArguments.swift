import ArgumentParser
import Foundation
import LedeCore

/// The analysis options of `lede analyze`, shared with the worker subcommand so a worker process analyses
/// exactly as its parent would.
struct AnalysisArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Reference date for relative dates (YYYY-MM-DD).", valueName: "YYYY-MM-DD"))
    var date: CalendarDate?

    @Flag(name: .long, help: "Say for each entity mention which rule found its span and which clues or model typed it.")
    var explain = false

    @Option(name: .long, help: ArgumentHelp("Mention typer model to use instead of the built-in one.", visibility: .hidden))
    var typerModel: String?

    @Option(name: .long, help: ArgumentHelp("Name tagger model to use instead of the built-in one ('none': rules alone).", visibility: .hidden))
    var taggerModel: String?

    func setup() throws -> AnalysisSetup {
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
        var arguments: [String] = []
        if let date { arguments += ["--date", date.iso] }
        if explain { arguments.append("--explain") }
        // Paths made absolute: the worker may not share our idea of the current folder for ever.
        if let typerModel { arguments += ["--typer-model", Self.absolute(typerModel)] }
        if let taggerModel { arguments += ["--tagger-model", taggerModel == "none" ? "none" : Self.absolute(taggerModel)] }
        return AnalysisSetup(options: options, workerArguments: arguments)
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// Analysis options, and the same options as arguments for a worker process.
struct AnalysisSetup {
    var options: AnalysisOptions
    var workerArguments: [String]

    /// For the reader and the library, which take only a reference date.
    init(referenceDate: CalendarDate?) {
        options = AnalysisOptions(referenceDate: referenceDate)
        workerArguments = referenceDate.map { ["--date", $0.iso] } ?? []
    }

    init(options: AnalysisOptions, workerArguments: [String]) {
        self.options = options
        self.workerArguments = workerArguments
    }
}

/// Every analysis `lede` runs, in-process or in a worker, goes through here, so the debug switches act
/// wherever the analysis happens.
enum LedeAnalysis {
    static func analyze(_ article: Article, options: AnalysisOptions) -> Analysis {
        DebugSwitches.check(article)
        return Analyzer.analyze(article, options: options)
    }
}
