import LedeCore
import Testing
@testable import LedeUI

/// The reader on the seed article with the real analysis pipeline, as `lede` shows it.
@Suite struct ReaderSeedIntegrationTests {
    @Test func tabTwiceSelectsHerziHaleviAfterIsrael() {
        var s = ReaderFixture.state(ReaderFixture.seed, width: 120, height: 40)
        s = Reader.update(s, .key(.tab)).state
        #expect(s.selection.map { s.index.text($0.mention!) } == "Is-rael")
        s = Reader.update(s, .key(.tab)).state
        #expect(s.selectedEntity?.name == "Herzi Halevi")
        #expect(Reader.render(s).trimmedLines()[39].contains("Herzi Halevi · person"))
    }

    @Test func aSelectedPeopleShowsItsCountry() {
        var s = ReaderFixture.state(ReaderFixture.seed, width: 120, height: 40)
        for _ in 0..<40 where s.selectedEntity?.type != .group { s = Reader.update(s, .key(.tab)).state }
        let group = s.selectedEntity
        #expect(group?.type == .group)
        #expect(group?.place != nil)
        if let group, let place = group.place {
            #expect(Reader.render(s).trimmedLines()[39].contains("\(group.name) · group · \(place)"))
        }
    }

    @Test func pFollowsAGroupToItsPlaceAndBack() throws {
        var s = ReaderFixture.state(ReaderFixture.seed, width: 120, height: 40)
        func status() -> String { Reader.render(s).trimmedLines()[39] }
        for _ in 0..<60 where s.selectedEntity?.type != .group || s.selectedEntity?.place != "Israel" {
            s = Reader.update(s, .key(.tab)).state
        }
        let group = try #require(s.selectedEntity)
        #expect(group.type == .group && group.place == "Israel")
        s = Reader.update(s, .key(.character("p"))).state
        #expect(s.selectedEntity?.name == "Israel")
        #expect(s.selectedEntity?.type == .place)
        #expect(status().contains("\(group.name) → Israel"))
        s = Reader.update(s, .key(.character("p"))).state
        #expect(s.selectedEntity?.type == .group)
        #expect(s.selectedEntity?.place == "Israel")
        s = ReaderFixture.press(ReaderFixture.state(ReaderFixture.seed, width: 120, height: 40), .tab, .tab)
        #expect(s.selectedEntity?.name == "Herzi Halevi")
        s = Reader.update(s, .key(.character("p"))).state
        #expect(s.selectedEntity?.name == "Herzi Halevi")
        #expect(status().contains("select a group or a place"))
    }

    @Test func timelineEntryJumpsToItsSentence() {
        var s = ReaderFixture.state(ReaderFixture.seed, width: 120, height: 40)
        let rows = s.panelRows(for: .timeline).filter { $0.target != nil }
        #expect(!rows.isEmpty)
        s = ReaderFixture.press(s, .character("t"), .character("G"), .enter)
        #expect(s.marked != nil)
        if let m = s.marked { #expect(s.isOnScreen(m.start)) }
    }
}
