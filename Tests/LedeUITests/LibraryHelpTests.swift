import LedeCore
import Testing
@testable import LedeUI
import LedeScreen

/// The library list's help overlay, on the cell grid: opened with the reader's help key, lists the list's keys,
/// scrolls, closes, and keeps the list's keys from acting behind it.
@Suite struct LibraryHelpTests {
    typealias D = LibraryTestData

    func text(_ s: LibraryState) -> String { Library.render(s).trimmedLines().joined(separator: "\n") }

    @Test func theHelpKeyOpensABoxListingTheListKeysOverTheList() {
        let s = D.press(D.library(width: 120, height: 30), .character("h"))
        #expect(s.helpScroll == 0)
        let grid = Library.render(s)
        let screen = grid.trimmedLines().joined(separator: "\n")
        for line in ["Library keys", "Esc closes", "next / previous article", "sort by date, title, source",
                     "filter by words", "merged timeline", "this help", "quit"] {
            #expect(screen.contains(line), "missing: \(line)")
        }
        // The box is drawn over the list, with the overlay's border.
        let top = grid.lines().firstIndex { $0.contains("Library keys") }!
        let x = Array(grid.lines()[top]).firstIndex(of: "┌")!
        #expect(grid[x, top].style == Theme.default.style(.overlayBorder))
        // The list is still behind it: its header and status line show.
        #expect(screen.contains("3 articles") && screen.contains("h help"))
    }

    @Test func keysScrollOrCloseTheHelpAndNeverReachTheList() {
        var s = D.press(D.library(), .character("h"), .character("j"), .character("2"), .enter)
        #expect(s.helpScroll == nil)
        #expect(s.cursor == 0 && s.sort == .date && s.request == nil)
        s = D.press(s, .character("h"), .character("q"))
        #expect(s.helpScroll == nil && s.request == nil)
        s = D.press(s, .function(1))
        #expect(s.helpScroll == 0)
        s = D.press(s, .escape)
        #expect(s.helpScroll == nil)
        #expect(!text(s).contains("Library keys"))
        // The filter prompt takes h as a letter.
        s = D.press(s, .character("/"), .character("h"))
        #expect(s.helpScroll == nil && s.filterInput == "h")
    }

    @Test func aSmallTerminalScrollsTheHelpToItsLastLine() {
        var s = D.press(D.library(width: 60, height: 12), .character("h"))
        #expect(text(s).contains("next / previous article"))
        #expect(!text(s).contains("other articles mentioning"))
        #expect(text(s).contains("j k scroll"))
        s = D.press(s, .character("G"))
        #expect((s.helpScroll ?? 0) > 0)
        #expect(text(s).contains("other articles mentioning"))
        #expect(!text(s).contains("next / previous article"))
        let bottom = s.helpScroll
        s = D.press(s, .character("j"))
        #expect(s.helpScroll == bottom)
        s = D.press(s, .character("g"))
        #expect(s.helpScroll == 0)
        s = Library.update(s, .mouse(MouseEvent(x: 10, y: 5, action: .wheelDown))).state
        #expect(s.helpScroll == min(3, bottom ?? 0))
        #expect(s.cursor == 0)
    }

    @Test func aRemappedHelpKeyIsTheLibrarysHelpKeyToo() throws {
        let keymap = try Keymap.load(configTOML: "[keys]\nhelp = \"?\"\n")
        var a = D.app(keymap: keymap)
        #expect(a.frame.trimmedLines()[29].contains("? help"))
        a.send(.key(.character("h")))
        #expect(a.library.helpScroll == nil)
        a.send(.key(.character("?")))
        #expect(a.library.helpScroll == 0)
        #expect(a.frame.trimmedLines().joined().contains("?") && a.frame.trimmedLines().joined().contains("this help"))
    }
}
