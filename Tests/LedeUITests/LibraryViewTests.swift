import LedeCore
import Testing
@testable import LedeUI
import LedeScreen
import LedeLibrary

@Suite struct LibraryViewTests {
    typealias D = LibraryTestData

    func row(_ grid: CellGrid, containing text: String) -> Int? {
        grid.lines().firstIndex { $0.contains(text) }
    }

    @Test func rowsShowDateTitleSourceWordsAndTopEntitiesNewestFirst() {
        let grid = Library.render(D.library(width: 120, height: 30))
        let lines = grid.trimmedLines()
        #expect(lines[0].contains("3 articles"))
        #expect(lines[1].contains("1 Date ▼") && lines[1].contains("2 Title") && lines[1].contains("3 Source"))
        #expect(lines[1].contains("Words") && lines[1].contains("Top entities"))
        #expect(lines[2].contains("2025-01-21") && lines[2].contains("Halevi resigns") && lines[2].contains("timesofisrael.com")
                && lines[2].contains("14") && lines[2].contains("Herzi Halevi, Israel"))
        #expect(lines[3].contains("2015-09-12") && lines[3].contains("Crane collapse in Mecca"))
        // Not analysed yet: the file name, no date, the word count pending, dimmed.
        #expect(lines[4].contains("—") && lines[4].contains("c.txt") && lines[4].contains("…"))
        #expect(grid[13, 4].style == Theme.default.style(.dim))
        // The selected row is drawn with the cursor style across the width.
        #expect(grid[0, 2].style == Theme.default.style(.cursor))
        #expect(grid[119, 2].style == Theme.default.style(.cursor))
        #expect(lines[29].contains("Enter open") && lines[29].contains("/ filter"))
    }

    @Test func sortKeysReorderAndReverseAndTheHeaderSaysSo() {
        var s = D.press(D.library(), .character("2"))
        #expect(s.visible.map(\.title) == ["c.txt", "Crane collapse in Mecca", "Halevi resigns"])
        #expect(Library.render(s).lines()[1].contains("2 Title ▲"))
        s = D.press(s, .character("2"))
        #expect(s.visible.map(\.title) == ["Halevi resigns", "Crane collapse in Mecca", "c.txt"])
        #expect(Library.render(s).lines()[1].contains("2 Title ▼"))
        s = D.press(s, .character("3"))
        #expect(s.visible.map(\.source) == ["c.txt", "timesofisrael.com", "wikinews.org"])
        // Dates ascending still keep the undated article last.
        s = D.press(s, .character("1"), .character("1"))
        #expect(s.visible.map(\.title) == ["Crane collapse in Mecca", "Halevi resigns", "c.txt"])
    }

    @Test func selectionFollowsTheArticleThroughASort() {
        var s = D.press(D.library(), .character("j"))
        #expect(s.selected?.title == "Crane collapse in Mecca")
        s = D.press(s, .character("2"))
        #expect(s.selected?.title == "Crane collapse in Mecca")
        #expect(s.cursor == 1)
    }

    @Test func slashFiltersLiveByFullTextAndEnterKeepsIt() {
        let log = LockedLog()
        let services = D.services(searchLog: log)
        var s = D.press(D.library(), .character("/"), services: services)
        s = D.type(s, "condol", services: services)
        // "condolences" is only in the body of b: the text index answered, not the titles.
        #expect(s.visible.map(\.title) == ["Crane collapse in Mecca"])
        #expect(log.all.last == "condol")
        var lines = Library.render(s).trimmedLines()
        #expect(lines[29].hasPrefix(" /condol"))
        #expect(lines[0].contains("1 of 3 articles"))
        s = D.press(s, .enter)
        #expect(s.filter == "condol" && s.filterInput == nil)
        lines = Library.render(s).trimmedLines()
        #expect(lines[29].contains("filter: condol"))
        // Titles, sources and entity names match too, also for rows the index does not have yet.
        s = D.press(s, .character("/"), .control("u"))
        s = D.type(s, "c.tx")
        #expect(s.visible.map(\.title) == ["c.txt"])
        // Esc in the prompt restores the filter in force; Esc on the list clears it.
        s = D.press(s, .escape)
        #expect(s.visible.map(\.title) == ["Crane collapse in Mecca"])
        s = D.press(s, .escape)
        #expect(s.visible.count == 3 && s.filter.isEmpty)
    }

    @Test func aFilterWithNoMatchSaysSo() {
        var s = D.press(D.library(), .character("/"))
        s = D.type(s, "zebra")
        #expect(s.visible.isEmpty)
        #expect(Library.render(s).lines()[3].contains("no article matches “zebra”"))
        s = D.press(s, .backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(s.visible.count == 3)
    }

    @Test func enterAsksToOpenTheSelectedArticleAndQToQuit() {
        let s = D.press(D.library(), .character("j"), .enter)
        #expect(s.request == .open(ArticleTarget(key: .init(file: "/lib/b.txt"))))
        #expect(D.press(s, .character("q")).request == .quit)
        #expect(D.press(s, .character("t")).request == .timeline)
        #expect(D.press(s, .character("k")).request == nil)
    }

    @Test func progressShowsWhileIndexingAndRowsFillInAsFilesArrive() {
        var s = D.library(indexing: true)
        #expect(Library.render(s).lines()[0].contains("analysing 0/3"))
        let c = LibraryEntry(key: .init(file: "/lib/c.txt"), title: "Quiet day", published: CalendarDate(year: 2020, month: 5, day: 1),
                             source: "c.txt", wordCount: 5, isAnalysed: true)
        s = Library.update(s, .libraryIndexed([.indexed(file: "/lib/c.txt", entries: [c], analysed: true)])).state
        #expect(Library.render(s).lines()[0].contains("analysing 1/3"))
        #expect(s.visible.map(\.title) == ["Halevi resigns", "Quiet day", "Crane collapse in Mecca"])
        s = Library.update(s, .libraryIndexed([.failed(file: "/lib/b.txt", message: "/lib/b.txt: binary file (not text)"),
                 .indexed(file: "/lib/a.txt", entries: [D.entries[0]], analysed: false), .finished])).state
        let lines = Library.render(s).trimmedLines()
        #expect(!lines[0].contains("analysing") && lines[0].contains("2 articles"))
        #expect(lines[29].contains("1 file could not be read"))
        #expect(s.failures == ["/lib/b.txt: binary file (not text)"])
    }

    @Test func theLastViewIsRestored() {
        let memory = LibraryViewMemory(sort: "title", descending: false, filter: "mecca",
                                       selected: .init(file: "/lib/b.txt"))
        let s = D.library(memory: memory)
        #expect(s.sort == .title && !s.descending)
        #expect(s.visible.map(\.title) == ["Crane collapse in Mecca"])
        #expect(s.selected?.key.file == "/lib/b.txt")
        #expect(s.memory == memory)
    }

    @Test func narrowTerminalsDropColumnsAndTinyOnesSaySo() {
        for (w, h) in [(100, 30), (80, 24), (60, 20), (40, 12)] {
            let s = D.library(width: w, height: h)
            let grid = Library.render(s)
            #expect(grid.width == w && grid.height == h)
            #expect(grid.lines()[2].contains("Halev"), "\(w)x\(h)")
            #expect(grid.lines().allSatisfy { $0.count == w })
        }
        #expect(!Library.render(D.library(width: 80, height: 24)).lines()[1].contains("Top entities"))
        #expect(Library.render(D.library(width: 39, height: 12)).lines()[0].hasPrefix("terminal too small"))
        #expect(Library.render(D.library(width: 80, height: 9)).lines()[0].hasPrefix("terminal too small"))
    }

    @Test func wideCharactersAreNeverSplitAtTheEdgeOfAColumn() {
        let title = "福田首相、辞意を表明－在任１年、改造後１ヶ月で 🇯🇵"
        let entry = LibraryEntry(key: .init(file: "/lib/ja.txt"), title: title, source: "ja.wikinews.org", isAnalysed: true)
        for w in 40...61 {
            let s = LibraryState(entries: [entry], theme: .default, width: w, height: 10, indexing: false)
            let grid = Library.render(s)
            for x in 0..<w where grid[x, 2].isContinuation {
                #expect(x > 0 && grid[x - 1, 2].width == 2, "width \(w), column \(x)")
            }
            #expect(grid.lines()[2].contains("福田"))
        }
    }

    @Test func controlCharactersInTitlesNeverReachTheGrid() {
        let entry = LibraryEntry(key: .init(file: "/lib/x.txt"), title: "Bad\u{1B}[31m title\u{9B}2J", source: "x",
                                 isAnalysed: true)
        let s = LibraryState(entries: [entry], theme: .default, width: 80, height: 10, indexing: false)
        let cells = Library.render(s).cells
        #expect(!cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B } })
    }

    @Test func mouseSelectsThenOpensAndTheWheelScrolls() {
        var s = Library.update(D.library(), .mouse(MouseEvent(x: 10, y: 3, action: .press))).state
        #expect(s.selected?.title == "Crane collapse in Mecca" && s.request == nil)
        s = Library.update(s, .mouse(MouseEvent(x: 10, y: 3, action: .press))).state
        #expect(s.request == .open(ArticleTarget(key: .init(file: "/lib/b.txt"))))
        s = Library.update(s, .mouse(MouseEvent(x: 10, y: 3, action: .wheelDown))).state
        #expect(s.cursor == 2)
    }
}

