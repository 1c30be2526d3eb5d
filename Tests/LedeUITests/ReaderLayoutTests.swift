import LedeCore
import Testing
@testable import LedeUI
import LedeScreen

@Suite struct ReaderLayoutTests {
    let seed = ReaderFixture.seed

    @Test func threePanesFrom120Columns() {
        let s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: 120, height: 40)
        let g = Reader.render(s)
        let lines = g.trimmedLines()
        #expect(g.width == 120 && g.height == 40)
        #expect(lines[0].contains("Israel’s Top General Resigns"))
        #expect(lines[1].contains("Facts"))
        #expect(lines.contains { $0.contains("Timeline") })
        #expect(lines[2].hasPrefix("  In a dramatic turn") || lines[1].hasPrefix("  In a dramatic turn"))
        #expect(lines.contains { $0.contains("People") })
        #expect(lines.contains { $0.contains("2025-01-21") })
        #expect(lines[39].contains("%"))
        #expect(GridCheck.problems(g).isEmpty)
    }

    @Test func tabsFrom80To119Columns() {
        for w in [80, 100, 119] {
            let s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: w, height: 30)
            let lines = Reader.render(s).trimmedLines()
            #expect(lines[1].contains("Facts") && lines[1].contains("Timeline"), "width \(w)")
            #expect(lines.contains { $0.contains("People") }, "width \(w)")
            let t = Reader.update(s, .key(.character("t"))).state
            let tl = Reader.render(t).trimmedLines()
            #expect(tl.contains { $0.contains("2025-01-21") }, "width \(w)")
            #expect(!tl.contains { $0.contains("People") }, "width \(w)")
        }
    }

    @Test func articleAloneBelow80Columns() {
        let s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: 79, height: 24)
        let lines = Reader.render(s).trimmedLines()
        #expect(!lines.joined().contains("Timeline"))
        #expect(lines[1].contains("In a dramatic turn"))
        let f = Reader.update(s, .key(.character("f"))).state
        let fl = Reader.render(f).trimmedLines()
        #expect(fl[1].contains("Facts"))
        #expect(fl.contains { $0.contains("Herzi Halevi") })
        let back = Reader.update(f, .key(.escape)).state
        #expect(Reader.render(back).trimmedLines()[1].contains("In a dramatic turn"))
    }

    @Test func smallestUsableSize() {
        let s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: 40, height: 12)
        let g = Reader.render(s)
        let lines = g.trimmedLines()
        #expect(lines[1].contains("In a dramatic"))
        #expect(lines[11].contains("%"))
        #expect(GridCheck.problems(g).isEmpty)
    }

    @Test func tooSmallShowsOneLine() {
        for (w, h) in [(39, 24), (80, 9), (10, 3)] {
            let lines = Reader.render(ReaderFixture.state(seed, width: w, height: h)).trimmedLines()
            #expect(lines[0].hasPrefix(w >= 18 ? "Terminal too small" : "Terminal"), "\(w)x\(h)")
            #expect(lines.dropFirst().allSatisfy { $0.isEmpty })
        }
    }

    @Test func nothingBreaksAtAnySize() {
        var s = ReaderFixture.state(seed, analysis: SeedAnalysis.make(seed), width: 0, height: 0)
        #expect(Reader.render(s).cells.isEmpty)
        let keys: [Key] = [.tab, .character("f"), .down, .character("t"), .enter, .character("e"), .escape,
                           .character("s"), .escape, .character("h")]
        var k = 0
        for w in [0, 1, 2, 5, 39, 40, 41, 60, 79, 80, 81, 119, 120, 121, 200, 333] {
            for h in [0, 1, 2, 9, 10, 11, 24, 60] {
                s = Reader.update(s, .resize(width: w, height: h)).state
                s = Reader.update(s, .key(keys[k % keys.count])).state
                k += 1
                let g = Reader.render(s)
                #expect(g.width == w && g.height == h)
                #expect(GridCheck.problems(g).isEmpty, "\(w)x\(h)")
            }
        }
    }

    @Test func japaneseArticleFillsCellsExactly() {
        let ja = ReaderFixture.article("ja-wikinews-2008-09-01-fukuda-resignation.txt")
        for (w, h) in [(120, 40), (100, 30), (80, 24), (40, 12)] {
            var s = ReaderFixture.state(ja, width: w, height: h)
            for _ in 0..<3 {
                let g = Reader.render(s)
                #expect(GridCheck.problems(g).isEmpty, "\(w)x\(h)")
                #expect(g.lines().joined().contains { ("\u{4E00}"..."\u{9FFF}").contains($0) }, "\(w)x\(h)")
                s = Reader.update(s, .key(.character(" "))).state
            }
        }
    }

    @Test func emojiCombiningAndRightToLeftText() {
        let text = "Emoji 👨\u{200D}👩\u{200D}👧 and 🇯🇵 flags, cafe\u{301} ok.\nשלום עולם and مرحبا mixed with 漢字 text that wraps around the edge of a narrow pane.\n"
        let a = ReaderFixture.sections(text: text, headings: [])
        for w in [40, 57, 80, 120] {
            let g = Reader.render(ReaderFixture.state(a, analysis: Analysis(), width: w, height: 12))
            #expect(GridCheck.problems(g).isEmpty, "width \(w)")
            let all = g.lines().joined()
            #expect(all.contains("👨\u{200D}👩\u{200D}👧"))
            #expect(all.contains("שלום"))
        }
    }

    @Test func controlSequencesNeverReachACell() {
        let text = "Before \u{1B}[31mred\u{1B}[0m and \u{9B}2J C1 and bell\u{07} after. Bidi \u{202E}evil\u{202C} end.\n"
        let a = Article(source: "x.txt", format: .text, title: "T\u{1B}]0;pwned\u{07}", text: text)
        let g = Reader.render(ReaderFixture.state(a, analysis: Analysis(), width: 80, height: 12))
        #expect(GridCheck.problems(g).isEmpty)
        for c in g.cells {
            #expect(!c.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
        }
    }
}
