import LedeCore

/// The facts and timeline panels: rows for the current filter, a cursor on the selectable ones, Enter to jump.
extension ReaderState {
    var factRows: [PanelRow] {
        let f = filter, v = view
        return index.cache.factRows(f) { FactsPanel.rows(index, v, f) }
    }

    var timelineRows: [PanelRow] {
        let f = filter, v = view
        return index.cache.timelineRows(f) { TimelinePanel.rows(index, v) }
    }

    func panelRows(for pane: Pane) -> [PanelRow] { pane == .timeline ? timelineRows : factRows }

    /// Rows of the focused panel's list on screen.
    var panelRows: Int {
        let l = layout
        let r = focus == .timeline ? l.timeline : l.facts
        return max(1, r?.height ?? (height - 3))
    }

    /// Moves the focused panel's cursor by `n` selectable rows.
    mutating func moveCursor(by n: Int) {
        let rows = panelRows(for: focus)
        let selectable = rows.indices.filter { rows[$0].target != nil }
        guard !selectable.isEmpty else { return }
        let cur = focus == .timeline ? timelineCursor : factsCursor
        let pos = selectable.lastIndex { $0 <= cur } ?? 0
        let next = selectable[max(0, min(selectable.count - 1, pos + max(-selectable.count, min(selectable.count, n))))]
        if focus == .timeline { timelineCursor = next } else { factsCursor = next }
        if case .entity(let e)? = rows[next].target, focus == .facts { selection = Selection(entity: e, mention: nil) }
    }

    /// Enter in a panel: jump to the source sentence and mark it.
    mutating func activatePanelCursor() {
        let rows = panelRows(for: focus)
        let cur = focus == .timeline ? timelineCursor : factsCursor
        guard cur >= 0, cur < rows.count, let target = rows[cur].target else { return }
        activate(target)
    }

    mutating func activate(_ target: PanelTarget) {
        guard let a = document.analysis else { return }
        switch target {
        case .entity(let e):
            selectEntity(e, jump: true)
        case .fact(let i):
            guard i < a.facts.count else { return }
            let f = a.facts[i]
            marked = f.sentence.isEmpty ? index.sentence(at: f.range.start) : f.sentence
            jump(to: marked!.start)
        case .timeline(let i):
            guard i < a.timeline.count else { return }
            let t = a.timeline[i]
            marked = t.sentence.isEmpty ? index.sentence(at: t.range.start) : t.sentence
            jump(to: marked!.start)
        }
        // With one column the panel hides the article: show where we jumped.
        if layout.mode == .single { focus = .article }
    }

    /// Keeps cursors on selectable rows and inside the visible part of their lists.
    mutating func settlePanels() {
        let l = layout
        for pane in [Pane.facts, Pane.timeline] {
            let rows = panelRows(for: pane)
            var cur = pane == .timeline ? timelineCursor : factsCursor
            var top = pane == .timeline ? timelineTop : factsTop
            cur = max(0, min(cur, rows.count - 1))
            if rows.indices.contains(cur), rows[cur].target == nil {
                cur = rows.indices.first { $0 > cur && rows[$0].target != nil }
                    ?? rows.indices.last { rows[$0].target != nil } ?? cur
            }
            let h = max(1, (pane == .timeline ? l.timeline : l.facts)?.height ?? 1)
            if cur < top { top = cur }
            if cur >= top + h { top = cur - h + 1 }
            // A title row just above the cursor stays in view when there is room.
            if top > 0, top == cur, rows.indices.contains(cur - 1), rows[cur - 1].target == nil,
               rows[cur - 1].segments.first?.element == .title { top -= 1 }
            top = max(0, min(top, max(0, rows.count - h)))
            if pane == .timeline { timelineCursor = cur; timelineTop = top } else { factsCursor = cur; factsTop = top }
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
