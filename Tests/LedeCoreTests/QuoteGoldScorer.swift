import Foundation
import Testing
@testable import LedeCore

/// Scores quotes, speakers and sources against the quote gold (Tests/Fixtures/gold/quotes-*.jsonl) the way
/// .tools/quotes-gold/score.py does with `--gold`: each page's stored text analysed as a plain-text article, the gold's
/// quotes and attributions located by offsets in that text.
enum QuoteGoldScorer {
    struct Outcome: CustomStringConvertible {
        var goldQuotes = 0, found = 0, speakerOK = 0, ledeQuotes = 0, quoteOK = 0, runOn = 0
        var goldSources = 0, sourcesFound = 0, ledeSources = 0, sourceOK = 0
        var errors: [String] = []

        var description: String {
            "quotes \(found)/\(goldQuotes), speakers \(speakerOK)/\(found), quote precision \(quoteOK)/\(ledeQuotes) "
                + "(\(runOn) run on), source precision \(sourceOK)/\(ledeSources), source recall \(sourcesFound)/\(goldSources)"
        }
    }

    static func score(goldFile name: String) throws -> Outcome {
        var out = Outcome()
        let text = try String(contentsOfFile: FixturePaths.gold(name), encoding: .utf8)
        for line in text.split(separator: "\n") where !line.isEmpty {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let body = try #require(doc["text"] as? String)
            let article = try #require(try Ingestor.articles(from: Data(body.utf8), source: "gold.txt", hint: "txt").first)
            try #require(article.text.string == body)
            let analysis = Analyzer.analyze(article)
            tally(doc, analysis.facts, scalars: article.text.scalars, into: &out)
        }
        return out
    }

    private static func ranges(_ v: Any?) -> [TextRange] {
        (v as? [[Any]] ?? []).compactMap { p in
            guard p.count == 2, let s = p[0] as? Int, let e = p[1] as? Int else { return nil }
            return TextRange(s, e)
        }
    }

    private static func spans(_ v: Any?) -> [(TextRange, String)] {
        (v as? [[String: Any]] ?? []).compactMap { d in
            guard let s = d["start"] as? Int, let e = d["end"] as? Int else { return nil }
            return (TextRange(s, e), d["source"] as? String ?? "")
        }
    }

