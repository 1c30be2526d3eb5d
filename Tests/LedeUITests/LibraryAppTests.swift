import LedeCore
import Testing
@testable import LedeUI
import LedeScreen
import LedeLibrary

@Suite struct LibraryAppTests {
    typealias D = LibraryTestData

    func app() -> Driven<LedeApp> { D.app() }

    func press(_ a: Driven<LedeApp>, _ keys: Key...) -> Driven<LedeApp> { a.pressing(keys) }

    func text(_ a: Driven<LedeApp>) -> String { a.frame.lines().joined(separator: "\n") }

    /// What the run loop does with a background thread: runs the requested analyses and hands them back.
    func analysed(_ a: Driven<LedeApp>) -> Driven<LedeApp> {
        var a = a
        a.runAnalyses()
        return a
    }

    /// Tab through the mentions until the entity is selected (the reader's own order decides how many).
    func select(_ name: String, in a: Driven<LedeApp>) -> Driven<LedeApp> {
        var a = a
        for _ in 0..<12 where a.reader?.selectedEntity?.name != name { a = press(a, .tab) }
        return a
    }

    @Test func enterOpensTheReaderAndQComesBackToTheSameRow() {
        var a = press(app(), .character("j"), .enter)
        #expect(a.reader?.document.article.source == "/lib/b.txt")
        #expect(text(a).contains("The crane fell in Mecca"))
        a = press(a, .character("q"))
        #expect(a.reader == nil && !a.isFinished)
        #expect(a.library.selected?.key.file == "/lib/b.txt")
        #expect(text(a).contains("1 Date ▼"))
        a = press(a, .character("q"))
        #expect(a.isFinished)
    }

    @Test func theReadingPositionIsRememberedPerArticle() {
        var a = press(app(), .enter)
        #expect(a.reader?.anchor == 0)
        // A short article cannot scroll: use a smaller terminal so it can.
        a.send(.resize(width: 40, height: 10))
        a = press(a, .character("j"), .character("j"))
        let anchor = a.reader?.anchor ?? 0
        #expect(anchor > 0)
        a = press(a, .character("q"))
        #expect(a.positions[LibraryEntry.Key(file: "/lib/a.txt")] == anchor)
        a = press(a, .enter)
        #expect(a.reader?.anchor == anchor)
    }

    @Test func aKeyOnTheSelectedEntityListsTheOtherArticlesAndEnterOpensAtTheFirstMention() {
        var a = select("Israel", in: analysed(press(app(), .enter)))
        #expect(a.reader?.selectedEntity?.name == "Israel")
        a = press(a, .character("a"))
        let screen = text(a)
        #expect(screen.contains("Other articles mentioning Israel · place"))
        #expect(screen.contains("Crane collapse in Mecca") && screen.contains("1 mention"))
        #expect(!screen.contains("Halevi resigns"))
        a = press(a, .enter)
        #expect(a.reader?.selectedEntity == nil)
        a = analysed(a)
        let b = D.texts["/lib/b.txt"]!
        let first = b.components(separatedBy: "Israel")[0].unicodeScalars.count
        #expect(a.reader?.document.article.source == "/lib/b.txt")
        #expect(a.reader?.selectedEntity?.name == "Israel")
        #expect(a.reader?.selection?.mention?.start == first)
        // Back out: the list, the first article, the library.
        a = press(a, .character("q"))
        #expect(text(a).contains("Other articles mentioning Israel"))
        a = press(a, .character("q"))
        #expect(a.reader?.document.article.source == "/lib/a.txt")
        a = press(a, .character("q"), .character("q"))
        #expect(a.isFinished)
    }

    @Test func anEntityNoOtherArticleMentionsGetsAnEmptyList() {
        var a = select("Herzi Halevi", in: analysed(press(app(), .enter)))
        a = press(a, .character("a"))
        #expect(text(a).contains("no other article of the library mentions Herzi Halevi"))
        #expect(press(a, .enter).reader == nil)
    }

    @Test func theMergedTimelineListsEventsByDateAndOpensAtTheSentence() {
        var a = press(app(), .character("t"))
        let lines = a.frame.trimmedLines()
        #expect(lines[0].contains("Timeline of 3 articles · 2 events"))
        #expect(lines[1].contains("2015-09-11") && lines[1].contains("The crane fell"))
        #expect(lines[2].contains("2025-03") && lines[2].contains("Halevi leaves") && lines[2].contains("Halevi resigns"))
        a = press(a, .character("j"), .enter)
        #expect(a.reader?.document.article.source == "/lib/a.txt")
        #expect(a.reader?.anchor ?? 0 > 0)

        // A filter narrows the timeline to the articles shown.
        var f = press(app(), .character("/"))
        for c in "mecca" { f = press(f, .character(c)) }
        f = press(f, .enter, .character("t"))
        #expect(text(f).contains("Timeline of 1 article · 1 event"))
    }

    @Test func aFileThatCannotBeReadAgainStaysOnTheListWithOneLine() {
        var services = D.services()
        services.read = { entry in throw IngestError(source: entry.key.file, reason: .missing) }
        var a = D.app(services: services)
        a = press(a, .enter)
        #expect(a.reader == nil)
        #expect(a.frame.trimmedLines()[29].contains("/lib/a.txt: no such file or directory"))
    }

    @Test func resizeReachesEveryScreen() {
        var a = press(app(), .enter)
        a.send(.resize(width: 80, height: 24))
        #expect(a.frame.width == 80)
        a = press(a, .character("q"))
        #expect(a.frame.width == 80 && a.frame.height == 24)
    }
}
