import Testing
@testable import LedeCore

@Suite struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let text = ArticleText(s)
        let tokens = Tokenizer.tokenize(text.scalars)
        return SentenceSplitter.split(text: text, tokens: tokens, blocks: []).map { text[$0] }
    }

    @Test func survivesMilitaryTitles() {
        let s = "In a dramatic turn of events, Is-rael’s top military leader, Lt. Gen. Herzi Halevi, announced his resignation. This attack followed."
        #expect(sentences(s) == [
            "In a dramatic turn of events, Is-rael’s top military leader, Lt. Gen. Herzi Halevi, announced his resignation.",
            "This attack followed.",
        ])
    }

    @Test func usAbbreviationEndsASentenceOnlyBeforeASentenceStarter() {
        #expect(sentences("He met U.S. President Donald Trump. The talks ended.").count == 2)
        #expect(sentences("The team was allowed into the U.S. The President later acted.").count == 2)
    }

    @Test func doctorsNumbersDecimalsAndInitials() {
        #expect(sentences("Dr. Smith lives at No. 10 Downing Street. It rose 3.5 percent.").count == 2)
        #expect(sentences("Special Counsel Robert S. Mueller wrote it. J. K. Rowling did not.").count == 2)
        #expect(sentences("It happened on Jan. 21 in Gaza.").count == 1)
    }

    @Test func quotesAndEllipses() {
        #expect(sentences("“We will win,” he said. “Never.” She left.") ==
                ["“We will win,” he said.", "“Never.”", "She left."])
        #expect(sentences("He paused... and went on. Then... The end.") == ["He paused... and went on.", "Then...", "The end."])
    }

    @Test func questionAndExclamation() {
        #expect(sentences("Looking Ahead: A Path to Peace or Continued Violence? Whether this marks it remains unclear!").count == 2)
    }

    @Test func neverCrossesABlock() {
        let text = ArticleText("A Resounding Blow to National Security\nHalevi’s decision to resign comes amid an operation.")
        let tokens = Tokenizer.tokenize(text.scalars)
        let blocks = [Block(kind: .heading, range: TextRange(0, 38), level: 2),
                      Block(kind: .paragraph, range: TextRange(39, text.count))]
        let s = SentenceSplitter.split(text: text, tokens: tokens, blocks: blocks)
        #expect(s.map { text[$0] } == ["A Resounding Blow to National Security",
                                       "Halevi’s decision to resign comes amid an operation."])
    }
}
