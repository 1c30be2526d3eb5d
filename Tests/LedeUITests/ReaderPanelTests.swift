import LedeCore
import Testing
@testable import LedeUI

@Suite struct ReaderPanelTests {
    @Test func enterOnATimelineEntryJumpsToItsSentenceAndMarksIt() {
        let seed = ReaderFixture.seed
        let analysis = SeedAnalysis.make(seed)
        var s = ReaderFixture.state(seed, analysis: analysis, width: 120, height: 16)
        s = ReaderFixture.press(s, .character("t"), .character("G"), .enter)
        let event = analysis.timeline.max { $0.date < $1.date }!
        #expect(s.marked == event.sentence)
        #expect(s.isOnScreen(event.sentence.start))
        let g = Reader.render(s)
        let marked = (1..<15).contains { y in (0..<70).contains { g[$0, y].style.background == s.theme.style(.mark).background } }
        #expect(marked)
    }

    @Test func factsPanelGroupsAndCounts() {
        let (article, analysis) = ReaderFixture.handMade()
        let s = ReaderFixture.state(article, analysis: analysis, width: 120, height: 30)
        let text = Reader.render(s).trimmedLines().map { $0.dropFirst(75) }.joined(separator: "\n")
        #expect(text.contains("People"))
        #expect(text.contains("Alice Smith 2"))
        #expect(text.contains("Places"))
        #expect(text.contains("Organisations"))
        #expect(text.contains("Figures"))
        #expect(text.contains("1,200 birds"))
        let people = text.range(of: "People")!.lowerBound, places = text.range(of: "Places")!.lowerBound
        #expect(people < places)
        #expect(text.range(of: "Alice Smith")!.lowerBound < text.range(of: "Bob Jones")!.lowerBound)
    }

    @Test func cursorSkipsRoleLinesAndFilterChangesRestartThePanels() {
        let seed = ReaderFixture.seed
        var s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: 120, height: 30)
        s = ReaderFixture.press(s, .character("f"), .character("j"))
        #expect(s.selectedEntity?.name == "Benjamin Netanyahu")
        #expect(Reader.render(s).trimmedLines().contains { $0.contains("Lt. Gen., Israel Defense Forces") })
        s = ReaderFixture.press(s, .character("G"), .character("s"), .down, .character(" "), .enter)
        #expect(s.cursor(.facts).offset == 0)
    }

    @Test func cursorMovesInTheFocusedPanelAndSelectsEntities() {
        let (article, analysis) = ReaderFixture.handMade()
        var s = ReaderFixture.state(article, analysis: analysis, width: 120, height: 30)
        s = Reader.update(s, .key(.character("f"))).state
        #expect(s.focus == .facts)
        #expect(s.selectedEntity?.name == nil || s.selectedEntity?.name == "Alice Smith")
        s = Reader.update(s, .key(.character("j"))).state
        #expect(s.selectedEntity?.name == "Bob Jones")
        #expect(Reader.render(s).trimmedLines()[29].contains("Bob Jones · person"))
        s = Reader.update(s, .key(.enter)).state
        #expect(s.marked != nil)
        s = Reader.update(s, .key(.escape)).state
        #expect(s.focus == .article)
    }
}
