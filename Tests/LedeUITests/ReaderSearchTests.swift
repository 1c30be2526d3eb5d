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
        var s = Reader.update(seedState(), .key(.character("/")))
        s = ReaderFixture.type(s, "ceasef")
        #expect(s.searchInput == "ceasef")
        #expect(Reader.render(s).trimmedLines()[39].hasPrefix("/ceasef"))
        let hits = highlighted(s)
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.lowercased() == "ceasef" })
        s = ReaderFixture.type(s, "ire")
        #expect(highlighted(s).allSatisfy { $0.lowercased() == "ceasefire" })
        s = Reader.update(s, .key(.enter))
        #expect(s.searchInput == nil)
        #expect(Reader.render(s).trimmedLines()[39].contains("matches"))
    }

    @Test func nextAndPreviousHitMoveThroughTheText() {
        var s = ReaderFixture.press(seedState(width: 80, height: 12), .character("/"))
        s = ReaderFixture.type(s, "Netanyahu")
        s = Reader.update(s, .key(.enter))
        let first = s.search.current!
        #expect(s.isOnScreen(first))
        s = Reader.update(s, .key(.character("n")))
        let second = s.search.current!
        #expect(second > first && s.isOnScreen(second))
        s = Reader.update(s, .key(.character("N")))
        #expect(s.search.current == first)
    }

    @Test func smartCaseAndBackwardSearch() {
        var s = ReaderFixture.press(seedState(), .character("G"), .character("?"))
        s = ReaderFixture.type(s, "halevi")
        let lower = s.search.results!.starts.count
        s = Reader.update(s, .key(.escape))
        s = ReaderFixture.press(s, .character("?"))
        s = ReaderFixture.type(s, "Halevi")
        #expect(s.search.results!.starts.count == lower)
        s = Reader.update(s, .key(.escape))
        s = ReaderFixture.press(s, .character("/"))
        s = ReaderFixture.type(s, "HALEVI")
        #expect(s.search.results!.starts.isEmpty)
        // Backward from the end: the live hit is the last occurrence.
        var b = ReaderFixture.press(seedState(), .character("G"), .character("?"))
        b = ReaderFixture.type(b, "Halevi")
        #expect(b.search.current == b.search.results!.starts.last)
    }

    @Test func escapeCancelsAndRestoresThePosition() {
        var s = Reader.update(seedState(width: 80, height: 12), .key(.character("/")))
        s = ReaderFixture.type(s, "Human Cost")
        #expect(s.anchor > 0)
        s = Reader.update(s, .key(.escape))
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

@Suite struct ReaderSectionTests {
    let seed = ReaderFixture.seed

    @Test func sectionListFiltersArticleFactsAndTimeline() {
        let (article, analysis) = ReaderFixture.handMade()
        var s = ReaderFixture.state(article, analysis: analysis, width: 120, height: 30)
        #expect(Reader.render(s).trimmedLines().contains { $0.contains("2024-05-03") })
        s = Reader.update(s, .key(.character("s")))
        #expect(Reader.render(s).trimmedLines().joined().contains("[ ] Second Part"))
        #expect(Reader.render(s).trimmedLines().joined().contains("[ ] Heading One"))
        s = ReaderFixture.press(s, .down, .character(" "), .enter)
        #expect(s.sectionFilter == [1])
        let lines = Reader.render(s).trimmedLines()
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Bob Jones left Paris"))
        #expect(!text.contains("They counted"))
        #expect(!text.contains("2024-05-03"))          // the timeline entry is in the other section
        #expect(text.contains("Guild"))
        #expect(lines[29].contains("filter: Second Part"))
        s = Reader.update(s, .key(.character("S")))
        #expect(s.sectionFilter.isEmpty)
        let all = Reader.render(s).trimmedLines().joined()
        #expect(all.contains("1,200 birds") && all.contains("2024-05-03"))
        #expect(Reader.update(s, .key(.character("g"))).anchor == 0)
    }

    @Test func pickingSeveralSections() {
        let (article, analysis) = ReaderFixture.handMade()
        var s = ReaderFixture.state(article, analysis: analysis, width: 100, height: 30)
        s = ReaderFixture.press(s, .character("s"), .character(" "), .character(" "), .enter)
        #expect(s.sectionFilter == [0, 1])
    }

    @Test func nextAndPreviousSection() {
        var s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: 100, height: 30)
        let sections = seed.sections
        #expect(sections.count > 2)
        s = Reader.update(s, .key(.character("]")))
        #expect(s.currentSection == 1)
        #expect(Reader.render(s).trimmedLines()[1].contains(sections[1].title ?? "?"))
        s = Reader.update(s, .key(.character("]")))
        #expect(s.currentSection == 2)
        s = Reader.update(s, .key(.character("[")))
        #expect(s.currentSection == 1)
        #expect(Reader.render(s).trimmedLines()[29].contains("§ " + (sections[1].title ?? "")))
    }

    @Test func timelineMarksEntriesOfTheCurrentSection() {
        let (article, analysis) = ReaderFixture.handMade()
        let s = ReaderFixture.state(article, analysis: analysis, width: 120, height: 12)
        #expect(Reader.render(s).trimmedLines().contains { $0.contains("▸2024-05-03") || $0.contains("▸ 2024-05-03") })
        let later = Reader.update(s, .key(.character("]")))
        #expect(later.currentSection == 1)
        #expect(!Reader.render(later).trimmedLines().contains { $0.contains("▸") })
    }
}

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
        #expect(s.factsTop == 0)
    }

    @Test func cursorMovesInTheFocusedPanelAndSelectsEntities() {
        let (article, analysis) = ReaderFixture.handMade()
        var s = ReaderFixture.state(article, analysis: analysis, width: 120, height: 30)
        s = Reader.update(s, .key(.character("f")))
        #expect(s.focus == .facts)
        #expect(s.selectedEntity?.name == nil || s.selectedEntity?.name == "Alice Smith")
        s = Reader.update(s, .key(.character("j")))
        #expect(s.selectedEntity?.name == "Bob Jones")
        #expect(Reader.render(s).trimmedLines()[29].contains("Bob Jones · person"))
        s = Reader.update(s, .key(.enter))
        #expect(s.marked != nil)
        s = Reader.update(s, .key(.escape))
        #expect(s.focus == .article)
    }
}
