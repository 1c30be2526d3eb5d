import LedeScreen

/// What a key does on the library list and the lists opened from it (the merged timeline, other articles).
/// Config files name these in `[library-keys]`. An action that has the reader's name ("line-down", "help")
/// follows the reader's remapping in `[keys]` unless `[library-keys]` names it, so one key means the same
/// everywhere.
public enum LibraryAction: String, KeyAction {
    case lineDown = "line-down"
    case lineUp = "line-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up"
    case top
    case bottom
    /// Open the selected article (the reader's Enter has the same name).
    case activate
    case sortByDate = "sort-by-date"
    case sortByTitle = "sort-by-title"
    case sortBySource = "sort-by-source"
    case filter
    /// Clear the filter on the library list; back from a list opened from it.
    case back
    case timeline
    case help
    /// Quit on the library list; back from a list opened from it.
    case quit

    public static let configTable = "library-keys"

    public static let defaultBindings: [(LibraryAction, [Key])] = [
        (.lineDown, [.character("j"), .down]),
        (.lineUp, [.character("k"), .up]),
        (.pageDown, [.character(" "), .pageDown, .control("f")]),
        (.pageUp, [.character("b"), .pageUp, .control("b")]),
        (.halfPageDown, [.control("d")]),
        (.halfPageUp, [.control("u")]),
        (.top, [.character("g"), .home]),
        (.bottom, [.character("G"), .end]),
        (.activate, [.enter]),
        (.sortByDate, [.character("1")]),
        (.sortByTitle, [.character("2")]),
        (.sortBySource, [.character("3")]),
        (.filter, [.character("/")]),
        (.back, [.escape]),
        (.timeline, [.character("t")]),
        (.help, [.function(1), .character("h")]),
        (.quit, [.character("q")]),
    ]
}
