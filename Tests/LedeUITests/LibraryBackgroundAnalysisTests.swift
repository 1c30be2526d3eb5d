import LedeCore
import Testing
@testable import LedeUI
import LedeScreen
import LedeLibrary

/// Opening an article from the library never analyses it on the interface thread: the reader shows the text at
/// once, keys work, and the analysis arrives from the run loop's background thread.
@Suite struct LibraryBackgroundAnalysisTests {
    typealias D = LibraryTestData

    func press(_ a: Driven<LedeApp>, _ keys: Key...) -> Driven<LedeApp> { a.pressing(keys) }

    func lines(_ a: Driven<LedeApp>) -> [String] { a.frame.trimmedLines() }

    @Test func openingShowsTheTextAtOnceAndAnalysesOnlyWhenTheRunLoopAsks() throws {
        let log = LockedLog()
        var a = D.app(services: D.services(analyzeLog: log))
        a = press(a, .character("j"), .enter)
        #expect(log.all.isEmpty)
        #expect(a.reader?.document.analysis == nil)
        #expect(lines(a).joined(separator: "\n").contains("The crane fell in Mecca"))
        #expect(lines(a).last?.contains("analysing…") == true)
        // Keys work meanwhile: Tab says the analysis is still running instead of selecting.
        a = press(a, .tab)
        #expect(a.reader?.selectedEntity == nil)
        #expect(lines(a).last?.contains("the analysis is still running") == true)

        let requests = a.takeHeldAnalyses()
        #expect(requests.map(\.article.source) == ["/lib/b.txt"])
        #expect(a.takeHeldAnalyses().isEmpty)
        let analysis = try a.services.analyze(requests[0].article)
        #expect(log.all == ["/lib/b.txt"])
        a.send(.analysisFinished(analysis, request: requests[0].id))
        #expect(a.reader?.document.analysis != nil)
        #expect(lines(a).last?.contains("analysing…") == false)
        a = press(a, .tab)
        #expect(a.reader?.selectedEntity?.name == "Mecca")
    }

    @Test func aResultForAReaderClosedMeanwhileIsDropped() throws {
        var a = D.app()
        a = press(a, .enter)
        let first = a.takeHeldAnalyses()
        a = press(a, .character("q"), .character("j"), .enter)
        let second = a.takeHeldAnalyses()
        #expect(a.reader?.document.article.source == "/lib/b.txt")
        a.send(.analysisFinished(try a.services.analyze(first[0].article), request: first[0].id))
        #expect(a.reader?.document.analysis == nil)
        a.send(.analysisFinished(try a.services.analyze(second[0].article), request: second[0].id))
        #expect(a.reader?.document.analysis?.entities.contains { $0.name == "Mecca" } == true)
    }

    @Test func aMentionTargetIsSelectedWhenTheAnalysisArrivesUnlessTheViewMoved() {
        let b = D.texts["/lib/b.txt"]!
        let mecca = b.components(separatedBy: "Mecca")[0].unicodeScalars.count
        var a = D.app()
        a.open(ArticleTarget(key: .init(file: "/lib/b.txt"), offset: mecca))
        a.runAnalyses()
        #expect(a.reader?.selectedEntity?.name == "Mecca")

        // Moved away before the analysis came: the view stays where the reader put it, nothing is selected.
        a = D.app(library: D.library(width: 40, height: 10))
        let text = D.texts["/lib/a.txt"]!
        let halevi = text.components(separatedBy: "Halevi leaves")[0].unicodeScalars.count
        a.open(ArticleTarget(key: .init(file: "/lib/a.txt"), offset: halevi))
        a = press(a, .character("j"), .character("j"))
        let anchor = a.reader?.anchor
        a.runAnalyses()
        #expect(a.reader?.anchor == anchor)
        #expect(a.reader?.selectedEntity == nil)
    }
}