    /// Where a quote fact's words are: its `quote` text found inside its span (first and last line for a quote
    /// over paragraphs).
    private static func quoteRange(_ f: Fact, _ scalars: [Unicode.Scalar]) -> TextRange {
        let lines = (f.quote ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard let first = lines.first, !first.isEmpty, let s = find(first, in: scalars, from: f.range.start, to: f.range.end)
        else { return f.range }
        if lines.count > 1, let last = lines.last, let e = find(last, in: scalars, from: s, to: f.range.end) {
            return TextRange(s, e + last.count)
        }
        return TextRange(s, s + first.count)
    }

    private static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int, to: Int) -> Int? {
        guard !needle.isEmpty, to - from >= needle.count else { return nil }
        var i = from
        while i + needle.count <= to {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    private static func tally(_ doc: [String: Any], _ facts: [Fact], scalars: [Unicode.Scalar], into n: inout Outcome) {
        let id = doc["id"] as? String ?? ""
        let ignore = ranges(doc["ignore"])
        func ignored(_ o: Int) -> Bool { ignore.contains { $0.contains(o) } }
        let text = scalars
        let quotes = facts.filter { $0.kind == .quote }.map { (quoteRange($0, scalars), $0) }.filter { !ignored($0.0.start) }
        let gold = (doc["quotes"] as? [[String: Any]] ?? []).map { g in
            (parts: ranges(g["parts"]), speaker: g["speaker"] as? String ?? "", text: g["text"] as? String ?? "")
        }
        for g in gold {
            n.goldQuotes += 1
            let hits = quotes.filter { q in g.parts.contains { $0.overlaps(q.0) } }.map(\.1)
            guard !hits.isEmpty else { n.errors.append("\(id): missed “\(g.text.prefix(60))”"); continue }
            n.found += 1
            if hits.allSatisfy({ sameSource($0.speaker, g.speaker) }) {
                n.speakerOK += 1
            } else {
                n.errors.append("\(id): speaker \(hits.map { $0.speaker ?? "-" }) for “\(g.text.prefix(50))” (gold \(g.speaker))")
            }
        }
        let optional = spans(doc["optional_quotes"]).map(\.0)
        for (r, f) in quotes {
            let inner = gold.filter { g in g.parts.contains { $0.overlaps(r) } }
                .map { TextRange($0.parts[0].start, $0.parts[$0.parts.count - 1].end) }
            if inner.isEmpty && optional.contains(where: { $0.overlaps(r) }) { continue }
            n.ledeQuotes += 1
            guard let lo = inner.map(\.start).min(), let hi = inner.map(\.end).max() else {
                n.errors.append("\(id): not a quote: “\((f.quote ?? "").prefix(60))”")
                continue
            }
            let before = text[min(f.range.start, lo)..<lo], after = text[min(hi, f.range.end)..<max(hi, f.range.end)]
            if r.start < lo - 2 || r.end > hi + 2 || before.contains("\n") || after.contains("\n") {
                n.runOn += 1
                n.errors.append("\(id): runs on: “\((f.quote ?? "").prefix(60))”")
            } else {
                n.quoteOK += 1
            }
        }
        let goldSources = spans(doc["attributions"])
        let optionalSources = spans(doc["optional_attributions"]).map(\.0)
        var found = Set<Int>()
        for f in facts where f.kind == .attribution && !ignored(f.range.start) {
            let over = goldSources.indices.filter { goldSources[$0].0.overlaps(f.range) }
            if over.isEmpty && optionalSources.contains(where: { $0.overlaps(f.range) }) { continue }
            n.ledeSources += 1
            let right = over.filter { sameSource(f.source, goldSources[$0].1) }
            if let k = right.first(where: { !found.contains($0) }) ?? right.first {
                n.sourceOK += 1
                found.insert(k)
            } else {
                n.errors.append("\(id): source \(f.source ?? "-") at \(f.range.start)")
            }
        }
        n.goldSources += goldSources.count
        n.sourcesFound += found.count
    }

    // MARK: Names, as score.py compares them

    private static let courtesy: Set<String> = ["mr", "mrs", "ms", "dr", "the", "mx"]
    private static let prepositions: Set<String> = ["of", "for", "from", "at", "in", "with", "on", "to"]
    private static let quantifiers: Set<String> = [
        "number", "lot", "lots", "couple", "handful", "majority", "minority", "group", "few", "many", "some", "most",
        "all", "one", "dozens", "hundreds", "thousands", "several", "both", "none",
    ]

    static func words(_ s: String?) -> [String] {
        var s = (s ?? "").folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
        s = s.replacingOccurrences(of: "'s", with: "")
        var out: [String] = []
        var cur = ""
        for c in s.unicodeScalars {
            if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) || c == "_" || c == "." || c == "-" {
                cur.unicodeScalars.append(c)
            } else if !cur.isEmpty {
                out.append(cur)
                cur = ""
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty && !courtesy.contains($0) }
    }

    private static func head(_ w: [String]) -> String {
        var ws = w
        if let f = ws.first, f == "a" || f == "an" { ws.removeFirst() }
        if ws.count > 2, quantifiers.contains(ws[0]), ws[1] == "of" { ws.removeFirst(2) }
        for (k, x) in ws.enumerated() where prepositions.contains(x) && k > 0 { return ws[k - 1] }
        return ws.last ?? ""
    }

    private static func singular(_ w: String) -> String { w.hasSuffix("s") && w.count > 3 ? String(w.dropLast()) : w }

    static func sameSource(_ found: String?, _ gold: String) -> Bool {
        let fw = words(found)
        guard !fw.isEmpty else { return false }
        for g in gold.split(separator: "|").map(String.init) {
            if g.hasPrefix("~") {
                if singular(head(fw)) == singular(head(words(String(g.dropFirst())))) { return true }
                continue
            }
            let gw = words(g)
            if fw == gw { return true }
            if fw.count > gw.count && fw.count - gw.count <= 2 {
                var it = fw.makeIterator()
                if gw.allSatisfy({ w in while let x = it.next() { if x == w { return true } }; return false }) { return true }
            }
        }
        return false
    }
}
