import Foundation
@testable import LedeCore

/// The normalised-span entity score of shared/eval/score.py, in Swift, so CI checks the seed target without
/// Python or ../shared: gold and system spans match when type and span agree after dropping a leading "the "
/// and a trailing "'s" or "’s"; spans past `eval_end` or overlapping an `ignore` range are not scored.
struct EntityScorer {
    struct Span: Hashable {
        var start: Int
        var end: Int
        var type: String
    }

    struct Score {
        var gold: Int
        var system: Int
        var matched: Int
        var precision: Double { system == 0 ? 0 : Double(matched) / Double(system) }
        var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// One gold document of a JSONL gold file.
    struct GoldDocument {
        var text: String
        var entities: [(start: Int, end: Int, type: String)]
        var ignore: [(Int, Int)]
        var evalEnd: Int?
    }

    static let goldTypes = ["PERSON": "PER", "PER": "PER", "person": "PER", "ORG": "ORG", "organization": "ORG",
                            "PLACE": "LOC", "LOC": "LOC", "place": "LOC", "GROUP": "GRP"]
    static let systemTypes: [EntityType: String] = [.person: "PER", .organization: "ORG", .place: "LOC",
                                                    .group: "GRP"]

    static func documents(_ path: String) throws -> [GoldDocument] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let ents = (o["entities"] as? [[String: Any]] ?? []).map {
                (start: $0["start"] as! Int, end: $0["end"] as! Int, type: $0["type"] as! String)
            }
            let ignore = (o["ignore"] as? [[Int]] ?? []).map { ($0[0], $0[1]) }
            return GoldDocument(text: o["text"] as! String, entities: ents, ignore: ignore, evalEnd: o["eval_end"] as? Int)
        }
    }

    static func score(_ doc: GoldDocument, _ entities: [Entity]) -> Score {
        let scalars = Array(doc.text.unicodeScalars)
        let limit = doc.evalEnd ?? scalars.count
        func inside(_ s: Int, _ e: Int) -> Bool {
            e <= limit && !doc.ignore.contains { s < $0.1 && $0.0 < e }
        }
        func norm(_ x: Span) -> Span {
            var s = x.start, e = x.end
            let seg = String(String.UnicodeScalarView(scalars[s..<e]))
            if seg.prefix(4).lowercased() == "the " { s += 4 }
            if seg.hasSuffix("'s") || seg.hasSuffix("’s") { e -= 2 }
            return Span(start: s, end: e, type: x.type)
        }
        let gold = doc.entities.compactMap { g -> Span? in
            guard let t = goldTypes[g.type], inside(g.start, g.end) else { return nil }
            return Span(start: g.start, end: g.end, type: t)
        }
        let types = Set(gold.map(\.type))
        let system = entities.flatMap { e in
            e.mentions.compactMap { m -> Span? in
                guard let t = systemTypes[e.type], types.contains(t), inside(m.range.start, m.range.end) else { return nil }
                return Span(start: m.range.start, end: m.range.end, type: t)
            }
        }
        let matched = Set(gold.map(norm)).intersection(Set(system.map(norm))).count
        return Score(gold: gold.count, system: system.count, matched: matched)
    }
}
