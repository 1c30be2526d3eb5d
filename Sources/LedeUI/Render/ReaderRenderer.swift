import LedeCore
import LedeScreen

/// Draws a state into a grid: header, article pane, side panels, status line, overlay.
struct ReaderRenderer {
    let state: ReaderState
    var theme: Theme { state.theme }

    func render() -> CellGrid {
        let w = state.width, h = state.height
        var grid = CellGrid(width: w, height: h, fill: Cell(text: " ", width: 1, style: theme.style(.text)))
        guard w > 0, h > 0 else { return grid }
        let l = state.layout
        if l.mode == .tooSmall {
            let msg = "Terminal too small: \(w)x\(h), Lede needs \(ReaderLayout.minWidth)x\(ReaderLayout.minHeight)"
            grid.putTruncated(msg, x: 0, y: 0, maxX: w, style: theme.style(.warning))
            return grid
        }
        drawHeader(&grid, l.header)
        if l.articleText != nil { ArticlePaneRenderer(state: state).draw(&grid) }
        if let sep = l.separator {
            for y in sep.y..<(sep.y + sep.height) { grid.put("│", x: sep.x, y: y, maxX: sep.x + 1, style: theme.style(.border)) }
        }
        if let tabs = l.tabBar { drawTabs(&grid, tabs) }
        if let t = l.factsTitle { drawTitle(&grid, t, "Facts", focused: state.focus == .facts) }
        if let t = l.timelineTitle { drawTitle(&grid, t, "Timeline", focused: state.focus == .timeline) }
        if let r = l.facts {
            PanelRenderer(state: state, pane: .facts).draw(&grid, r)
        }
        if let r = l.timeline {
            PanelRenderer(state: state, pane: .timeline).draw(&grid, r)
        }
        StatusLineRenderer(state: state).draw(&grid, l.status)
        if let o = state.overlay { OverlayRenderer(state: state).draw(&grid, o) }
        return grid
    }

    func drawHeader(_ grid: inout CellGrid, _ r: Rect) {
        let style = theme.style(.header)
        grid.fill(r, style: style)
        let a = state.document.article
        let title = TextSanitizer.singleLine(a.title ?? SourceName(s: a.source).lastComponent)
        var right: [String] = []
        right.append(TextSanitizer.singleLine(SourceName(s: a.source).lastComponent))
        if let d = a.published { right.append(d.date.iso) }
        var rightText = right.joined(separator: " · ")
        if let attr = a.attribution, !attr.isEmpty { rightText += " · " + TextSanitizer.singleLine(attr) }
        let rw = DisplayWidth.of(rightText)
        let titleMax = r.width - 1
        var x = grid.putTruncated(" " + title, x: r.x, y: r.y, maxX: r.x + max(1, min(titleMax, r.width - min(rw, r.width / 2) - 3)), style: style)
        x += 2
        let room = r.x + r.width - 1 - x
        if room > 4 {
            let dim = theme.spec(.dim).applied(to: style)
            let start = max(x, r.x + r.width - 1 - rw)
            grid.putTruncated(rightText, x: start, y: r.y, maxX: r.x + r.width - 1, style: dim)
        }
    }

    func drawTitle(_ grid: inout CellGrid, _ r: Rect, _ text: String, focused: Bool) {
        let style = theme.style(focused ? .titleFocused : .title)
        let key = text == "Facts" ? keyHint(.focusFacts) : keyHint(.focusTimeline)
        grid.putTruncated(" " + text + (key.isEmpty ? "" : " (\(key))"), x: r.x, y: r.y, maxX: r.x + r.width, style: style)
    }

    func drawTabs(_ grid: inout CellGrid, _ r: Rect) {
        let half = r.width / 2
        for (i, (pane, name)) in [(Pane.facts, "Facts"), (Pane.timeline, "Timeline")].enumerated() {
            let active = state.sideTab == pane
            var style = theme.style(active ? .tabActive : .tabInactive)
            if active && state.focus == pane { style.underline = true }
            let x = r.x + i * half
            let w = i == 0 ? half : r.width - half
            grid.fill(Rect(x: x, y: r.y, width: w, height: 1), style: style)
            let key = keyHint(pane == .facts ? .focusFacts : .focusTimeline)
            grid.putTruncated(" \(name)" + (key.isEmpty ? "" : " (\(key))"), x: x, y: r.y, maxX: x + w, style: style)
        }
    }

    func keyHint(_ action: ReaderAction) -> String {
        state.keymap.keys(for: action).first.map(KeyName.describe) ?? ""
    }
}
