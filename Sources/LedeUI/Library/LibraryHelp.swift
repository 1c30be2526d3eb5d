import LedeScreen

/// The library list's help overlay: its keys, opened with the reader's help key and scrolled like the reader's.
enum LibraryHelp {
    /// The lines shown, `helpKeys` being the keys the keymap gives the reader's help. Key names are written as
    /// the reader's help writes them (`KeyName`).
    static func lines(helpKeys: [Key]) -> [(keys: String, text: String)] {
        let help = helpKeys.map(KeyName.describe).joined(separator: " ")
        return [
            ("j Down / k Up", "next / previous article"),
            ("Space PgDn Ctrl-f", "page down"),
            ("b PgUp Ctrl-b", "page up"),
            ("Ctrl-d / Ctrl-u", "half a page down / up"),
            ("g Home / G End", "first / last article"),
            ("Enter", "open the article in the reader (where you left it)"),
            ("1 2 3", "sort by date, title, source; again reverses"),
            ("/", "filter by words of the text, title, source or entities"),
            ("Esc", "clear the filter"),
            ("t", "merged timeline of the articles shown"),
            (help.isEmpty ? "(unbound)" : help, "this help"),
            ("q", "quit (in the reader and lists: back)"),
            ("", ""),
            ("Mouse", "click selects, a second click opens; the wheel scrolls"),
            ("/", "while typing: the list follows; Enter keeps, Esc cancels"),
            ("reader a", "other articles mentioning the selected entity"),
        ]
    }

    /// The help's frame for a screen size.
    static func frame(width: Int, height: Int, helpKeys: [Key]) -> OverlayFrame {
        OverlayFrame(width: width, height: height, rows: lines(helpKeys: helpKeys).count)
    }
}
