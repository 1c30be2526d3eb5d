import LedeCore
import LedeLibrary

/// A screen stacked over the library list; `q` pops back to the one below.
public enum AppScreen: Sendable {
    /// An article in the reader, with the library row it came from.
    case reader(ReaderState, LibraryEntry)
    /// Articles mentioning an entity, or the merged timeline.
    case list(LibraryListState)
}
