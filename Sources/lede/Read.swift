import ArgumentParser
import Foundation
import LedeCore
import LedeUI

/// `lede [FILE...]`: read articles. Prints them as plain text when standard output is not a terminal.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open articles in the reader (the default command)."
    )

    @OptionGroup var input: InputOptions

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input. None: the built-in samples.", valueName: "FILE"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("The library index to use (default: $XDG_DATA_HOME/lede/library.sqlite).",
                                            valueName: "PATH"))
    var library: String?

    func run() throws {
        // Several files, a folder, a feed or none (the samples) open the library list on a terminal.
        if isatty(1) != 0, LibrarySession.wants(files) {
            let env = ProcessInfo.processInfo.environment
            let (theme, warning) = Theme.load(nameOrPath: nil, environment: env)
            if let warning { Stderr.line("lede: \(warning)") }
            let failures = try LibrarySession.run(files: files, libraryPath: library, options: input.ingest,
                                                  theme: theme, keymap: .default, environment: env)
            if failures > 0 { throw ExitCode(1) }
            return
        }
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
