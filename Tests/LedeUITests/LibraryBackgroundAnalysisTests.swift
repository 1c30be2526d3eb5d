import LedeCore
import Testing
@testable import LedeUI
import LedeScreen
import LedeLibrary

/// Opening an article from the library never analyses it on the interface thread: the reader shows the text at
/// once, keys work, and the analysis arrives from the run loop's background thread.
@Suite struct LibraryBackgroundAnalysisTests {
    typealias D = LibraryTestData

    func press(_ a: LedeApp, _ keys: Key...) -> LedeApp {
        keys.reduce(a) { LedeApp.update($0, .key($1)) }
    }

    func lines(_ a: LedeApp) -> [String] { LedeApp.render(a).trimmedLines() }

    @Test func openingShowsTheTextAtOnceAndAnalysesOnlyWhenTheRunLoopAsks() {
        let log = LockedLog()
        var a = LedeApp(library: D.library(), services: D.services(analyzeLog: log))
        a = press(a, .character("j"), .enter)
        #expect(log.all.isEmpty)
        #expect(a.reader?.document.analysis == nil)
        #expect(lines(a).joined(separator: "\n").contains("The crane fell in Mecca"))
        #expect(lines(a).last?.contains("analysing…") == true)
        // Keys work meanwhile: Tab says the analysis is still running instead of selecting.
        a = press(a, .tab)
        #expect(a.reader?.selectedEntity == nil)
        #expect(lines(a).last?.contains("the analysis is still running") == true)

        let requests = a.takeAnalysisRequests()
        #expect(requests.map(\.key) == [LibraryEntry.Key(file: "/lib/b.txt")])
        #expect(a.takeAnalysisRequests().isEmpty)
        let analysis = requests[0].run()
        #expect(log.all == ["/lib/b.txt"])
        a.analysisFinished(analysis, for: requests[0])
        #expect(a.reader?.document.analysis != nil)
        #expect(lines(a).last?.contains("analysing…") == false)
        a = press(a, .tab)
        #expect(a.reader?.selectedEntity?.name == "Mecca")
    }

    @Test func aResultForAReaderClosedMeanwhileIsDropped() {
        var a = LedeApp(library: D.library(), services: D.services())
        a = press(a, .enter)
        let first = a.takeAnalysisRequests()
        a = press(a, .character("q"), .character("j"), .enter)
        let second = a.takeAnalysisRequests()
        #expect(a.reader?.document.article.source == "/lib/b.txt")
        a.analysisFinished(first[0].run(), for: first[0])
        #expect(a.reader?.document.analysis == nil)
        a.analysisFinished(second[0].run(), for: second[0])
        #expect(a.reader?.document.analysis?.entities.contains { $0.name == "Mecca" } == true)
    }

    @Test func aMentionTargetIsSelectedWhenTheAnalysisArrivesUnlessTheViewMoved() {
        let b = D.texts["/lib/b.txt"]!
        let mecca = b.components(separatedBy: "Mecca")[0].unicodeScalars.count
        var a = LedeApp(library: D.library(), services: D.services())
        a.open(ArticleTarget(key: .init(file: "/lib/b.txt"), offset: mecca))
        var r = a.takeAnalysisRequests()
        a.analysisFinished(r[0].run(), for: r[0])
        #expect(a.reader?.selectedEntity?.name == "Mecca")

        // Moved away before the analysis came: the view stays where the reader put it, nothing is selected.
        a = LedeApp(library: D.library(width: 40, height: 10), services: D.services())
        let text = D.texts["/lib/a.txt"]!
        let halevi = text.components(separatedBy: "Halevi leaves")[0].unicodeScalars.count
        a.open(ArticleTarget(key: .init(file: "/lib/a.txt"), offset: halevi))
        a = press(a, .character("j"), .character("j"))
        let anchor = a.reader?.anchor
        r = a.takeAnalysisRequests()
        a.analysisFinished(r[0].run(), for: r[0])
        #expect(a.reader?.anchor == anchor)
        #expect(a.reader?.selectedEntity == nil)
    }
}
