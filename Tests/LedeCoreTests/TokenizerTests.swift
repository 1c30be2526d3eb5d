import Testing
@testable import LedeCore

@Suite struct TokenizerTests {
    func words(_ s: String) -> [String] {
        let text = ArticleText(s)
        return Tokenizer.tokenize(text.scalars).map { text[$0.range] }
    }

    @Test func splitsPossessiveEndingFromName() {
        #expect(words("Is-rael’s top military leader") == ["Is-rael", "’s", "top", "military", "leader"])
        #expect(words("Halevi's decision") == ["Halevi", "'s", "decision"])
    }

    @Test func keepsPluralPossessiveApostropheApart() {
        #expect(words("Hamas’ surprise attack") == ["Hamas", "’", "surprise", "attack"])
    }

    @Test func keepsHyphenatedNamesAndContractions() {
        #expect(words("Itamar Ben-Gvir didn't") == ["Itamar", "Ben-Gvir", "didn't"])
    }

    @Test func keepsDottedAbbreviationsWhole() {
        #expect(words("critics of U.S. President Donald Trump in Washington D.C. today")
                == ["critics", "of", "U.S.", "President", "Donald", "Trump", "in", "Washington", "D.C.", "today"])
    }

    @Test func keepsNumbersWithSeparators() {
        #expect(words("over 1,200 civilians, 3.5 percent at 15:30") ==
                ["over", "1,200", "civilians", ",", "3.5", "percent", "at", "15:30"])
        #expect(words("the 1990s and the 7th") == ["the", "1990s", "and", "the", "7th"])
    }

    @Test func titleAbbreviationKeepsItsDotSeparate() {
        #expect(words("Lt. Gen. Herzi Halevi") == ["Lt", ".", "Gen", ".", "Herzi", "Halevi"])
    }

    @Test func symbolsAndEllipsis() {
        let text = ArticleText("$40 billion... 90%")
        let toks = Tokenizer.tokenize(text.scalars)
        #expect(toks.map { text[$0.range] } == ["$", "40", "billion", "...", "90", "%"])
        #expect(toks[0].kind == .symbol && toks[1].kind == .number && toks[3].kind == .punctuation)
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        // "é" as e + combining acute is two scalars; the emoji flag is two scalars.
        let text = ArticleText("Cafe\u{301} 🇯🇵 Tokyo")
        let toks = Tokenizer.tokenize(text.scalars)
        #expect(toks.first?.range == TextRange(0, 5))
        #expect(toks.last?.range == TextRange(9, 14))
        #expect(text[toks.last!.range] == "Tokyo")
    }
}
