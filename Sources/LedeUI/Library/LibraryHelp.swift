import LedeScreen

/// The library list's help overlay: its keys as bound now, opened with the help key and scrolled like the
/// reader's. Key names are written as the reader's help writes them (`KeyName`).
enum LibraryHelp {
    /// The lines shown; `otherArticles` are the reader's keys for the other articles mentioning an entity.
    static func lines(_ keymap: LibraryKeymap, otherArticles: [Key]) -> [(keys: String, text: String)] {
        func keys(_ actions: LibraryAction..., separator: String = " / ") -> String {
            let each = actions.map { keymap.keys(for: $0).map(KeyName.describe).joined(separator: " ") }
            return each.allSatisfy(\.isEmpty) ? "(unbound)" : each.joined(separator: separator)
        }
        let reader = otherArticles.map(KeyName.describe).joined(separator: " ")
        return [
            (keys(.lineDown, .lineUp), "next / previous article"),
            (keys(.pageDown), "page down"),
            (keys(.pageUp), "page up"),
            (keys(.halfPageDown, .halfPageUp), "half a page down / up"),
            (keys(.top, .bottom), "first / last article"),
            (keys(.activate), "open the article in the reader (where you left it)"),
            (keys(.sortByDate, .sortByTitle, .sortBySource, separator: " "), "sort by date, title, source; again reverses"),
            (keys(.filter), "filter by words of the text, title, source or entities"),
            (keys(.back), "clear the filter"),
            (keys(.timeline), "merged timeline of the articles shown"),
            (keys(.help), "this help"),
            (keys(.quit), "quit (in the reader and lists: back)"),
            ("", ""),
            ("Mouse", "click selects, a second click opens; the wheel scrolls"),
            (keys(.filter), "while typing: the list follows; Enter keeps, Esc cancels"),
            ("reader " + (reader.isEmpty ? "(unbound)" : reader), "other articles mentioning the selected entity"),
        ]
    }

    /// The help's frame for a screen size.
    static func frame(width: Int, height: Int, lines: Int) -> OverlayFrame {
        OverlayFrame(width: width, height: height, rows: lines)
    }
}
