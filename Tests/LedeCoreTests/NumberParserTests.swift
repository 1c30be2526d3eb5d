import Testing
@testable import LedeCore

@Suite struct NumberParserTests {
    private func words(_ text: String) -> NumberParser.Reading? {
        let scalars = Array(text.unicodeScalars)
        let t = FactTokens(scalars: scalars, tokens: Tokenizer.tokenize(scalars))
        return NumberParser.words(t, at: 0)
    }

    private func digits(_ text: String) -> Double? {
        let s = Array(text.unicodeScalars)
        return NumberParser.digits(s, TextRange(0, s.count))
    }

    @Test func digitsWithSeparators() {
        #expect(digits("1,200") == 1200)
        #expect(digits("47,000") == 47000)
        #expect(digits("2.5") == 2.5)
        #expect(digits("1,234,567") == 1_234_567)
        #expect(digits("12") == 12)
    }

    @Test func digitsRefuseTimesOrdinalsAndBadGroups() {
        #expect(digits("15:30") == nil)
        #expect(digits("7th") == nil)
        #expect(digits("1990s") == nil)
        #expect(digits("1,20") == nil)
        #expect(digits("1234,567") == nil)
    }

    @Test func cardinalWords() {
        #expect(words("six people")?.value == 6)
        #expect(words("twenty-five people")?.value == 25)
        #expect(words("twenty five people")?.value == 25)
        #expect(words("two hundred and fifty people")?.value == 250)
        #expect(words("three million people")?.value == 3_000_000)
        #expect(words("a dozen states")?.value == 12)
        #expect(words("two dozen states")?.value == 24)
        #expect(words("one thousand two hundred people")?.value == 1200)
        #expect(words("a hundred sheets")?.value == 100)
    }

    @Test func fractionsNeedOf() {
        #expect(words("a third of them")?.value == 0.333)
        #expect(words("a third of them")?.isFraction == true)
        #expect(words("two-thirds of voters")?.value == 0.667)
        #expect(words("three quarters of the vote")?.value == 0.75)
        #expect(words("half of the hostages")?.value == 0.5)
        #expect(words("a third attempt") == nil)
        #expect(words("third place") == nil)
    }

    @Test func vagueCountsAreLowerBounds() {
        let r = words("hundreds of thousands of people")
        #expect(r?.value == 100_000)
        #expect(r?.atLeast == true)
        #expect(words("thousands of fans")?.value == 1000)
        #expect(words("dozens of rounds")?.value == 12)
        #expect(words("tens of thousands of emails")?.value == 10_000)
        #expect(words("tens of people") == nil)
    }

    @Test func articlesAloneAreNotNumbers() {
        #expect(words("a man") == nil)
        #expect(words("an attack") == nil)
    }
}