@Suite struct LibraryCursorTests {
    typealias D = LibraryTestData

    @Test func theCursorStaysOnTheFirstRowWhileRowsArriveUntilTheUserMovesIt() {
        var s = D.library(indexing: true)
        let newest = LibraryEntry(key: .init(file: "/lib/c.txt"), title: "Quiet day", published: CalendarDate(year: 2030, month: 1, day: 1),
                                  source: "c.txt", isAnalysed: true)
        s = Library.update(s, .libraryIndexed([.indexed(file: "/lib/c.txt", entries: [newest], analysed: true)])).state
        #expect(s.cursor == 0 && s.selected?.title == "Quiet day")
        s = D.press(s, .character("j"))
        #expect(s.selected?.title == "Halevi resigns")
        var older = newest
        older.published = CalendarDate(year: 1990, month: 1, day: 1)
        s = Library.update(s, .libraryIndexed([.indexed(file: "/lib/c.txt", entries: [older], analysed: true)])).state
        #expect(s.selected?.title == "Halevi resigns" && s.cursor == 0)
    }

    @Test func aSelectedRowThatIsFilteredOutGivesWayToTheFirstMatch() {
        var s = D.press(D.library(), .character("j"), .character("j"), .character("/"))
        s = D.type(s, "israel")
        #expect(s.visible.count == 2 && s.cursor == 0)
    }
}

