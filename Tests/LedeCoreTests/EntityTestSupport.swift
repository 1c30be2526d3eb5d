import Foundation
@testable import LedeCore

/// Runs the analysis on literal text or a fixture and finds entities by mention text.
enum EntityTestSupport {
    static func entities(_ text: String, hint: String = "txt") throws -> [Entity] {
        let a = try Ingestor.articles(from: Data(text.utf8), source: "test.\(hint)", hint: hint)[0]
        return Analyzer.analyze(a).entities
    }

    /// The rules alone, without the mention typer: for rules whose clue is weak enough that the typer may
    /// overrule it.
    static func ruleEntities(_ text: String) throws -> [Entity] {
        let a = try Ingestor.articles(from: Data(text.utf8), source: "test.txt", hint: "txt")[0]
        return Analyzer.analyze(a, options: AnalysisOptions(mentionTyper: MentionTyper(text: ""))).entities
    }

    /// The entity one of whose mentions reads exactly `text`.
    static func entity(_ entities: [Entity], mention text: String) -> Entity? {
        entities.first { $0.mentions.contains { $0.text == text } }
    }

    static func allMentions(_ entities: [Entity]) -> [String] {
        entities.flatMap { $0.mentions.map(\.text) }
    }
}
