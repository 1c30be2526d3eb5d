import Testing
@testable import LedeUI
@testable import LedeScreen

@Suite struct DisplayWidthTableTests {
    @Test func tablesAreSortedAndDisjoint() {
        for table in [DisplayWidthTables.wide, DisplayWidthTables.extend] {
            #expect(!table.isEmpty)
            for (i, r) in table.enumerated() {
                #expect(r.0 <= r.1)
                if i > 0 { #expect(table[i - 1].1 < r.0) }
            }
        }
    }

    @Test func tablesAgreeWithKnownScalars() {
        #expect(DisplayWidth.isWide(0x4E00))      // CJK ideograph
        #expect(DisplayWidth.isWide(0xAC00))      // Hangul syllable
        #expect(DisplayWidth.isWide(0x1F600))     // emoji
        #expect(!DisplayWidth.isWide(0x00E9))
        #expect(!DisplayWidth.isWide(0x05D0))     // Hebrew
        #expect(DisplayWidth.isExtend(0x0301))    // combining acute
        #expect(DisplayWidth.isExtend(0x200D))    // zero-width joiner
        #expect(DisplayWidth.isExtend(0xFE0F))    // variation selector 16
        #expect(!DisplayWidth.isExtend(0x0041))
    }
}
