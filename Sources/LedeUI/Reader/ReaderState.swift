import LedeCore
import LedeScreen

/// All of the reader's state, as a value: the document, the reading position (a text offset, so a resize keeps
/// it), selection, focus, section filter, search, overlays, theme and size. `Reader.update` makes the next one;
/// `Reader.render` draws one.
public struct ReaderState: Sendable {
    public internal(set) var document: ReaderDocument
    var index: DocumentIndex
    public internal(set) var theme: Theme
    public internal(set) var keymap: Keymap
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// The reading position: the text offset of the article pane's top line.
    public internal(set) var anchor: Int = 0
    public internal(set) var focus: Pane = .article
    /// The side panel shown in the tabbed layout (80 to 119 columns).
    public internal(set) var sideTab: Pane = Pane.panels[0]
    public internal(set) var selection: Selection?
    /// Indices into `Article.sections`; empty shows every section.
    public internal(set) var sectionFilter: Set<Int> = []
    public internal(set) var showBoilerplate = false
    public internal(set) var overlay: Overlay?
    /// The sentence a panel jumped to, marked in the text.
    public internal(set) var marked: TextRange?
    var search = SearchState()
    /// Each side panel's cursor and scroll (a panel not in here stands at its top).
    var cursors: [Pane: ListCursor] = [:]
    /// Reading positions to return to with `q` (pushed by jumps from panels and lists).
    var jumps: [Int] = []
    /// A one-off note for the status line ("no more mentions", "not found").
    public internal(set) var message: String?
    public internal(set) var isFinished = false
    /// What the reader asks of the library around it after the last event (nil: nothing).
    public internal(set) var request: ReaderRequest?
    /// True when a library is around to answer requests (other articles mentioning an entity).
    public internal(set) var hasLibrary = false
    /// The analysis this reader waits for, when its document has none yet.
    var pendingAnalysis: PendingAnalysis?

    public init(document: ReaderDocument, theme: Theme, keymap: Keymap = .default, width: Int, height: Int,
                hasLibrary: Bool = false) {
        self.document = document
        self.hasLibrary = hasLibrary
        self.index = DocumentIndex(document)
        self.theme = theme
        self.keymap = keymap
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The search query being typed (nil when the prompt is closed).
    public var searchInput: String? { search.input }

    /// The selected entity, when there is one.
    public var selectedEntity: Entity? {
        guard let s = selection, s.entity >= 0, s.entity < index.entities.count else { return nil }
        return index.entities[s.entity]
    }

    var filter: ViewFilter { ViewFilter(sections: sectionFilter, showBoilerplate: showBoilerplate) }

    var view: ArticleView {
        let f = filter
        return index.cache.view(f) { ArticleView(index: index, filter: f) }
    }

    var layout: ReaderLayout { ReaderLayout(width: width, height: height, focus: focus, sideTab: sideTab) }

    /// The article pane's geometry at the current size (nil when the pane is not on screen).
    var geometry: ArticleGeometry? {
        guard let r = layout.articleText else { return nil }
        return ArticleGeometry(index: index, view: view, width: r.width, height: r.height)
    }

    /// Geometry even when the article pane is hidden (single-column layout with a panel focused), so keys that
    /// move the reading position still work.
    var anyGeometry: ArticleGeometry {
        if let g = geometry { return g }
        let w = max(1, width - 2)
        return ArticleGeometry(index: index, view: view, width: w, height: max(1, height - 2))
    }

    /// The section the reader is in (the top line's), -1 when the article has none.
    public var currentSection: Int { index.section(at: anchor) }

    /// The reading position as a percentage of the shown text.
    public var percent: Int {
        let g = anyGeometry
        guard !g.isEmpty else { return 100 }
        let top = g.position(for: anchor)
        if top >= g.maxTop { return 100 }
        let first = g.block(0).range.start
        let end = g.block(g.lastBlock).range.end
        guard end > first else { return 100 }
        return max(0, min(99, (g.offset(of: top) - first) * 100 / (end - first)))
    }
}
