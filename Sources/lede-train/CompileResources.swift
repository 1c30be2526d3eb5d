import ArgumentParser
import Foundation
import LedeCore

/// `lede-train compile-resources`: compiles the gazetteers, the given-name list and the mention typer into
/// Resources/Compiled/lede-resources.bin, the file the analysis reads in place. `.tools/compile-resources` runs
/// it; run it after editing any of those sources (a test fails until then).
struct CompileResources: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile-resources",
        abstract: "Compile the word lists and model weights into the binary file the analysis maps."
    )

    @Option(help: "The resources folder (holding Gazetteers and Models).")
    var resources: String = "Sources/LedeCore/Resources"

    func run() throws {
        let path = try ResourceCompiler.write(resources: URL(fileURLWithPath: resources))
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("wrote \(path) (\(size) bytes)")
    }
}
