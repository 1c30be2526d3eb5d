import Testing
@testable import LedeCore

/// Quotes, speakers and sources on the quote gold of readability pages (Tests/Fixtures/gold/quotes-*.jsonl, built
/// by .tools/quotes-gold/build.py): twelve development pages, thirteen held out first (pages of seven more sites
/// and six Wikinews articles, since looked at) and four held out last. Each page's text as Lede reads it from its
/// HTML is analysed here as plain text. The floors are the figures reached, so a change that loses a quote, gives one
/// to the wrong speaker, lists a non-quote or a wrong source fails here.
@Suite struct QuoteGoldTests {
    struct Floor: Sendable, CustomTestStringConvertible {
        let file: String
        let goldQuotes: Int
        let found: Int
        let speakers: Int
        /// Lede quotes that are wrong (no gold quote under them, or run on past it) at most.
        let wrongQuotes: Int
        let goldSources: Int
        let sources: Int
        /// Lede attributions with a wrong source at most.
        let wrongSources: Int
        var testDescription: String { file }
    }

    static let floors = [
        Floor(file: "quotes-dev.jsonl", goldQuotes: 163, found: 159, speakers: 157, wrongQuotes: 0, goldSources: 209,
              sources: 204, wrongSources: 3),
        Floor(file: "quotes-heldout.jsonl", goldQuotes: 50, found: 50, speakers: 50, wrongQuotes: 0, goldSources: 84,
              sources: 79, wrongSources: 0),
        Floor(file: "quotes-heldout2.jsonl", goldQuotes: 10, found: 9, speakers: 9, wrongQuotes: 0, goldSources: 13,
              sources: 12, wrongSources: 0),
    ]

    @Test(arguments: floors) func quotesKeepTheirFloors(_ floor: Floor) throws {
        let o = try QuoteGoldScorer.score(goldFile: floor.file)
        #expect(o.goldQuotes == floor.goldQuotes && o.goldSources == floor.goldSources, "\(o)")
        #expect(o.found >= floor.found && o.speakerOK >= floor.speakers, "\(o); \(o.errors)")
        #expect(o.ledeQuotes - o.quoteOK <= floor.wrongQuotes, "\(o); \(o.errors)")
        #expect(o.sourcesFound >= floor.sources && o.ledeSources - o.sourceOK <= floor.wrongSources, "\(o); \(o.errors)")
    }

    @Test func namesCompareAsTheScorerDoes() {
        #expect(QuoteGoldScorer.sameSource("Obama administration officials", "~administration officials"))
        #expect(!QuoteGoldScorer.sameSource("Obama", "~administration officials"))
        #expect(QuoteGoldScorer.sameSource("President Barack Obama", "Barack Obama"))
        #expect(QuoteGoldScorer.sameSource("Mr. Reeves", "Reeves"))
        #expect(!QuoteGoldScorer.sameSource("World Travel", "World Travel and Tourism Council"))
        #expect(QuoteGoldScorer.sameSource("a number of analysts", "~analysts"))
    }
}
