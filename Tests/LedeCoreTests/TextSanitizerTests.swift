import Testing
@testable import LedeCore

@Suite struct TextSanitizerTests {
    @Test func replacesControlsOneForOne() {
        let s = "a\u{1B}[31mred\u{7}\u{7F}\u{9B}2J\tok\n"
        let out = TextSanitizer.sanitize(s)
        #expect(out == "a\u{FFFD}[31mred\u{FFFD}\u{FFFD}\u{FFFD}2J\tok\n")
        #expect(out.unicodeScalars.count == s.unicodeScalars.count)
    }

    @Test func normalisesNewlines() {
        #expect(TextSanitizer.normalizeNewlinesAndSanitize("a\r\nb\rc\n\u{1B}") == "a\nb\nc\n\u{FFFD}")
    }

    @Test func singleLineFieldsLoseNewlinesAndTabs() {
        #expect(TextSanitizer.singleLine("Title\nwith\ttab\u{1B}") == "Title with tab ")
    }

    @Test func leavesSafeTextAlone() {
        let s = "Is-rael’s 福田首相 🇯🇵"
        #expect(TextSanitizer.sanitize(s) == s)
    }
}
