import Foundation
import LedeTerminal
import LedeUI
import Testing

/// The real `lede` on the seed article in tmux at 120×40: what the reader issue promises, checked on the screen
/// tmux shows (`capture-pane -p -e`).
@Suite struct ReaderEndToEndTests {
    static let title = "Israel’s Top General Resigns Amid Security Failures"
    static let firstWords = "In a dramatic turn of events"

    func open(width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let tmux = try TmuxSession(width: width, height: height)
        try tmux.openAnalysedReader([ReaderHarness.seed], showing: Self.firstWords)
        return tmux
    }

    /// The status line: the last non-empty line of the screen.
    func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }

    /// The SGR foreground tmux reports for a theme colour on a 256-colour terminal.
    func expectedForeground(_ element: ThemeElement, theme name: String = "dark") throws -> String {
        let (theme, warning) = Theme.load(nameOrPath: name, environment: [:])
        #expect(warning == nil)
        guard case let .rgb(r, g, b) = theme.style(element).foreground else {
            throw TmuxSession.Failure(description: "the dark theme gives \(element) no colour")
        }
        return "38;5;\(ColorMapper.nearest256(r, g, b))"
    }

    @Test func titleAndEntitiesAppearInTheirThemeColours() throws {
        let tmux = try open()
        let raw = try tmux.screen(escapes: true)
        let screen = StyledScreen(raw)
        let text = screen.lines.map(\.text).joined(separator: "\n")
        #expect(text.contains(Self.title))
        #expect(raw.contains("\u{1B}["), "no escape codes in capture-pane -e")

        // Look inside the article pane's first line for the first mention of each.
        let person = try expectedForeground(.person)
        let organization = try expectedForeground(.organization)
        #expect(screen.look(of: "Herzi Halevi, announced")?.foreground == person, "Herzi Halevi in \(person)")
        #expect(screen.look(of: "Israeli Defense Forces (IDF)")?.foreground == organization)
        // Ordinary words are not in an entity colour.
        let plain = screen.look(of: "dramatic turn")?.foreground
        #expect(plain != person && plain != organization)
        try tmux.keys("q")
        try tmux.waitForShell()
    }

    @Test func tabTwiceSelectsHerziHalevi() throws {
        let tmux = try open()
        try tmux.keys("Tab")
        try tmux.waitFor("the first Tab to select Is-rael") { self.statusLine($0).contains("Israel · place") }
        try tmux.keys("Tab")
        let screen = try tmux.waitFor("the second Tab to select Herzi Halevi") {
            self.statusLine($0).contains("Herzi Halevi · person")
        }
        #expect(statusLine(screen).contains("Herzi Halevi · person"))
        // The selected mention is drawn reversed.
        let styled = StyledScreen(try tmux.screen(escapes: true))
        #expect(styled.look(of: "Herzi Halevi, announced")?.reverse == true)
        try tmux.keys("q")
    }

    @Test func sectionFilterShowsOnlyThatSectionAndItsTimeline() throws {
        let tmux = try open()
        let before = try tmux.screen()
        // Timeline entries from other sections are there before filtering.
        #expect(before.contains("2023-01"))
        #expect(before.contains("2025-03-06"))
        try tmux.keys("s")
        try tmux.waitFor("the section list") { $0.contains("Sections") && $0.contains("[ ]") }
        // Lead, A Resounding Blow…, then the October 7 section: pick the third.
        try tmux.keys("j", "j", "Space", "Enter")
        let screen = try tmux.waitFor("the filtered article") { $0.contains("showing The October 7 Assault") }
        #expect(screen.contains("The October 7 attack remains a defining moment"))
        #expect(!screen.contains(Self.firstWords), "the lead is filtered out")
        #expect(!screen.contains("Halevi’s decision to resign, effective"), "another section is filtered out")
        // The timeline keeps only this section's entries.
        #expect(screen.contains("Hamas fighters launched"))
        #expect(!screen.contains("2023-01 "))
        #expect(!screen.contains("2025-03-06"))
        // Clearing the filter keeps the reading position; the lead is back above it.
        try tmux.keys("S", "g")
        try tmux.waitFor("the filter cleared") { $0.contains(Self.firstWords) }
        try tmux.keys("q")
    }

    @Test func enterOnATimelineEntryScrollsToItsSentence() throws {
        let tmux = try open()
        let sentence = "who had assumed command of the"
        try tmux.keys("G")
        try tmux.waitFor("the end of the article") { !$0.contains(sentence) }
        try tmux.keys("t", "g")
        try tmux.waitFor("the first timeline entry to be current") { self.statusLine($0).contains("2023-01") }
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("the article to scroll to the 2023-01 sentence") { $0.contains(sentence) }
        #expect(screen.contains(sentence))
        // The sentence is marked: drawn on a background the rest of the text does not have.
        let styled = StyledScreen(try tmux.screen(escapes: true))
        let marked = styled.look(of: sentence)
        #expect(marked != nil && marked?.background != styled.look(of: "Benjamin Netanyahu")?.background)
        try tmux.keys("q")
    }

    @Test func resizeKeepsTheFirstVisibleSentence() throws {
        let tmux = try open()
        try tmux.keys("Space")
        let scrolled = try tmux.waitFor("a page down") { !$0.contains(Self.firstWords) }
        // The article pane's first text line, without the side panel (the pane ends at the box line).
        let lines = scrolled.split(separator: "\n").map(String.init)
        let firstText = lines.dropFirst().first { !$0.split(separator: "│")[0].trimmingCharacters(in: .whitespaces).isEmpty }
        let words = (firstText ?? "").split(separator: "│")[0].split(separator: " ").prefix(4).joined(separator: " ")
        #expect(words.split(separator: " ").count == 4, "no article text at the top: \(scrolled)")
        try tmux.resize(width: 60, height: 20)
        // tmux crops the old frame at once; the redraw is there when the header fits the new width again.
        let small = try tmux.waitFor("the 60×20 layout") { s in
            s.split(separator: "\n").first?.contains("seed-halevi-resigns.txt") == true && !s.contains("│ Facts")
        }
        // Compare as running text: the words may wrap differently at the new width.
        let flat = small.split(separator: "\n").dropFirst().dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(flat.contains(words), "“\(words)” left the screen after resizing:\n\(small)")
        try tmux.keys("q")
        try tmux.waitForShell()
    }

    @Test func noColorMeansAttributesOnly() throws {
        let tmux = try TmuxSession(width: 120, height: 40, environment: ["NO_COLOR": "1"])
        try tmux.openAnalysedReader([ReaderHarness.seed], showing: Self.firstWords)
        let raw = try tmux.screen(escapes: true)
        #expect(!raw.contains("38;5;") && !raw.contains("48;5;") && !raw.contains("38;2;"), "colours despite NO_COLOR")
        // Entities still stand out, by attribute.
        let styled = StyledScreen(raw)
        let entity = styled.look(of: "Herzi Halevi, announced")
        let plain = styled.look(of: "dramatic turn")
        #expect(entity != nil && entity != plain)
        try tmux.keys("q")
        try tmux.waitForShell()
    }

    @Test func themeOptionPicksTheTheme() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.openAnalysedReader(["--theme", "light", ReaderHarness.seed], showing: Self.firstWords)
        let styled = StyledScreen(try tmux.screen(escapes: true))
        let light = try expectedForeground(.person, theme: "light")
        #expect(light != (try expectedForeground(.person)), "the light and dark themes share the person colour")
        #expect(styled.look(of: "Herzi Halevi, announced")?.foreground == light)
        try tmux.keys("q")
        try tmux.waitForShell()
    }
}
