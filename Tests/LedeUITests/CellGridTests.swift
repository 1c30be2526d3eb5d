import Testing
@testable import LedeUI
@testable import LedeScreen

@Suite struct CellGridTests {
    @Test func startsBlankAndReadsBackLines() {
        var g = CellGrid(width: 4, height: 2)
        g[1, 0] = Cell(text: "é", width: 1, style: .plain)
        g[2, 1] = Cell(text: "日", width: 2, style: .plain)
        g[3, 1] = Cell(text: "", width: 0, style: .plain)
        #expect(g.lines() == [" é  ", "  日"])
        #expect(g.trimmedLines() == [" é", "  日"])
    }

    @Test func emptySizesDoNotTrap() {
        let g = CellGrid(width: 0, height: -3)
        #expect(g.lines().isEmpty)
    }

    @Test func parsesHexColours() {
        #expect(Color(hex: "#ff8000") == .rgb(255, 128, 0))
        #expect(Color(hex: "0f0") == .rgb(0, 255, 0))
        #expect(Color(hex: "#12345") == nil)
    }
}
