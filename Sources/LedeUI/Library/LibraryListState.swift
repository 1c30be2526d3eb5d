import LedeCore
import LedeLibrary

/// A list over the library that opens articles: the articles mentioning an entity, or the merged timeline.
public struct LibraryListState: Sendable {
    public enum Request: Hashable, Sendable {
        case open(ArticleTarget)
        case back
    }

    public internal(set) var title: String
    public internal(set) var rows: [LibraryListRow]
    /// Shown when there are no rows.
    public internal(set) var emptyMessage: String
    public internal(set) var list = ListCursor()
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var theme: Theme
    public internal(set) var request: Request?
    public internal(set) var keymap: LibraryKeymap

    public init(title: String, rows: [LibraryListRow], emptyMessage: String, theme: Theme, width: Int, height: Int,
                keymap: LibraryKeymap = .default) {
        self.keymap = keymap
        self.title = title
        self.rows = rows
        self.emptyMessage = emptyMessage
        self.theme = theme
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The articles of the library that mention an entity, each opening at its first mention.
    public static func occurrences(of entity: String, type: EntityType, _ found: [EntityOccurrence], theme: Theme,
                                   width: Int, height: Int, keymap: LibraryKeymap = .default) -> LibraryListState {
        let rows = found.map { o in
            LibraryListRow(date: o.published?.iso ?? "—", text: o.title,
                           detail: "\(o.mentionCount) mention\(o.mentionCount == 1 ? "" : "s")",
                           target: ArticleTarget(key: o.article, offset: o.firstMention))
        }
        return LibraryListState(title: "Other articles mentioning \(entity) · \(type.rawValue)", rows: rows,
                                emptyMessage: "no other article of the library mentions \(entity)", theme: theme,
                                width: width, height: height, keymap: keymap)
    }

    /// Every dated event of a set of articles, in date order, each opening at its sentence.
    public static func timeline(_ events: [LibraryTimelineEvent], articles: Int, theme: Theme, width: Int,
                                height: Int, keymap: LibraryKeymap = .default) -> LibraryListState {
        let rows = events.map { e in
            LibraryListRow(date: e.date, text: e.summary, detail: e.articleTitle,
                           target: ArticleTarget(key: e.article, offset: e.sentenceStart))
        }
        return LibraryListState(title: "Timeline of \(articles) article\(articles == 1 ? "" : "s") · \(events.count) event\(events.count == 1 ? "" : "s")",
                                rows: rows, emptyMessage: "no dated events in these articles", theme: theme,
                                width: width, height: height, keymap: keymap)
    }

    var listHeight: Int { max(1, height - 2) }

    /// The selected row.
    public var cursor: Int { list.selected }

    mutating func move(_ delta: Int) {
        list.move(by: delta, count: rows.count, height: listHeight)
    }
}
