/// Something the library list asks of the app around it: it cannot open the reader itself.
public enum LibraryRequest: Hashable, Sendable {
    case open(ArticleTarget)
    case timeline
    case quit
}
