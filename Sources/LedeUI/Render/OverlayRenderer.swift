import LedeCore
import LedeScreen

/// Draws the help, entity list and section list in a bordered box over the panes.
struct OverlayRenderer {
    let state: ReaderState
    var theme: Theme { state.theme }

    func draw(_ grid: inout CellGrid, _ o: Overlay) {
        let frame = OverlayFrame(width: state.width, height: state.height, rows: state.overlayRowCount(o))
        let (title, footer) = labels(o)
        guard OverlayBox.draw(frame, title: title, footer: footer, theme: theme, into: &grid) else { return }
        let body = theme.style(.overlay)
        let l = frame.list
        switch o {
        case .help(let scroll):
            OverlayBox.keyLines(state.helpLines, scroll: scroll, in: frame, theme: theme, into: &grid)
        case .entities(let st):
            let items = state.entityListItems(st.type)
            if items.isEmpty { grid.put("(none of this type)", x: l.x, y: l.y, maxX: l.x + l.width, style: theme.spec(.dim).applied(to: body)) }
            // Name, then type and count in fixed columns on the right.
            let countW = items.map { String($0.count).count }.max() ?? 1
            let typeW = 12
            let nameMax = l.x + max(1, l.width - countW - typeW - 2)
            for i in 0..<l.height {
                let k = st.list.offset + i
                guard k < items.count else { break }
                let e = state.index.entities[items[k].entity]
                let y = l.y + i
                var rowStyle = body
                if k == st.list.selected {
                    rowStyle = theme.spec(.cursor).applied(to: body)
                    grid.fill(Rect(x: l.x - 1, y: y, width: l.width + 2, height: 1), style: rowStyle)
                }
                let count = "\(items[k].count)"
                grid.putTruncated(TextSanitizer.singleLine(e.name), x: l.x, y: y, maxX: nameMax,
                                  style: theme.spec(Theme.element(for: e.type)).applied(to: rowStyle))
                grid.put(e.type.rawValue, x: nameMax + 1, y: y, maxX: l.x + l.width, style: theme.spec(.dim).applied(to: rowStyle))
                grid.put(count, x: l.x + l.width - count.count, y: y, maxX: l.x + l.width, style: rowStyle)
            }
        case .sections(let st):
            let sections = state.document.article.sections
            let minLevel = sections.compactMap(\.level).min() ?? 1
            for i in 0..<l.height {
                let k = st.list.offset + i
                guard k < sections.count else { break }
                let y = l.y + i
                var rowStyle = body
                if k == st.list.selected {
                    rowStyle = theme.spec(.cursor).applied(to: body)
                    grid.fill(Rect(x: l.x - 1, y: y, width: l.width + 2, height: 1), style: rowStyle)
                }
                let box = st.picked.contains(k) ? "[x] " : "[ ] "
                let indent = String(repeating: "  ", count: max(0, min(4, (sections[k].level ?? minLevel) - minLevel)))
                let x = grid.put(box + indent, x: l.x, y: y, maxX: l.x + l.width, style: rowStyle)
                grid.putTruncated(state.sectionTitle(k), x: x, y: y, maxX: l.x + l.width, style: rowStyle)
            }
        }
    }

    func labels(_ o: Overlay) -> (String, String) {
        switch o {
        case .help: return ("Keys", "Esc closes")
        case .entities(let st):
            let t = st.type.map { $0.rawValue } ?? "all"
            return ("Entities: \(t)", "1 people 2 orgs 3 places 4 groups 0 all · Enter selects")
        case .sections(let st):
            return ("Sections" + (st.picked.isEmpty ? "" : " (\(st.picked.count) picked)"), "Space picks · Enter shows · S all")
        }
    }
}
