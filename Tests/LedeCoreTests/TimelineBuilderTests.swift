import Foundation
import Testing
@testable import LedeCore

/// The timeline: events from dated clauses, their order, summaries, ends, and the seed targets.
@Suite struct TimelineBuilderTests {
    @Test func seedMeetsTheTimeAndTimelineTargets() throws {
        let doc = try #require(try TimeFixtures.gold("seed.jsonl").first)
        let analysis = TimeFixtures.analyze(doc.text, date: doc.dct)
        let score = TimeFixtures.valueF1(gold: doc.timexes, system: analysis.times)
        #expect(score.f1 >= 95, "value F1 \(score.f1): \(score.matched) of \(score.gold) gold, \(score.system) found")
        let found = doc.timeline.filter { g in
            analysis.timeline.contains { $0.date == g.date && $0.range.start < g.end && g.start < $0.range.end }
        }
        #expect(found.count == 7 && doc.timeline.count == 7)
    }

    @Test func eventsAreSortedByDateThenTextOrder() throws {
        let text = try TimeFixtures.corpus("seed-halevi-resigns.txt")
        let timeline = TimeFixtures.analyze(text).timeline
        #expect(!timeline.isEmpty)
        for (a, b) in zip(timeline, timeline.dropFirst()) {
            #expect(a.date < b.date || (a.date == b.date && a.range.start < b.range.start))
        }
    }

    @Test func summariesAreSubjectAndPredicate() throws {
        let text = try TimeFixtures.corpus("seed-halevi-resigns.txt")
        let summaries = TimeFixtures.analyze(text).timeline.map { "\($0.date) \($0.summary)" }
        #expect(summaries.contains("2025-01-21 Herzi Halevi announced his resignation"))
        #expect(summaries.contains("2025-01-21 Israel launched an extensive military operation in Jenin"))
        #expect(summaries.contains("2023-10-07 Hamas’ surprise attack"))
        #expect(summaries.contains("2025-01 more than 90 hostages are still being held in Gaza"))
        #expect(summaries.contains("2025-01-18 The ceasefire began"))
    }

    @Test func aDurationInTheSentenceGivesTheEnd() {
        let a = TimeFixtures.analyze("The ceasefire, which began on January 18, 2025, is intended to last six weeks.")
        #expect(a.timeline.count == 1)
        #expect(a.timeline.first?.date == "2025-01-18")
        #expect(a.timeline.first?.end == "2025-03-01")
    }

    @Test func aRangeGivesTheEnd() {
        let a = TimeFixtures.analyze("The first referendum is to be held from November 20 to December 11, 2015.")
        #expect(a.timeline.first?.date == "2015-11-20")
        #expect(a.timeline.first?.end == "2015-12-11")
    }

    @Test func corpusArticleTimelineUsesTheDateline() throws {
        // Afghan robotics team (Wikinews, 2017): the dateline gives the reference, "Tuesday" is before it.
        let text = try TimeFixtures.corpus("wikinews-2017-07-21-afghan-girls-robotics-team.html")
        let article = try #require(try Ingestor.articles(from: Data(text.utf8), source: "afghan.html", hint: "html").first)
        let a = Analyzer.analyze(article)
        #expect(a.referenceDate.date == CalendarDate(year: 2017, month: 7, day: 21))
        #expect(a.times.contains { $0.text == "Tuesday" && $0.value == "2017-07-18" })
        #expect(a.timeline.contains { $0.date == "2017-07-18" })
    }

    @Test func inferredDatesAreNotExact() {
        let a = TimeFixtures.analyze("Halevi announced his resignation on January 21, 2025. On the same day, Israel launched an operation in Jenin.")
        #expect(a.timeline.map(\.exact) == [true, false])
    }

    @Test func datelinesAndVagueReferencesAreNotEvents() {
        let a = TimeFixtures.analyze("Friday, July 21, 2017\n\nThe team was awarded a medal in recent years and stayed six weeks.")
        #expect(a.timeline.isEmpty)
    }

    @Test func datedQuantitiesLinkToTheirEvent() throws {
        let text = "The attack came on October 7, 2023. As of January 2025, more than 90 hostages are still being held in Gaza."
        let article = PlainTextIngestor.article(text: text, source: "test")
        let context = AnalysisContext(article: article, tokens: Tokenizer.tokenize(article.text.scalars),
                                      sentences: [TextRange(0, 35), TextRange(36, article.text.count)], options: AnalysisOptions())
        let times = TimeTagger.tag(context, reference: ReferenceDateResolver.resolve(context))
        var fact = Fact(kind: .quantity, range: TextRange(56, 77), sentence: TextRange(36, article.text.count))
        fact.value = 90
        var facts = [fact]
        let timeline = TimelineBuilder.build(context, entities: [], times: times, facts: &facts)
        let k = try #require(facts[0].timelineIndex)
        #expect(timeline[k].date == "2025-01")
    }
}
