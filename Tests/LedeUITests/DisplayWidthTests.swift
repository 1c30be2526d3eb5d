import Testing
@testable import LedeUI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneCellEach() {
        #expect(DisplayWidth.of("Herzi Halevi") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func cjkAndEmojiAreTwoCells() {
        #expect(DisplayWidth.of("福田") == 4)
        #expect(DisplayWidth.of("ｱ") == 1)          // halfwidth katakana
        #expect(DisplayWidth.of("Ａ") == 2)         // fullwidth Latin
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("한국") == 4)
    }

    @Test func combiningMarksTakeNoCell() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("a\u{300}\u{316}b") == 2)
        // Decomposed Hangul: a leading consonant with vowel and final is one wide cluster.
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)
    }

    @Test func emojiSequencesAreOneCluster() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(DisplayWidth.of(family) == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)          // skin tone modifier
        #expect(DisplayWidth.of("🇯🇵") == 2)          // flag: two regional indicators
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)    // emoji presentation selector
        let s = Array(family.unicodeScalars)
        #expect(DisplayWidth.clusterEnd(s, from: 0, limit: s.count) == s.count)
    }

    @Test func rightToLeftTextIsMeasuredInLogicalOrder() {
        #expect(DisplayWidth.of("שלום") == 4)
        #expect(DisplayWidth.of("مرحبا") == 5)
    }
}

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
