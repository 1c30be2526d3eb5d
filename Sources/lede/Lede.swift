import ArgumentParser
import LedeCore

@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Read news articles in the terminal, with their people, places, figures and dates highlighted.",
        discussion: """
        With no file, Lede opens its built-in sample articles. FILE may be plain text, Markdown, HTML, \
        an RSS or Atom feed, a folder (read recursively) or - for standard input.
        """,
        version: LedeVersion.string,
        subcommands: [Read.self, Analyze.self, AnalysisWorkerCommand.self],
        defaultSubcommand: Read.self
    )
}
