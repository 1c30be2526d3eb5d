import ArgumentParser

/// `lede-train`: the trainers of Lede's learned parts, kept out of the `lede` product. Each trainer is a
/// subcommand; `.tools/` scripts drive them (with cross-validation) to regenerate the files under
/// Sources/LedeCore/Resources/Models.
@main
struct LedeTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-train",
        abstract: "Train Lede's models from annotated documents.",
        subcommands: [TrainTyper.self, TrainTagger.self, CompileResources.self]
    )
}
