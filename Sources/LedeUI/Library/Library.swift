import LedeCore
import LedeScreen

/// The library list's pure functions, in the reader's style: the effects that start it, the next state for an
/// event, and its frame.
public enum Library {
    /// The effects a new list asks for: the full-text matches of a filter restored from the last run.
    public static func start(_ state: LibraryState) -> (state: LibraryState, effects: [Effect]) {
        var s = state
        let effects = s.searchEffects()
        return (s, effects)
    }

    /// The state after an event, and the effects it asks for (full-text searches for the filter). Requests for
    /// the app (open, timeline, quit) come back in `request`.
    public static func update(_ state: LibraryState, _ event: Event) -> (state: LibraryState, effects: [Effect]) {
        var s = state
        s.request = nil
        switch event {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            s.scrollToCursor()
            if let h = s.helpScroll { s.scrollHelp(to: h) }
        case .key(let key):
            if s.helpScroll != nil {
                s.handleHelp(key)
            } else if s.filterInput != nil {
                s.typeFilter(key)
            } else if let action = s.keymap.action(for: key) {
                s.perform(action)
            }
        case .mouse(let m):
            if let h = s.helpScroll {
                if m.action == .wheelDown { s.scrollHelp(to: h + 3) } else if m.action == .wheelUp { s.scrollHelp(to: h - 3) }
            } else {
                s.handle(m)
            }
        case .libraryIndexed(let updates):
            s.apply(updates)
        case .librarySearched(let query, let matches):
            s.received(query, matches: matches ?? [])
        case .analysisFinished, .analysisFailed, .articleRead, .occurrencesFound, .timelineLoaded, .effectFailed:
            break
        }
        let effects = s.searchEffects()
        return (s, effects)
    }

    public static func render(_ state: LibraryState) -> CellGrid {
        LibraryRenderer(state: state).render()
    }
}

extension LibraryState {
    mutating func perform(_ action: LibraryAction) {
        let page = max(1, listHeight - 1), half = max(1, listHeight / 2)
        switch action {
        case .lineDown: move(1)
        case .lineUp: move(-1)
        case .pageDown: move(page)
        case .pageUp: move(-page)
        case .halfPageDown: move(half)
        case .halfPageUp: move(-half)
        case .top: move(-visible.count)
        case .bottom: move(visible.count)
        case .sortByDate, .sortByTitle, .sortBySource:
            guard let column = LibrarySort(action) else { return }
            if column == sort { descending.toggle() } else { sort = column; descending = column.defaultDescending }
            refresh(keeping: selected?.key)
        case .filter:
            filterInput = filter
        case .back:
            if !filter.isEmpty {
                filter = ""
                refresh(keeping: selected?.key)
            }
        case .activate:
            if let e = selected { request = .open(ArticleTarget(key: e.key)) }
        case .timeline:
            request = .timeline
        case .help:
            helpScroll = 0
        case .quit:
            request = .quit
        }
    }

    /// Keys while the help is open: they scroll it or close it, and never act on the list behind.
    mutating func handleHelp(_ key: Key) {
        guard let h = helpScroll else { return }
        let page = max(1, helpRows - 1)
        switch keymap.action(for: key) {
        case .back?, .quit?, .activate?, .help?: helpScroll = nil
        case .lineDown?: scrollHelp(to: h + 1)
        case .lineUp?: scrollHelp(to: h - 1)
        case .pageDown?, .halfPageDown?: scrollHelp(to: h + page)
        case .pageUp?, .halfPageUp?: scrollHelp(to: h - page)
        case .top?: scrollHelp(to: 0)
        case .bottom?: scrollHelp(to: Int.max / 2)
        default:
            // Esc always closes, whatever it is bound to.
            if key == .escape { helpScroll = nil }
        }
    }

    /// Help lines that fit in the overlay at this size.
    var helpRows: Int { max(1, LibraryHelp.frame(width: width, height: height, lines: helpLines.count).listHeight) }

    /// The help's lines, with the keys as bound now.
    var helpLines: [(keys: String, text: String)] { LibraryHelp.lines(keymap, otherArticles: otherArticlesKeys) }

    mutating func scrollHelp(to line: Int) {
        let count = helpLines.count
        helpScroll = max(0, min(line, count - helpRows))
    }

    /// Keys while the filter prompt is open: the list follows each keystroke.
    mutating func typeFilter(_ key: Key) {
        guard var input = filterInput else { return }
        switch key {
        case .enter:
            filter = input.trimmingCharacters(in: .whitespaces)
            filterInput = nil
        case .escape:
            filterInput = nil
        case .backspace, .delete, .control("h"):
            if !input.isEmpty { input.removeLast() }
            filterInput = input
        case .control("u"):
            filterInput = ""
        case .character(let c):
            // Control characters never enter the query (they would reach the status line).
            if !c.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value <= 0x9F) }) {
                input.append(c)
            }
            filterInput = input
        default:
            return
        }
        refresh(keeping: selected?.key)
    }

    mutating func handle(_ m: MouseEvent) {
        switch m.action {
        case .wheelDown: move(3)
        case .wheelUp: move(-3)
        case .press:
            let row = m.y - 2
            let k = list.offset + row
            guard row >= 0, row < listHeight, k < visible.count else { return }
            if k == cursor, let e = selected {
                request = .open(ArticleTarget(key: e.key))
            } else {
                list.select(k, count: visible.count, height: listHeight)
                cursorMoved = true
            }
        case .release:
            break
        }
    }

    mutating func move(_ delta: Int) {
        guard !visible.isEmpty else { return }
        cursorMoved = true
        list.move(by: delta, count: visible.count, height: listHeight)
    }
}
