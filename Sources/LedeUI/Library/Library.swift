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
            } else if s.helpKeys.contains(key) {
                s.helpScroll = 0
            } else {
                s.handle(key)
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
        case .analysisFinished, .articleRead, .occurrencesFound, .timelineLoaded, .effectFailed:
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
    mutating func handle(_ key: Key) {
        let page = max(1, listHeight - 1)
        switch key {
        case .character("j"), .down: move(1)
        case .character("k"), .up: move(-1)
        case .character(" "), .pageDown, .control("f"): move(page)
        case .character("b"), .pageUp, .control("b"): move(-page)
        case .control("d"): move(max(1, listHeight / 2))
        case .control("u"): move(-max(1, listHeight / 2))
        case .character("g"), .home: move(-visible.count)
        case .character("G"), .end: move(visible.count)
        case .character(let c) where LibrarySort.allCases.contains { $0.key == c }:
            let column = LibrarySort.allCases.first { $0.key == c }!
            if column == sort { descending.toggle() } else { sort = column; descending = column.defaultDescending }
            refresh(keeping: selected?.key)
        case .character("/"):
            filterInput = filter
        case .escape:
            if !filter.isEmpty {
                filter = ""
                refresh(keeping: selected?.key)
            }
        case .enter:
            if let e = selected { request = .open(ArticleTarget(key: e.key)) }
        case .character("t"):
            request = .timeline
        case .character("q"):
            request = .quit
        default:
            break
        }
    }

    /// Keys while the help is open: they scroll it or close it, and never act on the list behind.
    mutating func handleHelp(_ key: Key) {
        guard let h = helpScroll else { return }
        let page = max(1, helpRows - 1)
        switch key {
        case .escape, .character("q"), .enter: helpScroll = nil
        case _ where helpKeys.contains(key): helpScroll = nil
        case .character("j"), .down: scrollHelp(to: h + 1)
        case .character("k"), .up: scrollHelp(to: h - 1)
        case .character(" "), .pageDown, .control("f"), .control("d"): scrollHelp(to: h + page)
        case .character("b"), .pageUp, .control("b"), .control("u"): scrollHelp(to: h - page)
        case .character("g"), .home: scrollHelp(to: 0)
        case .character("G"), .end: scrollHelp(to: Int.max / 2)
        default: break
        }
    }

    /// Help lines that fit in the overlay at this size.
    var helpRows: Int { max(1, LibraryHelp.frame(width: width, height: height, helpKeys: helpKeys).listHeight) }

    mutating func scrollHelp(to line: Int) {
        let count = LibraryHelp.lines(helpKeys: helpKeys).count
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
