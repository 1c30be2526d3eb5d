import Testing
@testable import LedeCore

/// Fragments that end mid-pattern must never read past the tokens, and every fact must point into the text.
@Suite struct FactRobustnessTests {
    static let fragments = [
        "", "1", "$", "$1", "1,", "a", "a third", "hundreds of", "twenty-", "-5", "1 –", "1 – ", "– 2", "3-", "US$",
        "\"", "“", "”", "\"\"", "“ ”", "said", "he said", "said,", "according", "according to", "according to the",
        "Lt.", "Lt. Gen.", ", leader of", "Prime Minister", "5 km/", "5 km/h", "(02) 1", "+1 212", "[12", "12]",
        "No.", "No. 5", "January 21,", "2025-01-", "1.2.3.4", "9:50 am", "“Hello there my friend,” said",
        "said “one two three four”", "over 1,200", "at least six", "a dozen", "two-thirds of", "°", "5°", "5°C",
        "€3m", "£", "percentage points", "5 per", "5 per cent", "the 2018", "in 2018", "2000 people", "§ 4",
    ]

    @Test func fragmentsDoNotCrashAndFactsStayInTheText() {
        for text in Self.fragments {
            for variant in [text, text + ".", "X " + text, text + " Y"] {
                let c = FactTestSupport.context(variant)
                let n = variant.unicodeScalars.count
                let smith = FactTestSupport.entity("e1", .person, "John Smith", in: variant, names: ["X", "Y"])
                let r = FactExtractor.extract(c, entities: [smith], times: [])
                for f in r.facts {
                    #expect(f.range.start >= 0 && f.range.end <= n && f.range.start < f.range.end, "\(variant)")
                    #expect(f.sentence.start >= 0 && f.sentence.end <= n, "\(variant)")
                }
            }
        }
    }

    @Test func unbalancedQuotesAcrossParagraphs() {
        // The first paragraph ends with no closing mark and the next opens with one: one quote over both. The last
        // quote has no closing mark at all: it ends with its paragraph.
        let text = "“It was a long night, and we are tired,\n“but we will go on,” said Smith.\nHe said “nothing more"
        let smith = FactTestSupport.entity("e1", .person, "John Smith", in: text, names: ["Smith"])
        let quotes = FactTestSupport.facts(text, kind: .quote, entities: [smith])
        #expect(quotes.map(\.quote) == ["It was a long night, and we are tired,\nbut we will go on,", "nothing more"])
        #expect(quotes.allSatisfy { $0.speaker == "John Smith" })
    }
}
