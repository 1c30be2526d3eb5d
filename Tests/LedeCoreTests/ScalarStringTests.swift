import Testing
@testable import LedeCore

@Suite("ScalarString: strings from scalars")
struct ScalarStringTests {
    @Test(arguments: ["", "Halevi", "Is-rael’s", "café Zürich", "福田首相、辞意を表明", "👍🏽 e\u{301} 🇮🇱", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
    func everyUTF8LengthRoundTrips(_ s: String) {
        let scalars = Array(s.unicodeScalars)
        #expect(ScalarString.make(scalars) == s)
        #expect(ScalarString.make(scalars, 0, scalars.count) == s)
        #expect(ScalarString.make(scalars[...]).utf8.elementsEqual(s.utf8))
    }

    @Test func rangesAreScalarOffsetsAndClampedInArticleText() {
        let text = ArticleText("Is-rael’s 福田 👍🏽!")
        #expect(text[TextRange(0, 7)] == "Is-rael")
        #expect(text[TextRange(10, 12)] == "福田")
        #expect(text[TextRange(13, 15)] == "👍🏽")
        #expect(text[TextRange(13, 1_000)] == "👍🏽!")
        #expect(text[TextRange(5, 5)] == "")
    }
}
