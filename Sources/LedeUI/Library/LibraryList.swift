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
            switch s.keymap.action(for: key) {
            case .lineDown?: s.move(1)
            case .lineUp?: s.move(-1)
            case .pageDown?: s.move(page)
            case .pageUp?: s.move(-page)
            case .halfPageDown?: s.move(max(1, s.listHeight / 2))
            case .halfPageUp?: s.move(-max(1, s.listHeight / 2))
            case .top?: s.move(-s.rows.count)
            case .bottom?: s.move(s.rows.count)
            case .activate?:
                if s.rows.indices.contains(s.cursor) { s.request = .open(s.rows[s.cursor].target) }
            case .quit?, .back?: s.request = .back
            case .sortByDate?, .sortByTitle?, .sortBySource?, .filter?, .timeline?, .help?, nil:
                // Esc always goes back, whatever it is bound to.
                if key == .escape { s.request = .back }
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
        var grid = CellGrid(width: s.width, height: s.height, style: theme.style(.text))
        guard s.width >= 40, s.height >= 10 else {
            grid.putTruncated("terminal too small (40x10 needed)", x: 0, y: 0, maxX: s.width, style: theme.style(.warning))
            return grid
        }
        grid.fill(x: 0, y: 0, width: s.width, height: 1, style: theme.style(.header))
        grid.putTruncated(" " + s.title, x: 0, y: 0, maxX: s.width, style: theme.style(.header))
        let detailWidth = s.width >= 90 ? min(40, s.width / 3) : 0
        let textWidth = max(1, s.width - 1 - 10 - 2 - (detailWidth > 0 ? detailWidth + 2 : 0) - 1)
        for row in 0..<s.listHeight {
            let k = s.list.offset + row
            guard k < s.rows.count else { break }
            let r = s.rows[k], y = 1 + row, selected = k == s.cursor
            let base = selected ? theme.style(.cursor) : theme.style(.text)
            if selected { grid.fill(x: 0, y: y, width: s.width, height: 1, style: base) }
            grid.putTruncated(r.date, x: 1, y: y, maxX: 11, style: selected ? base : theme.style(.date))
            grid.putTruncated(r.text, x: 13, y: y, maxX: 13 + textWidth, style: base)
            if detailWidth > 0 {
                grid.putTruncated(r.detail, x: 13 + textWidth + 2, y: y, maxX: 13 + textWidth + 2 + detailWidth,
                                  style: selected ? base : theme.style(.dim))
            }
        }
        if s.rows.isEmpty {
            grid.putTruncated(s.emptyMessage, x: 1, y: 2, maxX: s.width - 1, style: theme.style(.dim))
        }
        let y = s.height - 1
        grid.fill(x: 0, y: y, width: s.width, height: 1, style: theme.style(.status))
        let left = s.rows.indices.contains(s.cursor) && detailWidth == 0 ? " " + s.rows[s.cursor].detail : ""
        func key(_ a: LibraryAction) -> String { s.keymap.keys(for: a).first.map(KeyName.describe) ?? "" }
        let hint = [(key(.activate), "open"), (key(.quit), "back")].filter { !$0.0.isEmpty }
            .map { "\($0.0) \($0.1)" }.joined(separator: " · ") + " "
        grid.putTruncated(left, x: 0, y: y, maxX: max(0, s.width - DisplayWidth.of(hint) - 1),
                          style: theme.style(.status))
        grid.putRight(hint, x: 0, y: y, width: s.width, style: theme.style(.statusAccent))
        return grid
    }
}
