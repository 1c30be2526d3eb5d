import Testing
@testable import LedeUI
@testable import LedeScreen

@Suite struct LineWrapperTests {
    func wrap(_ text: String, _ width: Int) -> [String] {
        let s = Array(text.unicodeScalars)
        return LineWrapper.wrap(s, 0..<s.count, width: width).map {
            String(String.UnicodeScalarView(s[$0.start..<$0.end]))
        }
    }

    @Test func wrapsAtWordBoundaries() {
        #expect(wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
        #expect(wrap("short", 10) == ["short"])
        #expect(wrap("", 10) == [""])
    }

    @Test func cutsWordsLongerThanTheLine() {
        #expect(wrap("abcdefghij klm", 4) == ["abcd", "efgh", "ij", "klm"])
    }

    @Test func cjkBreaksBetweenCharactersAndFillsTwoCellsEach() {
        let lines = wrap("福田康夫首相は辞任を表明した", 10)
        #expect(lines == ["福田康夫首", "相は辞任を", "表明した"])
        for l in lines { #expect(DisplayWidth.of(l) <= 10) }
    }

    @Test func cjkStopsAndClosingBracketsStayWithTheirWords() {
        // The Fukuda article (ja-wikinews-2008-09-01-fukuda-resignation.txt): 「驚いている。」 at a line's end.
        let text = "経団連は「突然の辞意表明に驚いている。」などとコメントした。"
        for width in 6...24 {   // "る。」" cannot be split, and needs 6 cells
            let lines = wrap(text, width)
            #expect(lines.joined() == text)
            for l in lines.dropFirst() {
                #expect(!l.hasPrefix("。") && !l.hasPrefix("」") && !l.hasPrefix("、"), "width \(width): \(lines)")
            }
            for l in lines.dropLast() { #expect(!l.hasSuffix("「"), "width \(width): \(lines)") }
            for l in lines { #expect(DisplayWidth.of(l) <= width) }
        }
    }

    @Test func neverSplitsAGrapheme() {
        let text = "ab👨\u{200D}👩\u{200D}👧cd e\u{301}e\u{301}e\u{301}"
        for width in 1...8 {
            let lines = wrap(text, width)
            #expect(lines.joined() == text.replacingOccurrences(of: " ", with: ""))
            for l in lines where DisplayWidth.of(l) > width {
                // Only a single cluster wider than the line may overflow it.
                #expect(l.count == 1)
            }
        }
    }

    @Test func everyLineFitsItsWidth() {
        let text = "In a dramatic turn of events, Is-rael’s top military leader, Lt. Gen. Herzi Halevi, announced 辞任 😀 on January 21, 2025."
        for width in 1...40 {
            for l in wrap(text, width) where l.count > 1 { #expect(DisplayWidth.of(l) <= width) }
        }
    }
}
