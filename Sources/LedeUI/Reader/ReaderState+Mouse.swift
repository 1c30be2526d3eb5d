import LedeCore
import LedeScreen

/// Mouse: a click selects what is under it (entity mention, fact, timeline entry, tab); the wheel scrolls the
/// pane under the pointer.
extension ReaderState {
    mutating func handle(_ m: MouseEvent) {
        let l = layout
        guard l.mode != .tooSmall, m.action != .release else { return }
        if overlay != nil { return handleOverlayMouse(m) }
        let wheel = m.action == .wheelUp ? -3 : (m.action == .wheelDown ? 3 : 0)
        if let r = l.article, r.contains(x: m.x, y: m.y) {
            if wheel != 0 { scroll(by: wheel); return }
            focus = .article
            if let off = offset(atX: m.x, y: m.y), let mention = index.mention(at: off) {
                selection = Selection(entity: Int(mention.entity), mention: TextRange(mention.start, mention.end))
            }
            return
        }
        if let tabs = l.tabBar, tabs.contains(x: m.x, y: m.y) {
            guard let pane = l.tab(atX: m.x) else { return }
            sideTab = pane
            focus = pane
            return
        }
        for slot in l.panels {
            if let t = slot.title, t.contains(x: m.x, y: m.y) {
                focus = slot.pane
                return
            }
            let r = slot.list
            guard r.contains(x: m.x, y: m.y) else { continue }
            if wheel != 0 {
                scrollPanel(slot.pane, by: wheel)
                return
            }
            let row = cursor(slot.pane).offset + (m.y - r.y)
            let rows = panelRows(for: slot.pane)
            guard rows.indices.contains(row), let target = rows[row].target else { return }
            focus = slot.pane
            cursors[slot.pane, default: ListCursor()].selected = row
            activate(target)
            return
        }
    }

    /// The text offset under a cell of the article pane, if text is there.
    func offset(atX x: Int, y: Int) -> Int? {
        guard let r = layout.articleText, let g = geometry, y >= r.y, y < r.y + r.height else { return nil }
        let rows = g.rows(from: topPosition, count: r.height)
        let i = y - r.y
        guard i < rows.count else { return nil }
        let p = rows[i]
        let lines = g.lines(p.block)
        guard p.line < lines.count else { return nil }
        let line = lines[p.line]
        var col = r.x + ArticleGeometry.gutter(g.block(p.block).kind)
        var k = line.start
        let s = index.scalars
        while k < line.end {
            let e = DisplayWidth.clusterEnd(s, from: k, limit: line.end)
            let w = DisplayWidth.clusterWidth(s, k, e)
            if x >= col && x < col + max(1, w) { return k }
            col += w
            k = e
        }
        return nil
    }

    mutating func handleOverlayMouse(_ m: MouseEvent) {
        guard let o = overlay else { return }
        switch m.action {
        case .wheelDown: handleOverlay(o, .down); handleOverlay(overlay ?? o, .down); handleOverlay(overlay ?? o, .down)
        case .wheelUp: handleOverlay(o, .up); handleOverlay(overlay ?? o, .up); handleOverlay(overlay ?? o, .up)
        case .press:
            let frame = OverlayFrame(width: width, height: height, rows: overlayRowCount(o))
            guard frame.box.contains(x: m.x, y: m.y) else { overlay = nil; return }
            guard frame.list.contains(x: m.x, y: m.y) else { return }
            let row = m.y - frame.list.y
            switch o {
            case .entities(var st):
                let items = entityListItems(st.type)
                guard items.indices.contains(st.list.offset + row) else { return }
                st.list.selected = st.list.offset + row
                overlay = .entities(st)
                handleOverlay(.entities(st), .enter)
            case .sections(var st):
                guard document.article.sections.indices.contains(st.list.offset + row) else { return }
                st.list.selected = st.list.offset + row
                handleOverlay(.sections(st), .character(" "))
                if case .sections(var after)? = overlay { after.list.selected = st.list.selected; overlay = .sections(after) }
            case .help:
                return
            }
        case .release:
            return
        }
    }

    func overlayRowCount(_ o: Overlay) -> Int {
        switch o {
        case .help: return helpLines.count
        case .entities(let st): return max(1, entityListItems(st.type).count)
        case .sections: return max(1, document.article.sections.count)
        }
    }
}
