import LedeCore
import LedeScreen

/// Draws a state into a grid: header, article pane, side panels, status line, overlay.
struct ReaderRenderer {
    let state: ReaderState
    var theme: Theme { state.theme }

    func render() -> CellGrid {
        let w = state.width, h = state.height
        var grid = CellGrid(width: w, height: h, style: theme.style(.text))
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
        if l.tabBar != nil { drawTabs(&grid, l) }
        for slot in l.panels {
            if let t = slot.title { drawTitle(&grid, t, slot.pane) }
            PanelRenderer(state: state, pane: slot.pane).draw(&grid, slot.list)
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

    /// A panel's title, with the key that focuses it: " Facts (f)".
    func drawTitle(_ grid: inout CellGrid, _ r: Rect, _ pane: Pane) {
        let style = theme.style(state.focus == pane ? .titleFocused : .title)
        grid.putTruncated(label(pane), x: r.x, y: r.y, maxX: r.x + r.width, style: style)
    }

    func drawTabs(_ grid: inout CellGrid, _ l: ReaderLayout) {
        for (pane, r) in l.tabs {
            let active = state.sideTab == pane
            var style = theme.style(active ? .tabActive : .tabInactive)
            if active && state.focus == pane { style.underline = true }
            grid.fill(r, style: style)
            // A narrow tab drops its key hint before it cuts the panel's name.
            let full = label(pane), short = " " + (pane.panel?.title ?? "")
            let text = DisplayWidth.of(full) <= r.width || DisplayWidth.of(short) > r.width ? full : short
            grid.putTruncated(text, x: r.x, y: r.y, maxX: r.x + r.width, style: style)
        }
    }

    func label(_ pane: Pane) -> String {
        let key = keyHint(.focus(pane))
        return " " + (pane.panel?.title ?? "") + (key.isEmpty ? "" : " (\(key))")
    }

    func keyHint(_ action: ReaderAction) -> String {
        state.keymap.keys(for: action).first.map(KeyName.describe) ?? ""
    }
}
