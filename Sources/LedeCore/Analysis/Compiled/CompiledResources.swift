import Foundation

/// The analysis's word lists and model weights, compiled from their text files into one file of tables that
/// are used where they lie (Resources/Compiled/lede-resources.bin, mapped into memory): start-up parses
/// nothing and builds no table, where loading the text took about 0.3 s of CPU per process.
///
/// `.tools/compile-resources` writes the file from Resources/Gazetteers and Resources/Models, and a test fails
/// when the committed file differs from what the sources compile to (a list edited without recompiling).
/// Sections: gazetteer (`Gazetteer.sections`), mention typer (`MentionTyper.sections`), given-name genders
/// (`GivenNameGenders.section`).
enum CompiledResources {
    static let fileName = "lede-resources.bin"

    /// The bundled compiled file; when it is missing or damaged, the bundled sources compiled now (slow).
    static let shared: ResourceImage = {
        if let url = Bundle.module.url(forResource: "Compiled", withExtension: nil),
           let bytes = ResourceBytes(mapping: url.appendingPathComponent(fileName).path),
           let image = ResourceImage(bytes) {
            return image
        }
        return fromSources
    }()

    /// The bundled sources compiled in this process: the fallback for a section the file lacks.
    static let fromSources: ResourceImage = {
        let root = Bundle.module.url(forResource: "Gazetteers", withExtension: nil)?.deletingLastPathComponent()
            ?? Bundle.module.bundleURL
        return ResourceImage(ResourceBytes(compile(resources: root)))!
    }()

    /// The compiled file for the sources under `root` (its Gazetteers and Models folders). The same sources
    /// always give the same bytes.
    static func compile(resources root: URL) -> [UInt8] {
        let gazetteers = root.appendingPathComponent("Gazetteers"), models = root.appendingPathComponent("Models")
        func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        var sections = Gazetteer.sections(GazetteerSource(folder: gazetteers))
        sections += MentionTyper.sections(text: text(models.appendingPathComponent("mention-typer.tsv")))
        sections.append(GivenNameGenders.section(
            GenderLexicon.parseGivenNames(text(gazetteers.appendingPathComponent("given-name-genders.tsv")))))
        return ResourceImage.write(sections)
    }
}

/// For `lede-train compile-resources`.
public enum ResourceCompiler {
    /// Compiles the sources under `root` (Sources/LedeCore/Resources) and writes the file into its Compiled
    /// folder; returns the path written.
    public static func write(resources root: URL) throws -> String {
        let out = root.appendingPathComponent("Compiled").appendingPathComponent(CompiledResources.fileName)
        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(CompiledResources.compile(resources: root)).write(to: out)
        return out.path
    }
}
