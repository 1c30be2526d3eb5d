import LedeCore
import Testing
@testable import LedeUI
@testable import LedeScreen

@Suite struct ReaderKeyTests {
    let seed = ReaderFixture.seed

    func seedState(width: Int = 120, height: Int = 40) -> ReaderState {
        ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: width, height: height)
    }

    func status(_ s: ReaderState) -> String { Reader.render(s).trimmedLines()[s.height - 1] }

    @Test func tabSelectsIsraelThenHerziHalevi() {
        var s = seedState()
        s = Reader.update(s, .key(.tab)).state
        #expect(s.selectedEntity?.name == "Israel")
        #expect(s.selection.map { s.index.text($0.mention!) } == "Is-rael")
        #expect(status(s).contains("Israel · place"))
        s = Reader.update(s, .key(.tab)).state
        #expect(s.selectedEntity?.name == "Herzi Halevi")
        #expect(status(s).contains("Herzi Halevi · person"))
        s = Reader.update(s, .key(.backTab)).state
        #expect(s.selectedEntity?.name == "Israel")
    }

    @Test func selectedMentionIsReversedAndOtherMentionsEmphasised() {
        let s = ReaderFixture.press(seedState(), .tab, .tab)
        let g = Reader.render(s)
        let theme = s.theme
        var reversed = "", related = 0
        for y in 1..<(s.height - 1) {
            for x in 0..<70 where g[x, y].style.reverse { reversed += g[x, y].text }
            for x in 0..<70 where g[x, y].style.underline && g[x, y].style.foreground == theme.style(.person).foreground {
                related += 1
            }
        }
        #expect(reversed == "Herzi Halevi")
        #expect(related >= "Halevi".count)
    }

    @Test func entitiesAreColouredByType() {
        let s = seedState()
        let g = Reader.render(s)
        let line = g.lines()[1]
        let x = DisplayWidth.of(String(line.prefix(upTo: line.range(of: "Is-rael")!.lowerBound)))
        #expect(g[x, 1].style.foreground == s.theme.style(.place).foreground)
        #expect(g[x, 1].style.foreground != s.theme.style(.text).foreground)
        let dateLine = g.lines()[2]
        let dx = DisplayWidth.of(String(dateLine.prefix(upTo: dateLine.range(of: "January 21")!.lowerBound)))
        #expect(g[dx, 2].style.foreground == s.theme.style(.date).foreground)
    }

    @Test func starAndHashWalkOneEntitysMentions() {
        var s = ReaderFixture.press(seedState(), .tab, .tab)
        let first = s.selection!.mention!
        s = Reader.update(s, .key(.character("*"))).state
        #expect(s.selectedEntity?.name == "Herzi Halevi")
        #expect(s.selection!.mention!.start > first.start)
        #expect(s.index.text(s.selection!.mention!) == "Halevi")
        s = Reader.update(s, .key(.character("#"))).state
        #expect(s.selection!.mention! == first)
    }

    @Test func scrollingKeysMoveTheAnchor() {
        var s = seedState(width: 80, height: 24)
        #expect(s.anchor == 0)
        s = Reader.update(s, .key(.character("j"))).state
        let one = s.anchor
        #expect(one > 0)
        s = Reader.update(s, .key(.character("k"))).state
        #expect(s.anchor == 0)
        s = Reader.update(s, .key(.character(" "))).state
        #expect(s.anchor > one)
        s = Reader.update(s, .key(.character("G"))).state
        #expect(s.percent == 100)
        let bottom = s.anchor
        s = Reader.update(s, .key(.character("j"))).state
        #expect(s.anchor == bottom)
        s = Reader.update(s, .key(.character("g"))).state
        #expect(s.anchor == 0 && s.percent == 0)
        s = Reader.update(s, .key(.control("d"))).state
        #expect(s.anchor > 0)
        s = Reader.update(s, .key(.control("u"))).state
        #expect(s.anchor == 0)
        s = Reader.update(s, .key(.pageDown)).state
        #expect(Reader.render(s).trimmedLines()[s.height - 1].contains("%"))
    }

    @Test func entityListFiltersByTypeAndSelects() {
        var s = Reader.update(seedState(), .key(.character("e"))).state
        var lines = Reader.render(s).trimmedLines().joined(separator: "\n")
        #expect(lines.contains("Entities: all"))
        #expect(lines.contains("Herzi Halevi") && lines.contains("Hamas"))
        s = Reader.update(s, .key(.character("3"))).state
        lines = Reader.render(s).trimmedLines().joined(separator: "\n")
        #expect(lines.contains("Entities: place"))
        #expect(!lines.contains("organization") && !lines.contains(" person "))
        #expect(lines.contains("Gaza"))
        s = ReaderFixture.press(s, .down, .enter)
        #expect(s.overlay == nil)
        #expect(s.selectedEntity?.type == .place)
        #expect(s.selectedEntity?.name == "Gaza")
    }

    @Test func quitFinishesAndGoesBackFirst() {
        var s = seedState()
        s = ReaderFixture.press(s, .character("t"), .enter)
        #expect(s.anchor > 0 || s.marked != nil)
        s = Reader.update(s, .key(.character("q"))).state
        #expect(s.focus == .article && !s.isFinished)
        s = Reader.update(s, .key(.character("q"))).state
        #expect(s.anchor == 0 && !s.isFinished)
        s = Reader.update(s, .key(.character("q"))).state
        #expect(s.isFinished)
    }

    @Test func helpOverlayListsTheKeys() {
        let s = Reader.update(seedState(), .key(.function(1))).state
        let text = Reader.render(s).trimmedLines().joined(separator: "\n")
        #expect(text.contains("Keys"))
        #expect(text.contains("select the next named-entity mention"))
        #expect(Reader.update(s, .key(.escape)).state.overlay == nil)
        #expect(Reader.update(seedState(), .key(.character("h"))).state.overlay == .help(scroll: 0))
    }

    @Test func themeCyclesThroughBuiltIns() {
        var s = seedState()
        var seen: [String] = [s.theme.name]
        for _ in Theme.builtInNames { s = Reader.update(s, .key(.character("T"))).state; seen.append(s.theme.name) }
        #expect(Array(seen.prefix(Theme.builtInNames.count)) == Theme.builtInNames)
        #expect(seen.last == "dark")
    }

    @Test func boilerplateToggleShowsItDimmed() {
        let seed = self.seed
        guard seed.blocks.contains(where: { $0.kind == .boilerplate }) else {
            Issue.record("the seed's table of contents line should be boilerplate")
            return
        }
        var s = seedState(width: 120, height: 60)
        #expect(!Reader.render(s).trimmedLines().contains { $0.contains("Table of Contents") })
        s = Reader.update(s, .key(.character("B"))).state
        let g = Reader.render(s)
        let y = g.trimmedLines().firstIndex { $0.contains("Table of Contents") }
        #expect(y != nil)
        if let y { #expect(g[2, y].style.dim || g[2, y].style.foreground == s.theme.style(.boilerplate).foreground) }
    }

    @Test func analysisArrivesLater() {
        var s = ReaderState(document: ReaderDocument(article: seed, analysis: nil), theme: .default, width: 120, height: 40)
        #expect(Reader.render(s).trimmedLines()[39].contains("analysing"))
        s = Reader.update(s, .key(.tab)).state
        #expect(s.selection == nil)
        s = Reader.update(s, .analysisFinished(SeedAnalysis.make(seed))).state
        s = Reader.update(s, .key(.tab)).state
        #expect(s.selectedEntity?.name == "Israel")
        #expect(Reader.render(s).trimmedLines().contains { $0.contains("People") })
    }
}
