import LedeCore
import Testing
@testable import LedeUI

@Suite struct ReaderSearchTests {
    let seed = ReaderFixture.seed

    func seedState(width: Int = 120, height: Int = 40) -> ReaderState {
        ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: width, height: height)
    }

    func highlighted(_ s: ReaderState) -> [String] {
        let g = Reader.render(s)
        var out: [String] = []
        let spec = s.theme.style(.search).background
        for y in 1..<(s.height - 1) {
            var run = ""
            for x in 0..<g.width {
                let c = g[x, y]
                if c.style.background == spec || c.style.background == s.theme.style(.searchCurrent).background {
                    run += c.text
                } else if !run.isEmpty {
                    out.append(run)
                    run = ""
                }
            }
            if !run.isEmpty { out.append(run) }
        }
        return out
    }

    @Test func typingHighlightsLive() {
        var s = Reader.update(seedState(), .key(.character("/"))).state
        s = ReaderFixture.type(s, "ceasef")
        #expect(s.searchInput == "ceasef")
        #expect(Reader.render(s).trimmedLines()[39].hasPrefix("/ceasef"))
        let hits = highlighted(s)
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.lowercased() == "ceasef" })
        s = ReaderFixture.type(s, "ire")
        #expect(highlighted(s).allSatisfy { $0.lowercased() == "ceasefire" })
        s = Reader.update(s, .key(.enter)).state
        #expect(s.searchInput == nil)
        #expect(Reader.render(s).trimmedLines()[39].contains("matches"))
    }

    @Test func nextAndPreviousHitMoveThroughTheText() {
        var s = ReaderFixture.press(seedState(width: 80, height: 12), .character("/"))
        s = ReaderFixture.type(s, "Netanyahu")
        s = Reader.update(s, .key(.enter)).state
        let first = s.search.current!
        #expect(s.isOnScreen(first))
        s = Reader.update(s, .key(.character("n"))).state
        let second = s.search.current!
        #expect(second > first && s.isOnScreen(second))
        s = Reader.update(s, .key(.character("N"))).state
        #expect(s.search.current == first)
    }

    @Test func smartCaseAndBackwardSearch() {
        var s = ReaderFixture.press(seedState(), .character("G"), .character("?"))
        s = ReaderFixture.type(s, "halevi")
        let lower = s.search.results!.starts.count
        s = Reader.update(s, .key(.escape)).state
        s = ReaderFixture.press(s, .character("?"))
        s = ReaderFixture.type(s, "Halevi")
        #expect(s.search.results!.starts.count == lower)
        s = Reader.update(s, .key(.escape)).state
        s = ReaderFixture.press(s, .character("/"))
        s = ReaderFixture.type(s, "HALEVI")
        #expect(s.search.results!.starts.isEmpty)
        // Backward from the end: the live hit is the last occurrence.
        var b = ReaderFixture.press(seedState(), .character("G"), .character("?"))
        b = ReaderFixture.type(b, "Halevi")
        #expect(b.search.current == b.search.results!.starts.last)
    }

    @Test func escapeCancelsAndRestoresThePosition() {
        var s = Reader.update(seedState(width: 80, height: 12), .key(.character("/"))).state
        s = ReaderFixture.type(s, "Human Cost")
        #expect(s.anchor > 0)
        s = Reader.update(s, .key(.escape)).state
        #expect(s.anchor == 0 && s.searchInput == nil)
        #expect(highlighted(s).isEmpty)
    }

    @Test func searchRefinesItsPreviousResults() {
        let index = DocumentIndex(ReaderDocument(article: seed, analysis: nil))
        let a = TextSearch.search("is", in: index, previous: nil)!
        let b = TextSearch.search("isr", in: index, previous: a)!
        let fresh = TextSearch.search("isr", in: index, previous: nil)!
        #expect(b.starts == fresh.starts)
        #expect(!b.starts.isEmpty && b.starts.count < a.starts.count)
    }
}
