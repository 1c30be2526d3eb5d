import Foundation
import LedeCore
import Testing
@testable import LedeLibrary

/// The library's stored analyses: found again for the same article, not for a changed one or another date.
@Suite struct StoredAnalysesTests {
    final class Counter: @unchecked Sendable {
        var calls = 0
    }

    static func temporaryFolder() -> String {
        (NSTemporaryDirectory() as NSString).appendingPathComponent("lede-stored-\(UUID().uuidString)")
    }

    static func article(_ text: String) -> Article {
        (try? Ingestor.articles(from: Data(text.utf8), source: "a.txt", hint: "txt"))?.first
            ?? Article(source: "a.txt", format: .text, text: text)
    }

    @Test func theSameArticleIsAnalysedOnce() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let stored = StoredAnalyses(folder: folder), counter = Counter()
        func analyze(_ a: Article) -> Analysis {
            counter.calls += 1
            return Analyzer.analyze(a)
        }
        let article = Self.article("Herzi Halevi resigned on Tuesday in Jerusalem, Israel's army said.\n")
        let first = stored.analysis(of: article, referenceDate: nil, analyze: analyze)
        #expect(stored.has(article, referenceDate: nil))
        let second = stored.analysis(of: article, referenceDate: nil, analyze: analyze)
        #expect(counter.calls == 1)
        #expect(first.entities == second.entities && first.tokens == second.tokens && first.facts == second.facts)
        #expect(first.entities.contains { $0.name == "Herzi Halevi" })
        // Another reference date, or a changed text: analysed again.
        _ = stored.analysis(of: article, referenceDate: CalendarDate(year: 2025, month: 3, day: 4), analyze: analyze)
        #expect(counter.calls == 2)
        _ = stored.analysis(of: Self.article("Herzi Halevi resigned on Monday.\n"), referenceDate: nil, analyze: analyze)
        #expect(counter.calls == 3)
        // Another file with the same text shares the stored analysis.
        var copy = article
        copy.source = "b.txt"
        _ = stored.analysis(of: copy, referenceDate: nil, analyze: analyze)
        #expect(counter.calls == 3)
        // Not reused when asked for afresh (a reindex), and stored anew.
        _ = stored.analysis(of: article, referenceDate: nil, reuse: false, analyze: analyze)
        #expect(counter.calls == 4)
        _ = stored.analysis(of: article, referenceDate: nil, analyze: analyze)
        #expect(counter.calls == 4)
    }

    @Test func aDamagedFileIsAnalysedAgain() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let stored = StoredAnalyses(folder: folder), counter = Counter()
        let article = Self.article("Angela Merkel visited Paris on 3 May 2024.\n")
        func analyze(_ a: Article) -> Analysis {
            counter.calls += 1
            return Analyzer.analyze(a)
        }
        _ = stored.analysis(of: article, referenceDate: nil, analyze: analyze)
        let path = stored.path(article, referenceDate: nil)
        let data = try #require(FileManager.default.contents(atPath: path))
        try Data(data.prefix(data.count / 2)).write(to: URL(fileURLWithPath: path))
        let again = stored.analysis(of: article, referenceDate: nil, analyze: analyze)
        #expect(counter.calls == 2)
        #expect(again.entities.contains { $0.name == "Angela Merkel" })
        // And it was stored whole again.
        #expect(FileManager.default.contents(atPath: path)?.count == data.count)
    }

    @Test func theDefaultFolderFollowsXDG() {
        #expect(StoredAnalyses.defaultFolder(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == "/c/lede/analyses")
        #expect(StoredAnalyses.defaultFolder(environment: ["HOME": "/h"]) == "/h/.cache/lede/analyses")
        #expect(StoredAnalyses.defaultFolder(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"]) == "/h/.cache/lede/analyses")
    }
}
