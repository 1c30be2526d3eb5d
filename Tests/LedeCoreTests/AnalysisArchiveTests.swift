import Foundation
import Testing
@testable import LedeCore

/// The stored form of an analysis (`AnalysisArchive`): it gives back exactly the analysis it was made from, and
/// damaged bytes give nil, never ranges outside the text.
@Suite struct AnalysisArchiveTests {
    static let fixtures = ["seed-halevi-resigns.txt", "mueller-report-vol1-sec3-russian-hacking-and-dumping.md",
                           "wikinews-2015-09-12-mecca-crane-collapse.html", "ja-wikinews-2008-09-01-fukuda-resignation.txt",
                           "wikinews-sample-feed.rss"]

    static func same(_ a: Analysis, _ b: Analysis) -> Bool {
        a.sentences == b.sentences && a.tokens == b.tokens && a.entities == b.entities && a.times == b.times
            && a.facts == b.facts && a.timeline == b.timeline && a.referenceDate == b.referenceDate
    }

    @Test(arguments: fixtures) func roundTripsTheCorpus(_ name: String) throws {
        for article in try Ingestor.load(FixturePaths.corpus(name)) {
            for options in [AnalysisOptions(), AnalysisOptions(explain: true)] {
                let a = Analyzer.analyze(article, options: options)
                let back = try #require(AnalysisArchive.decode(AnalysisArchive.encode(a), textCount: article.text.count))
                #expect(Self.same(a, back))
            }
        }
    }

    @Test func damagedBytesGiveNilOrRangesInsideTheText() throws {
        let article = try Ingestor.load(FixturePaths.corpus("seed-halevi-resigns.txt"))[0]
        let bytes = AnalysisArchive.encode(Analyzer.analyze(article))
        // Cut anywhere: never a whole analysis.
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            #expect(AnalysisArchive.decode(Array(bytes.prefix(cut)), textCount: article.text.count) == nil)
        }
        #expect(AnalysisArchive.decode(bytes + [0], textCount: article.text.count) == nil)
        // A shorter text than the one analysed: ranges would reach past it.
        #expect(AnalysisArchive.decode(bytes, textCount: article.text.count / 2) == nil)
        // Flipped bytes: nil, or an analysis whose every range lies inside the text.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var damaged = bytes
            let k = Int.random(in: 8..<damaged.count, using: &rng)
            damaged[k] ^= UInt8.random(in: 1...255, using: &rng)
            guard let a = AnalysisArchive.decode(damaged, textCount: article.text.count) else { continue }
            let n = article.text.count
            #expect(a.tokens.allSatisfy { $0.range.end <= n } && a.sentences.allSatisfy { $0.end <= n })
            #expect(a.entities.allSatisfy { $0.mentions.allSatisfy { $0.range.start <= $0.range.end && $0.range.end <= n } })
            #expect(a.facts.allSatisfy { $0.range.end <= n && $0.sentence.end <= n })
        }
        #expect(AnalysisArchive.decode(Array("LEDEANA2".utf8) + bytes.dropFirst(8), textCount: article.text.count) == nil)
    }
}
