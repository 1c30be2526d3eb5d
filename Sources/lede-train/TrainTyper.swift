import ArgumentParser
import Foundation
import LedeCore

/// `lede-train typer`: learns the mention typer from annotated documents and writes the model file.
/// `.tools/train-typer` drives it, with cross-validation, to regenerate Resources/Models/mention-typer.tsv.
struct TrainTyper: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "typer",
        abstract: "Train the mention typer on annotated documents (JSON lines: text, entities) and write the model."
    )

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "Passes over the training examples.")
    var epochs = 10

    @Option(help: "A mention with a single rule vote this strong is typed by the rules alone.")
    var hard: Float = 3

    @Option(help: "Drop an entity when its 'none' score leads by more than this (inf: never).")
    var drop: String = "inf"

    @Option(help: "The typer's type replaces the rules' weak choice only when it scores this much higher.")
    var keep: Float = 0

    @Option(help: "The same for names of two or more capitalised words (default: --keep; inf: never).")
    var multi: String?

    @Option(help: "Leave out features whose weights all stay below this.")
    var minWeight: Float = 0.05

    @Option(help: "Feature templates to leave out, comma-separated (p2,suf4).")
    var exclude = ""

    @Flag(help: "Train only on mentions of entities the rules cannot type on hard evidence.")
    var softOnly = false

    @Argument(help: "Annotated documents, JSON lines with text and entities (start, end, type).")
    var gold: [String]

    func run() throws {
        guard let dropMargin = Float(drop) else { throw ValidationError("--drop: not a number: \(drop)") }
        let multiMargin = try multi.map { m -> Float in
            guard let v = Float(m) else { throw ValidationError("--multi: not a number: \(m)") }
            return v
        }
        var set = TyperTrainingSet(softOnly: softOnly,
                                   excluded: Set(exclude.split(separator: ",").map(String.init)))
        var documents = 0
        for path in gold {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.isEmpty {
                guard let doc = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let body = doc["text"] as? String else {
                    throw ValidationError("\(path): a line is not a document with a text")
                }
                let entities = doc["entities"] as? [[String: Any]] ?? []
                let mentions = entities.compactMap { e -> TyperTrainingSet.GoldMention? in
                    guard let s = e["start"] as? Int, let t = e["end"] as? Int,
                          let ty = (e["type"] as? String).flatMap(MentionClass.init(name:)) else { return nil }
                    return .init(start: s, end: t, type: ty)
                }
                // The same reading as `lede analyze FILE.txt`, so offsets and candidates match.
                guard let article = try Ingestor.articles(from: Data(body.utf8), source: "train.txt", hint: "txt").first
                else { continue }
                set.add(article, gold: mentions, hardVote: hard)
                documents += 1
            }
        }
        let weights = MentionTyperTrainer(epochs: epochs).train(set.examples)
        var counts = [Int](repeating: 0, count: 4)
        for e in set.examples { counts[e.label.rawValue] += 1 }
        let classes = MentionClass.allCases.map { "\($0.name) \(counts[$0.rawValue])" }.joined(separator: ", ")
        let files = gold.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        let settings = "Settings: epochs \(epochs), hard \(hard), drop \(drop), keep \(keep), multi \(multi ?? "\(keep)"), min-weight \(minWeight)"
        let header: [String] = [
            "Lede mention typer: averaged perceptron weights (see README.md, \"Entities\").",
            "Trained by `lede-train typer` on: \(files) (\(documents) documents, \(set.examples.count) candidates: \(classes))",
            settings + (softOnly ? ", soft-only" : "") + (exclude.isEmpty ? "" : ", without \(exclude)"),
        ]
        let model = MentionTyperTrainer.modelText(weights, names: set.names, header: header, hardVote: hard,
                                                   dropMargin: dropMargin, keepMargin: keep, multiWordKeepMargin: multiMargin, minWeight: minWeight)
        try model.write(toFile: out, atomically: true, encoding: .utf8)
        let lines = model.split(separator: "\n").count
        let note = "lede-train typer: \(documents) documents, \(set.examples.count) candidates, \(lines) lines -> \(out)\n"
        FileHandle.standardError.write(Data(note.utf8))
    }
}
