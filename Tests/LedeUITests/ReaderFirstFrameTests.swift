import Foundation
import LedeCore
import LedeScreen
import Testing
@testable import LedeUI

/// The reader's first frame, as the run loop draws it (`TerminalRunner`): effects worth waiting for
/// (`Effect.isAwaitedBeforeDrawing`) are waited for and their results applied before the frame is drawn. A short
/// article's first frame so has its highlights and panels; a long one's text comes first.
@Suite struct ReaderFirstFrameTests {
    /// Starts a reader without its analysis and draws its first frame the way the run loop does.
    static func firstFrame(_ article: Article) -> (effects: [Effect], state: ReaderState, grid: CellGrid) {
        let state = ReaderState(document: ReaderDocument(article: article, analysis: nil), theme: Theme.builtIn("dark")!,
                                width: 120, height: 40)
        var (s, effects) = Reader.start(state, analysis: AnalysisRequest.ID(1))
        let services = Services(analyze: { Analyzer.analyze($0) })
        for e in effects where e.isAwaitedBeforeDrawing { services.perform(e) { s = Reader.update(s, $0).state } }
        return (effects, s, Reader.render(s))
    }

    @Test func aShortArticlesFirstFrameHasItsHighlightsAndPanels() throws {
        let (effects, s, g) = Self.firstFrame(ReaderFixture.seed)
        #expect(effects.count == 1 && effects.allSatisfy(\.isAwaitedBeforeDrawing))
        let lines = g.lines()
        #expect(!lines.joined(separator: "\n").contains("analysing"), "no panel or status line waits for the analysis")
        // "Is-rael" on the first line of the text, in the place colour.
        let line = lines[1]
        let at = try #require(line.range(of: "Is-rael"))
        let x = DisplayWidth.of(String(line[..<at.lowerBound]))
        #expect(g[x, 1].style.foreground == s.theme.style(.place).foreground)
        #expect(g[x, 1].style.foreground != s.theme.style(.text).foreground)
        // The timeline panel lists the article's dates already.
        #expect(lines.joined(separator: "\n").contains("2025-03-06"))
    }

    @Test func aLongArticlesTextIsDrawnBeforeItsAnalysis() throws {
        let seed = try String(contentsOf: ReaderFixture.corpus.appendingPathComponent("seed-halevi-resigns.txt"),
                              encoding: .utf8)
        let long = String(repeating: seed + "\n", count: AnalysisRequest.cheapScalars / seed.unicodeScalars.count + 2)
        let article = try #require(try Ingestor.articles(from: Data(long.utf8), source: "long.txt", hint: "txt").first)
        #expect(article.text.count > AnalysisRequest.cheapScalars)
        let (effects, s, g) = Self.firstFrame(article)
        #expect(effects.count == 1 && !effects.contains(where: \.isAwaitedBeforeDrawing))
        #expect(s.document.analysis == nil)
        #expect(g.lines().joined(separator: "\n").contains("analysing…"))
        #expect(g.lines().joined(separator: "\n").contains("In a dramatic turn of events"))
    }
}
