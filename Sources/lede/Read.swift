import ArgumentParser
import Foundation
import LedeCore

/// `lede [FILE...]`: read articles. Prints them as plain text when standard output is not a terminal.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open articles in the reader (the default command)."
    )

    @OptionGroup var input: InputOptions

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input. None: the built-in samples.", valueName: "FILE"))
    var files: [String] = []

    func run() throws {
        var loader = ArticleLoader(options: input.ingest)
        let articles = files.isEmpty ? SampleLibrary.articles(options: input.ingest) : loader.load(files)
        var out = ""
        for (k, article) in articles.enumerated() {
            if k > 0 { out += "\n" + String(repeating: "─", count: 40) + "\n\n" }
            out += PlainTextArticle.render(article)
            if out.utf8.count > 1 << 20 { Stdout.write(out); out = "" }
        }
        Stdout.write(out)
        if loader.failures > 0 { throw ExitCode(1) }
    }
}
