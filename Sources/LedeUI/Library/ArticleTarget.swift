import LedeCore
import LedeScreen
import LedeLibrary

/// Where to open an article: which one, and optionally the text offset to show first (a mention, a sentence).
public struct ArticleTarget: Hashable, Sendable {
    public var key: LibraryEntry.Key
    public var offset: Int?

    public init(key: LibraryEntry.Key, offset: Int? = nil) {
        self.key = key
        self.offset = offset
    }
}
