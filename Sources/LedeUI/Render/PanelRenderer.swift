import LedeCore
import LedeScreen

/// Draws a side panel's list: the rows from the panel's scroll position, the cursor when focused, a marker on
/// the selected entity's line, and (for panels that ask for it) on the rows of the section being read.
struct PanelRenderer {
    let state: ReaderState
    let pane: Pane
    var theme: Theme { state.theme }

    func draw(_ grid: inout CellGrid, _ r: Rect) {
        guard r.width > 0, r.height > 0 else { return }
        let rows = state.panelRows(for: pane)
        let top = state.cursor(pane).offset
        let cursor = state.cursor(pane).selected
        let marksSection = pane.panel?.marksCurrentSection ?? false
        let focused = state.focus == pane
        let text = theme.style(.text)
        let cursorSpec = theme.spec(.cursor)
        let currentSection = state.currentSection
        for i in 0..<r.height {
            let ri = top + i
            guard ri < rows.count else { break }
            let row = rows[ri]
            let y = r.y + i
            let onCursor = focused && ri == cursor && row.target != nil
            var rowBase = text
            if onCursor {
                rowBase = cursorSpec.applied(to: text)
                grid.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: rowBase)
            }
            var x = r.x
            var marker = " "
            if marksSection, case .sentence(let sentence, _)? = row.target, currentSection >= 0,
               state.index.section(at: sentence.start) == currentSection {
                marker = "▸"
            }
            if case .entity(let e)? = row.target, state.selection?.entity == e, row.segments.count > 1 { marker = "•" }
            x = grid.put(marker, x: x, y: y, maxX: r.x + r.width,
                         style: marker == " " ? rowBase : theme.spec(.timelineCurrent).applied(to: rowBase))
            if !row.isTitle { x += 1 }
            for (k, seg) in row.segments.enumerated() {
                var style = seg.element.map { theme.spec($0).applied(to: rowBase) } ?? rowBase
                if k == 0, case .entity(let e)? = row.target, state.selection?.entity == e, row.segments.count > 1 {
                    style = theme.spec(.related).applied(to: style)
                }
                if onCursor { style = cursorSpec.applied(to: style) }
                let last = k == row.segments.count - 1
                x = last ? grid.putTruncated(seg.text, x: x, y: y, maxX: r.x + r.width, style: style)
                    : grid.put(seg.text, x: x, y: y, maxX: r.x + r.width, style: style)
                if x >= r.x + r.width { break }
            }
        }
    }
}
