import LedeCore
import Testing
@testable import LedeUI
@testable import LedeScreen

@Suite struct ReaderMouseTests {
    let seed = ReaderFixture.seed

    func seedState(width: Int = 120, height: Int = 40) -> ReaderState {
        ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: width, height: height)
    }

    /// Screen position of the first occurrence of a string.
    func find(_ needle: String, in g: CellGrid) -> (x: Int, y: Int)? {
        for (y, line) in g.lines().enumerated() {
            if let r = line.range(of: needle) { return (DisplayWidth.of(String(line[..<r.lowerBound])), y) }
        }
        return nil
    }

    @Test func clickingAMentionSelectsItsEntity() {
        var s = seedState()
        let p = find("Herzi", in: Reader.render(s))!
        s = Reader.update(s, .mouse(MouseEvent(x: p.x + 2, y: p.y, action: .press))).state
        #expect(s.selectedEntity?.name == "Herzi Halevi")
        #expect(Reader.render(s).trimmedLines()[39].contains("Herzi Halevi · person"))
        // A click on plain text selects nothing new.
        let q = find("dramatic", in: Reader.render(s))!
        let after = Reader.update(s, .mouse(MouseEvent(x: q.x, y: q.y, action: .press))).state
        #expect(after.selectedEntity?.name == "Herzi Halevi")
    }

    @Test func hitTestingCountsWideCharacters() {
        let text = "日本語の記事でトヨタが発表した。\n"
        let article = ReaderFixture.sections(text: text, headings: [])
        let r = SeedAnalysis.ranges("トヨタ", in: article, wholeWord: false)[0]
        let analysis = Analysis(entities: [Entity(id: "e1", name: "トヨタ", type: .organization,
                                                  mentions: [Mention(range: r, text: "トヨタ")])])
        var s = ReaderFixture.state(article, analysis: analysis, width: 80, height: 12)
        let g = Reader.render(s)
        let p = find("トヨタ", in: g)!
        #expect(p.x == 2 + 2 * 7)
        s = Reader.update(s, .mouse(MouseEvent(x: p.x + 5, y: p.y, action: .press))).state
        #expect(s.selectedEntity?.name == "トヨタ")
        let miss = Reader.update(ReaderFixture.state(article, analysis: analysis, width: 80, height: 12),
                                 .mouse(MouseEvent(x: p.x - 1, y: p.y, action: .press))).state
        #expect(miss.selection == nil)
    }

    @Test func clickingATimelineEntryJumpsToItsSentence() {
        var s = seedState(height: 20)
        let g = Reader.render(s)
        let p = find("2025-03-06", in: g)!
        s = Reader.update(s, .mouse(MouseEvent(x: p.x, y: p.y, action: .press))).state
        #expect(s.focus == .timeline)
        #expect(s.marked != nil)
        #expect(Reader.render(s).lines()[1].contains("effective March 6, 2025") || s.isOnScreen(s.marked!.start))
    }

    @Test func clickingAFactSelectsIt() {
        var s = seedState()
        // The article shows "Benjamin Netanyahu" only further down; on screen it is the facts panel's entry.
        let g = Reader.render(s)
        let row = g.lines().firstIndex { $0.dropFirst(75).contains("Benjamin Netanyahu") }
        #expect(row != nil)
        guard let row else { return }
        let p = (x: 78, y: row)
        s = Reader.update(s, .mouse(MouseEvent(x: p.x, y: p.y, action: .press))).state
        #expect(s.selectedEntity?.name == "Benjamin Netanyahu")
        #expect(s.isOnScreen(s.marked!.start))
    }

    @Test func wheelScrollsThePaneUnderThePointer() {
        var s = seedState(width: 120, height: 20)
        s = Reader.update(s, .mouse(MouseEvent(x: 10, y: 5, action: .wheelDown))).state
        #expect(s.anchor > 0)
        s = Reader.update(s, .mouse(MouseEvent(x: 10, y: 5, action: .wheelUp))).state
        #expect(s.anchor == 0)
        s = Reader.update(s, .mouse(MouseEvent(x: 100, y: 3, action: .wheelDown))).state
        #expect(s.anchor == 0)
        // Three rows down (one less when that keeps a group's title above the first entry in view).
        #expect((2...3).contains(s.cursor(.facts).offset))
    }

    @Test func tabBarClicksSwitchPanels() {
        var s = seedState(width: 100, height: 30)
        let tabs = s.layout.tabBar!
        s = Reader.update(s, .mouse(MouseEvent(x: tabs.x + tabs.width - 2, y: tabs.y, action: .press))).state
        #expect(s.sideTab == .timeline && s.focus == .timeline)
        s = Reader.update(s, .mouse(MouseEvent(x: tabs.x + 1, y: tabs.y, action: .press))).state
        #expect(s.sideTab == .facts)
    }
}
