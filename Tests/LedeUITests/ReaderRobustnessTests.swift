import LedeCore
import Testing
@testable import LedeUI
import LedeScreen

/// Odd documents and odd analyses must never crash the reader or break the grid.
@Suite struct ReaderRobustnessTests {
    static let keys: [Key] = [.tab, .backTab, .character("*"), .character("#"), .character("e"), .enter,
                              .character("s"), .character(" "), .enter, .character("S"), .character("]"),
                              .character("["), .character("f"), .down, .enter, .character("t"), .up, .enter,
                              .escape, .character("/"), .character("a"), .enter, .character("n"), .character("N"),
                              .character("B"), .character("G"), .character("g"), .character("T"), .function(1),
                              .pageDown, .escape, .control("d"), .control("u"), .character("q")]

    func exercise(_ article: Article, _ analysis: Analysis?) {
        var s = ReaderState(document: ReaderDocument(article: article, analysis: analysis), theme: .default,
                            width: 100, height: 30)
        for (n, k) in ReaderRobustnessTests.keys.enumerated() {
            s = Reader.update(s, .key(k)).state
            if n % 5 == 0 { s = Reader.update(s, .mouse(MouseEvent(x: n * 7 % 100, y: n % 30, action: .press))).state }
            let g = Reader.render(s)
            #expect(g.width == 100 && g.height == 30)
            #expect(GridCheck.problems(g).isEmpty)
        }
    }

    @Test func emptyAndBlankArticles() {
        exercise(Article(source: "empty.txt", format: .text, text: ""), Analysis())
        exercise(Article(source: "blank.txt", format: .text, text: "   \n\n\t\n"), nil)
        let g = Reader.render(ReaderState(document: ReaderDocument(article: Article(source: "e", format: .text, text: ""),
                                                                   analysis: Analysis()),
                                          theme: .default, width: 80, height: 24))
        #expect(g.trimmedLines().joined().contains("no text"))
    }

    @Test func analysisWithRangesOutsideTheText() {
        let article = ReaderFixture.sections(text: "One line of text.\n", headings: [])
        let bad = TextRange(5, 500)
        var fact = Fact(kind: .quantity, range: TextRange(400, 410), sentence: TextRange(400, 420))
        fact.what = "nothing"
        let analysis = Analysis(sentences: [TextRange(0, 17), TextRange(-3, 2)],
                                entities: [Entity(id: "e1", name: "Ghost", type: .person,
                                                  mentions: [Mention(range: bad, text: "x"),
                                                             Mention(range: TextRange(-5, -1), text: "y")])],
                                times: [TimeExpression(range: TextRange(900, 901), text: "z", type: .date, value: "2020")],
                                facts: [fact],
                                timeline: [TimelineEvent(date: "2020", summary: "far away", range: TextRange(900, 901),
                                                         sentence: TextRange(900, 950))])
        exercise(article, analysis)
    }

    @Test func blocksOutOfOrderOrOverlapping() {
        let text = "Alpha beta gamma.\nDelta epsilon.\nZeta eta theta.\n"
        let article = Article(source: "x", format: .text, text: text,
                              blocks: [Block(kind: .paragraph, range: TextRange(33, 48)),
                                       Block(kind: .heading, range: TextRange(0, 17), level: 1),
                                       Block(kind: .paragraph, range: TextRange(10, 32)),
                                       Block(kind: .listItem, range: TextRange(18, 32)),
                                       Block(kind: .boilerplate, range: TextRange(40, 999))],
                              sections: [Section(title: "B", range: TextRange(18, 48)), Section(title: "A", range: TextRange(0, 18))])
        exercise(article, nil)
    }

    @Test func hugeSingleLineBlock() {
        let text = String(repeating: "word ", count: 20_000) + String(repeating: "長", count: 5_000)
        let article = Article(source: "x", format: .text, text: text)
        var s = ReaderState(document: ReaderDocument(article: article, analysis: nil), theme: .default, width: 80, height: 24)
        s = Reader.update(s, .key(.character("G"))).state
        #expect(s.percent == 100)
        #expect(Reader.render(s).trimmedLines()[22].contains("長"))
        s = Reader.update(s, .key(.character("g"))).state
        #expect(s.anchor == 0)
    }
}
