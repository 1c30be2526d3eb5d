import LedeCore
import LedeScreen

/// The status line: section, position, selected item, section filter; the search prompt while typing; a short
/// key hint or the last message on the right.
struct StatusLineRenderer {
    let state: ReaderState
    var theme: Theme { state.theme }

    func draw(_ grid: inout CellGrid, _ r: Rect) {
        let style = theme.style(.status)
        let accent = theme.style(.statusAccent)
        grid.fill(r, style: style)
        let maxX = r.x + r.width
        if let input = state.search.input {
            var x = grid.put(state.search.backward ? "?" : "/", x: r.x, y: r.y, maxX: maxX, style: accent)
            x = grid.putTruncated(input, x: x, y: r.y, maxX: maxX - 1, style: style)
            grid.put("▏", x: x, y: r.y, maxX: maxX, style: style)
            if let res = state.search.results {
                let n = res.starts.count
                let note = n == 0 ? "not found" : "\(n) match\(n == 1 ? "" : "es")"
                let w = DisplayWidth.of(note)
                if maxX - w - 1 > x + 2 { grid.put(note, x: maxX - w - 1, y: r.y, maxX: maxX, style: style) }
            }
            return
        }
        var parts: [(String, Style)] = [("\(state.percent)%", style)]
        let section = state.currentSection
        if section >= 0, !state.document.article.sections.isEmpty {
            parts.append(("§ " + state.sectionTitle(section), accent))
        }
        if let item = selectedItem { parts.append((item, accent)) }
        if !state.sectionFilter.isEmpty {
            let names = state.sectionFilter.sorted().map { state.sectionTitle($0) }
            parts.append(("filter: " + names.joined(separator: ", "), accent))
        }
        let right: String
        if let m = state.message {
            right = m
        } else if state.document.analysis == nil {
            right = "analysing…"
        } else {
            right = hint(wide: r.width >= 110)
        }
        let rw = min(DisplayWidth.of(right), r.width / 2)
        var x = r.x + 1
        let leftMax = maxX - rw - 2
        for (i, (text, st)) in parts.enumerated() {
            if i > 0 { x = grid.put("  ", x: x, y: r.y, maxX: leftMax, style: style) }
            guard x < leftMax else { break }
            x = grid.putTruncated(TextSanitizer.singleLine(text), x: x, y: r.y, maxX: leftMax, style: st)
        }
        if rw > 0 {
            grid.putTruncated(right, x: maxX - rw - 1, y: r.y, maxX: maxX - 1, style: style)
        }
    }

    /// What the focused pane's cursor or the selection stands for.
    var selectedItem: String? {
        if state.focus != .article, let a = state.document.analysis {
            let rows = state.panelRows(for: state.focus)
            let cur = state.cursor(state.focus).selected
            if rows.indices.contains(cur), let t = rows[cur].target {
                switch t {
                case .entity(let i) where i < a.entities.count:
                    return a.entities[i].statusLabel
                case .sentence(_, let label):
                    return label
                default: break
                }
            }
        }
        return state.selectionLabel
    }

    func hint(wide: Bool) -> String {
        func k(_ a: ReaderAction) -> String { state.keymap.keys(for: a).first.map(KeyName.describe) ?? "" }
        let all = [(k(.nextMention), "entities"), (k(.searchForward), "search"), (k(.help), "help"), (k(.quit), "quit")]
        return (wide ? all : Array(all.suffix(2)))
            .filter { !$0.0.isEmpty }.map { "\($0.0) \($0.1)" }.joined(separator: "  ")
    }
}
