import Testing
@testable import LedeCore

/// The reference date order: --date, metadata, dateline, latest full date, none.
@Suite struct ReferenceDateTests {
    func resolve(_ text: String, option: String? = nil, published: PublicationDate? = nil) -> ReferenceDate {
        var article = PlainTextIngestor.article(text: text, source: "test")
        if let published { article.published = published }
        let tokens = Tokenizer.tokenize(article.text.scalars)
        let context = AnalysisContext(article: article, tokens: tokens,
                                      sentences: SentenceSplitter.split(text: article.text, tokens: tokens, blocks: article.blocks),
                                      options: AnalysisOptions(referenceDate: option.flatMap { CalendarDate(iso: $0) }))
        return ReferenceDateResolver.resolve(context)
    }

    let text = "Title of the story\n\nFriday, July 21, 2017\n\nThe team met on January 2, 2018 and on March 3, 2016."

    @Test func optionWins() {
        let r = resolve(text, option: "2017-07-18", published: PublicationDate(date: CalendarDate(year: 2020, month: 1, day: 1), source: .metadata))
        #expect(r == ReferenceDate(date: CalendarDate(year: 2017, month: 7, day: 18), source: .option))
    }

    @Test func metadataBeatsDateline() {
        let r = resolve(text, published: PublicationDate(date: CalendarDate(year: 2020, month: 1, day: 1), source: .frontMatter))
        #expect(r == ReferenceDate(date: CalendarDate(year: 2020, month: 1, day: 1), source: .metadata))
    }

    @Test func ingestedDatelineIsUsed() {
        let r = resolve(text, published: PublicationDate(date: CalendarDate(year: 2017, month: 7, day: 20), source: .dateline))
        #expect(r == ReferenceDate(date: CalendarDate(year: 2017, month: 7, day: 20), source: .dateline))
    }

    @Test func datelineFoundInTheFirstLines() {
        #expect(resolve(text) == ReferenceDate(date: CalendarDate(year: 2017, month: 7, day: 21), source: .dateline))
    }

    @Test func latestFullDateOtherwise() {
        let r = resolve("The team met on January 2, 2018 and on March 3, 2016 and in 2019.")
        #expect(r == ReferenceDate(date: CalendarDate(year: 2018, month: 1, day: 2), source: .latestDate))
    }

    @Test func noneWithoutDates() {
        #expect(resolve("Nothing dated here.") == ReferenceDate(date: nil, source: .none))
    }
}
