import ArgumentParser
import Foundation
import LedeCore

/// `lede-train tagger`: learns the name tagger from annotated documents and writes the model file.
/// `.tools/train-tagger` drives it, with cross-validation, to regenerate Resources/Models/name-tagger.bin.
struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the name tagger on annotated documents (JSON lines: text, entities, eval_end) and write the model."
    )

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "Passes over the training sequences.")
    var epochs = 8

    @Option(help: "Seed of the pass order.")
    var seed: UInt64 = 1

    @Option(help: "Weight of the tagger's vote for a span's type, added to the rules' votes.")
    var vote: Float = 3

    @Option(help: "0: the tagger's spans replace the rules' candidates; 1: candidates it leaves out stay too.")
    var mode: UInt32 = 0

    @Option(help: "Times each document of a news file (name contains 'news' or 'meantime') is repeated.")
    var newsWeight = 1

    @Argument(help: "Annotated documents, JSON lines with text and entities (start, end, type).")
    var gold: [String]

    func run() throws {
        var set = TaggerTrainingSet()
        var documents = 0
        for path in gold {
            let repeats = path.contains("news") || path.contains("meantime") ? max(1, newsWeight) : 1
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.isEmpty {
                guard let doc = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let body = doc["text"] as? String else {
                    throw ValidationError("\(path): a line is not a document with a text")
                }
                let entities = doc["entities"] as? [[String: Any]] ?? []
                let mentions = entities.compactMap { e -> TaggerTrainingSet.GoldMention? in
                    guard let s = e["start"] as? Int, let t = e["end"] as? Int,
                          let ty = (e["type"] as? String).flatMap(Self.type) else { return nil }
                    return .init(start: s, end: t, type: ty)
                }
                // The same reading as `lede analyze FILE.txt`, so offsets and candidates match.
                guard let article = try Ingestor.articles(from: Data(body.utf8), source: "train.txt", hint: "txt").first
                else { continue }
                for r in 0..<repeats {
                    set.add(article, gold: mentions, annotatedEnd: doc["eval_end"] as? Int, fingerprinted: r == 0)
                }
                documents += 1
            }
        }
        let data = NameTaggerTrainer(epochs: epochs, seed: seed).train(set, voteWeight: vote, mode: mode)
        try data.write(to: URL(fileURLWithPath: out))
        let note = "train tagger: \(documents) documents (\(set.count) sequences), \(data.count) bytes -> \(out)\n"
        FileHandle.standardError.write(Data(note.utf8))
    }

    static func type(_ name: String) -> EntityType? {
        switch name {
        case "person", "PERSON", "PER": .person
        case "organization", "ORG": .organization
        case "place", "PLACE", "LOC", "GPE": .place
        case "group", "GROUP", "GRP": .group
        default: nil
        }
    }
}
