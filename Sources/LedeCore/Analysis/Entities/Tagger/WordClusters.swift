import Foundation

/// Word clusters learned from raw news text by `.tools/make-clusters` (Brown clustering): words used alike share
/// a cluster, so the tagger generalises from "Ryanair" to an airline it never saw in training. The file,
/// Resources/Models/word-clusters.tsv, lists `word<TAB>cluster` (cluster as a bit path written in decimal, its
/// first four bits a coarser cluster); a missing file gives no cluster features.
final class WordClusters: Sendable {
    private let table: [UInt64: UInt32]

    static let shared = WordClusters(text: {
        guard let url = Bundle.module.url(forResource: "Models", withExtension: nil)?
            .appendingPathComponent("word-clusters.tsv") else { return "" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }())

    init(text: String) {
        var table: [UInt64: UInt32] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t"), let c = UInt32(line[line.index(after: tab)...]) else { continue }
            table[NameKey.word(String(line[..<tab]))] = c
        }
        self.table = table
    }

    @inline(__always) func cluster(_ folded: UInt64) -> UInt32? { table.isEmpty ? nil : table[folded] }
}
