import Foundation
@testable import LedeCore

/// Paths and helpers shared by the ingestion tests. Fixtures live in Tests/Fixtures (copied from the corpus).
enum IngestFixtures {
    static let root = FixturePaths.root
    static let corpus = root.appendingPathComponent("corpus")

    static func path(_ name: String) -> String { corpus.appendingPathComponent(name).path }

    static func load(_ name: String) throws -> [Article] { try Ingestor.load(path(name)) }

    static func article(_ name: String) throws -> Article {
        let all = try load(name)
        guard let first = all.first else { throw IngestError(source: name, reason: .malformed("no article")) }
        return first
    }

    /// An article from literal text, as if read from a file with that extension.
    static func article(text: String, hint: String = "txt") throws -> Article {
        try Ingestor.articles(from: Data(text.utf8), source: "test.\(hint)", hint: hint)[0]
    }

    /// The texts of blocks of one kind.
    static func texts(_ a: Article, _ kind: Block.Kind) -> [String] {
        a.blocks.filter { $0.kind == kind }.map { a.text[$0.range] }
    }

    static func boilerplate(_ a: Article, _ kind: Block.BoilerplateKind) -> [String] {
        a.blocks.filter { $0.boilerplate == kind }.map { a.text[$0.range] }
    }

    /// The article body: every block that is not boilerplate, joined by newlines.
    static func body(_ a: Article) -> String {
        a.blocks.filter { $0.kind != .boilerplate }.map { a.text[$0.range] }.joined(separator: "\n")
    }

    /// A temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("lede-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }
}
