import ArgumentParser
import Foundation
import LedeCore
import LedeUI

/// `lede [FILE...]`: read articles in the reader; as plain text when standard output is not a terminal, so
/// `lede article.html | grep` works.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open articles in the reader (the default command).",
        discussion: "With several articles, Ctrl-N and Ctrl-P move between them. Keys are listed with h or F1."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("A theme name (dark, light, high-contrast, monochrome, or one in $XDG_CONFIG_HOME/lede/themes) or a theme file.", valueName: "NAME|PATH"))
    var theme: String?

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
        if isatty(1) != 0 {
            if !articles.isEmpty { try read(articles) }
        } else {
            printPlain(articles)
        }
        if loader.failures > 0 { throw ExitCode(1) }
    }

    private func read(_ articles: [Article]) throws {
        let environment = ProcessInfo.processInfo.environment
        let config = ReaderConfig.load(themeName: theme, environment: environment)
        // Said before the screen is taken over; they are still there after quitting.
        for warning in config.warnings { Stderr.line("lede: \(warning)") }
        let inbox = EventInbox()
        let context = ArticleSession.Context(theme: config.theme, keymap: config.keymap, analyses: AnalysisCache(),
                                             inbox: inbox, options: AnalysisOptions())
        do {
            _ = try TerminalRunner.run(
                initial: { width, height in ArticleSession(articles: articles, context: context, width: width, height: height) },
                update: ArticleSession.update,
                render: ArticleSession.render,
                isFinished: { $0.isFinished },
                inbox: inbox)
        } catch {
            Stderr.line("lede: \(error)")
            throw ExitCode(1)
        }
    }

    private func printPlain(_ articles: [Article]) {
        var out = ""
        for (k, article) in articles.enumerated() {
            if k > 0 { out += "\n" + String(repeating: "─", count: 40) + "\n\n" }
            out += PlainTextArticle.render(article)
            if out.utf8.count > 1 << 20 { Stdout.write(out); out = "" }
        }
        Stdout.write(out)
    }
}
