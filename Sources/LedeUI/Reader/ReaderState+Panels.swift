import LedeCore

/// The side panels: rows for the current filter, a cursor on the selectable ones, Enter to jump. Every panel is
/// handled alike, from its `Panel` in `Pane.panel`.
extension ReaderState {
    /// A panel's rows under the current filter (made once per analysis and filter).
    func panelRows(for pane: Pane) -> [PanelRow] {
        guard let panel = pane.panel else { return [] }
        let f = filter, v = view, index = self.index
        return index.cache.memo("panel.\(panel.title)", filter: f) { panel.rows(index, v, f) }
    }

    /// A panel's cursor and scroll.
    func cursor(_ pane: Pane) -> ListCursor { cursors[pane] ?? ListCursor() }

    /// Rows of a panel's list on screen (as many as the screen has when it is not laid out).
    func panelHeight(_ pane: Pane) -> Int { max(1, layout.slot(pane)?.list.height ?? (height - 3)) }

    /// Rows of the focused panel's list on screen.
    var panelRows: Int { panelHeight(focus) }

    /// Moves the focused panel's cursor by `n` selectable rows.
    mutating func moveCursor(by n: Int) {
        let rows = panelRows(for: focus)
        let selectable = rows.indices.filter { rows[$0].target != nil }
        guard !selectable.isEmpty else { return }
        var c = cursor(focus)
        let pos = selectable.lastIndex { $0 <= c.selected } ?? 0
        // `settle` scrolls it into view after the event.
        c.selected = selectable[max(0, min(selectable.count - 1, pos + max(-selectable.count, min(selectable.count, n))))]
        cursors[focus] = c
        let next = c.selected
        if case .entity(let e)? = rows[next].target { selection = Selection(entity: e, mention: nil) }
    }

    /// The wheel over a panel: scrolls it, the cursor coming along when it would leave the screen.
    mutating func scrollPanel(_ pane: Pane, by n: Int) {
        var c = cursor(pane)
        c.scroll(by: n, count: panelRows(for: pane).count, height: panelHeight(pane))
        cursors[pane] = c
    }

    /// Enter in a panel: jump to the source sentence and mark it.
    mutating func activatePanelCursor() {
        let rows = panelRows(for: focus)
        let cur = cursor(focus).selected
        guard rows.indices.contains(cur), let target = rows[cur].target else { return }
        activate(target)
    }

    mutating func activate(_ target: PanelTarget) {
        guard document.analysis != nil else { return }
        switch target {
        case .entity(let e):
            selectEntity(e, jump: true)
        case .sentence(let sentence, _):
            marked = sentence
            jump(to: sentence.start)
        }
        // With one column the panel hides the article: show where we jumped.
        if layout.mode == .single { focus = .article }
    }

    /// Keeps cursors on selectable rows and inside the visible part of their lists.
    mutating func settlePanels() {
        for pane in Pane.panels {
            let rows = panelRows(for: pane)
            var c = cursor(pane)
            var cur = max(0, min(c.selected, rows.count - 1))
            if rows.indices.contains(cur), rows[cur].target == nil {
                cur = rows.indices.first { $0 > cur && rows[$0].target != nil }
                    ?? rows.indices.last { rows[$0].target != nil } ?? cur
            }
            let h = max(1, layout.slot(pane)?.list.height ?? 1)
            c.selected = cur
            c.reveal(height: h)
            // A title row just above the cursor stays in view when there is room.
            if c.offset > 0, c.offset == cur, rows.indices.contains(cur - 1), rows[cur - 1].isTitle { c.offset -= 1 }
            c.clampOffset(count: rows.count, height: h)
            cursors[pane] = c
        }
    }

    /// Called after every event: the anchor stays inside the shown text, cursors stay on screen.
    mutating func settle() {
        if layout.mode == .tabs, focus != .article { sideTab = focus }
        let g = anyGeometry
        if !g.isEmpty {
            let top = g.position(for: anchor)
            let start = g.offset(of: top)
            // Keep the anchor where it is while it is inside the top line, so resizes reflow around it.
            let lines = g.lines(top.block)
            let end = top.line < lines.count ? max(lines[top.line].end, start + 1) : start + 1
            if anchor < start || anchor >= end { anchor = start }
        }
        settlePanels()
    }
}
