import Testing
@testable import LedeUI
@testable import LedeScreen

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