@Suite struct LibraryStatusLineTests {
    @Test func theSelectedFileIsShownByItsEndWhenThePathIsLong() {
        let file = "/very/long/folder/name/that/goes/on/and/on/for/ever/and/ever/articles/seed-halevi-resigns.txt"
        let entry = LibraryEntry(key: .init(file: file), title: "Seed", source: "x", isAnalysed: true)
        let s = LibraryState(entries: [entry], theme: .default, width: 100,
                             height: 12, indexing: false)
        let status = Library.render(s).trimmedLines()[11]
        #expect(status.hasPrefix(" …") && status.contains("/articles/seed-halevi-resigns.txt"))
        #expect(status.contains("Enter open"))
    }
}

@Suite struct LibraryBidiTests {
    typealias D = LibraryTestData

    /// Every frame of the library screens passes the frame check, bidi controls in titles included.
    @Test func bidiControlsInTitlesAndRowsNeverReachTheGrid() {
        let evil = "Mayor \u{202E}sdrawkcab\u{202C} speaks \u{2067}isolated\u{2069} \u{1B}[31mtoday"
        let entry = LibraryEntry(key: .init(file: "/lib/x.txt"), title: evil, source: evil, topEntities: [evil],
                                 isAnalysed: true)
        for w in [40, 80, 120] {
            let s = LibraryState(entries: [entry], theme: .default, width: w, height: 12, indexing: false)
            #expect(GridCheck.problems(Library.render(s)).isEmpty, "library list at \(w)")
            let row = LibraryListRow(date: "2024-05-03", text: evil, detail: evil, target: ArticleTarget(key: entry.key))
            let list = LibraryListState(title: evil, rows: [row], emptyMessage: evil, theme: .default, width: w, height: 12)
            #expect(GridCheck.problems(LibraryList.render(list)).isEmpty, "list at \(w)")
        }
        #expect(Library.render(LibraryState(entries: [entry], theme: .default, width: 120, height: 12, indexing: false))
            .lines()[2].contains("sdrawkcab"))
    }
}
