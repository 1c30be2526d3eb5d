import Testing
@testable import LedeCore

@Suite struct KeyTableTests {
    @Test func findsEveryKeyAndNothingElse() {
        let words = (0..<500).map { "word\($0)" }
        let table = KeyTable(words.enumerated().map { (WordKey.of($0.element), UInt8($0.offset % 255 + 1)) })
        for (k, w) in words.enumerated() { #expect(table.code(WordKey.of(w)) == UInt8(k % 255 + 1)) }
        #expect(table.code(WordKey.of("absent")) == 0)
        #expect(table.code(0) == 0)
    }

    @Test func factTriggersMatchTheLexicons() {
        #expect(FactExtractor.Trigger(rawValue: FactExtractor.triggers.code(WordKey.of("said"))) == .speech)
        #expect(FactExtractor.Trigger(rawValue: FactExtractor.triggers.code(WordKey.of("Twenty-Five"))) == .number)
        #expect(FactExtractor.Trigger(rawValue: FactExtractor.triggers.code(WordKey.of("according"))) == .according)
        #expect(FactExtractor.triggers.code(WordKey.of("ministry")) == 0)
    }
}
