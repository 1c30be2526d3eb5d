import LedeCore
import Testing
@testable import LedeUI

@Suite struct ReaderResizeTests {
    let seed = ReaderFixture.seed

    @Test func resizeKeepsTheFirstVisibleSentenceOnScreen() {
        var s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: 120, height: 40)
        s = ReaderFixture.press(s, .character(" "), .character("j"), .character("j"))
        let top = s.anchor
        let sentence = s.index.sentence(at: top)
        for (w, h) in [(60, 20), (200, 60), (41, 11), (80, 24), (120, 40)] {
            s = Reader.update(s, .resize(width: w, height: h)).state
            #expect(s.isOnScreen(top), "\(w)x\(h)")
            #expect(s.isOnScreen(sentence.start) || s.visibleRange.contains(top), "\(w)x\(h)")
        }
        #expect(s.anchor == top)
    }

    @Test func resizeThroughTooSmallKeepsThePlace() {
        var s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: 100, height: 30)
        s = ReaderFixture.press(s, .character(" "), .character(" "))
        let top = s.anchor
        s = Reader.update(s, .resize(width: 10, height: 5)).state
        #expect(Reader.render(s).trimmedLines()[0].hasPrefix("Terminal"))
        s = Reader.update(s, .resize(width: 100, height: 30)).state
        #expect(s.anchor == top)
    }

    @Test func resizeReflowsLines() {
        var s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: 120, height: 40)
        let wide = Reader.render(s).trimmedLines()[1]
        s = Reader.update(s, .resize(width: 60, height: 20)).state
        let narrow = Reader.render(s).trimmedLines()[1]
        #expect(narrow.count < wide.count)
        #expect(narrow.hasPrefix("  In a dramatic turn"))
    }
}
