import LedeCore
import Testing
@testable import LedeUI

@Suite struct ReaderSectionTests {
    let seed = ReaderFixture.seed

    @Test func sectionListFiltersArticleFactsAndTimeline() {
        let (article, analysis) = ReaderFixture.handMade()
        var s = ReaderFixture.state(article, analysis: analysis, width: 120, height: 30)
        #expect(Reader.render(s).trimmedLines().contains { $0.contains("2024-05-03") })
        s = Reader.update(s, .key(.character("s"))).state
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
        s = Reader.update(s, .key(.character("S"))).state
        #expect(s.sectionFilter.isEmpty)
        let all = Reader.render(s).trimmedLines().joined()
        #expect(all.contains("1,200 birds") && all.contains("2024-05-03"))
        #expect(Reader.update(s, .key(.character("g"))).state.anchor == 0)
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
        s = Reader.update(s, .key(.character("]"))).state
        #expect(s.currentSection == 1)
        #expect(Reader.render(s).trimmedLines()[1].contains(sections[1].title ?? "?"))
        s = Reader.update(s, .key(.character("]"))).state
        #expect(s.currentSection == 2)
        s = Reader.update(s, .key(.character("["))).state
        #expect(s.currentSection == 1)
        #expect(Reader.render(s).trimmedLines()[29].contains("§ " + (sections[1].title ?? "")))
    }

    @Test func timelineMarksEntriesOfTheCurrentSection() {
        let (article, analysis) = ReaderFixture.handMade()
        let s = ReaderFixture.state(article, analysis: analysis, width: 120, height: 12)
        #expect(Reader.render(s).trimmedLines().contains { $0.contains("▸2024-05-03") || $0.contains("▸ 2024-05-03") })
        let later = Reader.update(s, .key(.character("]"))).state
        #expect(later.currentSection == 1)
        #expect(!Reader.render(later).trimmedLines().contains { $0.contains("▸") })
    }
}
