import ArgumentParser
import Foundation
import LedeCore
import LedeUI

/// `lede [FILE...]`: one article opens in the reader; several files, a folder, a feed or none (the samples) open
/// the library. When standard output is not a terminal the articles are printed as plain text instead, so
/// `lede article.html | grep` works.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open articles in the reader (the default command).",
        discussion: "Keys are listed with h or F1 in the reader, and can be remapped in $XDG_CONFIG_HOME/lede/config.toml."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("A theme name (dark, light, high-contrast, monochrome, or one in $XDG_CONFIG_HOME/lede/themes) or a theme file.", valueName: "NAME|PATH"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Reference date for relative dates (\"yesterday\", \"last March\") in the highlights, facts and timeline.",
                                            valueName: "YYYY-MM-DD"))
    var date: CalendarDate?

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input. None: the built-in samples.", valueName: "FILE"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("The library index to use (default: $XDG_DATA_HOME/lede/library.sqlite).",
                                            valueName: "PATH"))
    var library: String?

    @Flag(name: .long, help: "Analyse every file of the library again, also those unchanged or that failed before.")
    var reindex = false

    func run() throws {
        guard isatty(1) != 0 else { return try printPlain() }
        // One article's analysis worker starts first, so it is up by the time the article is read, the config
        // and theme loaded and the screen set up.
        let readerAnalyzer = LibrarySession.wants(files)
            ? nil : ContainedAnalyzer(AnalysisSetup(referenceDate: date), workers: 1).warmedUp()
        let env = ProcessInfo.processInfo.environment
        let (config, configWarning) = ReaderConfig.load(environment: env)
        let (theme, themeWarning) = config.theme(option: self.theme, environment: env)
        // Said before the screen is taken over, so they are still there after quitting.
        for warning in [configWarning, themeWarning].compactMap({ $0 }) { Stderr.line("lede: \(warning)") }

        if LibrarySession.wants(files) {
            let failures = try LibrarySession.run(files: files, libraryPath: library, options: input.ingest,
                                                  theme: theme, keymap: config.keymap,
                                                  libraryKeymap: config.libraryKeymap,
                                                  analysis: AnalysisSetup(referenceDate: date), reindex: reindex,
                                                  environment: env)
            if failures > 0 { throw ExitCode(1) }
            return
        }
        var loader = ArticleLoader(options: input.ingest)
        let articles = loader.load(files)
        if let article = articles.first {
            do {
                try ReaderSession.run(article, theme: theme, keymap: config.keymap,
                                      analysis: AnalysisSetup(referenceDate: date), analyzer: readerAnalyzer)
            } catch {
                Stderr.line("lede: \(error)")
                throw ExitCode(1)
            }
        }
        if loader.failures > 0 { throw ExitCode(1) }
    }

    private func printPlain() throws {
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
