import LedeCore
import LedeScreen

/// The pure update and render of a `LibraryListState`.
public enum LibraryList {
    /// The state after an event (lists ask for no effects: what they open, the app reads from `request`).
    public static func update(_ state: LibraryListState, _ event: Event) -> (state: LibraryListState, effects: [Effect]) {
        var s = state
        s.request = nil
        let page = max(1, s.listHeight - 1)
        switch event {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            s.move(0)
        case .key(let key):
            switch key {
            case .character("j"), .down: s.move(1)
            case .character("k"), .up: s.move(-1)
            case .character(" "), .pageDown, .control("d"): s.move(page)
            case .character("b"), .pageUp, .control("u"): s.move(-page)
            case .character("g"), .home: s.move(-s.rows.count)
            case .character("G"), .end: s.move(s.rows.count)
            case .enter:
                if s.rows.indices.contains(s.cursor) { s.request = .open(s.rows[s.cursor].target) }
            case .character("q"), .escape: s.request = .back
            default: break
            }
        case .mouse(let m):
            switch m.action {
            case .wheelDown: s.move(3)
            case .wheelUp: s.move(-3)
            case .press:
                let k = s.list.offset + m.y - 1
                guard m.y >= 1, m.y <= s.listHeight, s.rows.indices.contains(k) else { break }
                if k == s.cursor {
                    s.request = .open(s.rows[k].target)
                } else {
                    s.list.select(k, count: s.rows.count, height: s.listHeight)
                }
            case .release: break
            }
        default:
            break
        }
        return (s, [])
    }

    public static func render(_ s: LibraryListState) -> CellGrid {
        let theme = s.theme
        var grid = CellGrid(width: s.width, height: s.height, fill: Cell(text: " ", width: 1, style: theme.style(.text)))
        guard s.width >= 40, s.height >= 10 else {
            GridText.fit("terminal too small (40x10 needed)", x: 0, y: 0, width: s.width, style: theme.style(.warning),
                         into: &grid)
            return grid
        }
        grid.fill(x: 0, y: 0, width: s.width, height: 1, style: theme.style(.header))
        GridText.fit(" " + s.title, x: 0, y: 0, width: s.width, style: theme.style(.header), into: &grid)
        let detailWidth = s.width >= 90 ? min(40, s.width / 3) : 0
        let textWidth = max(1, s.width - 1 - 10 - 2 - (detailWidth > 0 ? detailWidth + 2 : 0) - 1)
        for row in 0..<s.listHeight {
            let k = s.list.offset + row
            guard k < s.rows.count else { break }
            let r = s.rows[k], y = 1 + row, selected = k == s.cursor
            let base = selected ? theme.style(.cursor) : theme.style(.text)
            if selected { grid.fill(x: 0, y: y, width: s.width, height: 1, style: base) }
            GridText.fit(r.date, x: 1, y: y, width: 10, style: selected ? base : theme.style(.date), into: &grid)
            GridText.fit(r.text, x: 13, y: y, width: textWidth, style: base, into: &grid)
            if detailWidth > 0 {
                GridText.fit(r.detail, x: 13 + textWidth + 2, y: y, width: detailWidth,
                             style: selected ? base : theme.style(.dim), into: &grid)
            }
        }
        if s.rows.isEmpty {
            GridText.fit(s.emptyMessage, x: 1, y: 2, width: s.width - 2, style: theme.style(.dim), into: &grid)
        }
        let y = s.height - 1
        grid.fill(x: 0, y: y, width: s.width, height: 1, style: theme.style(.status))
        let left = s.rows.indices.contains(s.cursor) && detailWidth == 0 ? " " + s.rows[s.cursor].detail : ""
        let hint = "Enter open · q back "
        GridText.fit(left, x: 0, y: y, width: max(0, s.width - DisplayWidth.of(hint) - 1), style: theme.style(.status),
                     into: &grid)
        GridText.right(hint, x: 0, y: y, width: s.width, style: theme.style(.statusAccent), into: &grid)
        return grid
    }
}
