/// Where everything goes for a terminal size: the article beside all the side panels from 120 columns, the
/// article with the panels as tabs from 80, the article alone below (a panel replaces it while focused), a
/// one-line message below 40x10. The panels shown come back as slots, in `Pane.panels` order, so the renderer
/// and the mouse treat every panel alike.
struct ReaderLayout: Sendable {
    enum Mode: Sendable {
        case tooSmall, single, tabs, three
    }

    /// A panel on screen: its title line (none under a tab bar) and its list.
    struct Slot: Sendable {
        var pane: Pane
        var title: Rect?
        var list: Rect
    }

    var mode: Mode
    var header = Rect(x: 0, y: 0, width: 0, height: 0)
    var status = Rect(x: 0, y: 0, width: 0, height: 0)
    var article: Rect?
    var panels: [Slot] = []
    /// The tabs naming every panel, in the tabbed layout.
    var tabBar: Rect?
    /// Column of the line between the article and the side panels.
    var separator: Rect?

    static let minWidth = 40
    static let minHeight = 10

    init(width: Int, height: Int, focus: Pane, sideTab: Pane) {
        guard width >= ReaderLayout.minWidth, height >= ReaderLayout.minHeight else {
            mode = .tooSmall
            return
        }
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let bodyY = 1, bodyH = height - 2
        if width >= 120 {
            mode = .three
            let side = min(max(40, width * 3 / 8), 80)
            let aw = width - side - 1
            article = Rect(x: 0, y: bodyY, width: aw, height: bodyH)
            separator = Rect(x: aw, y: bodyY, width: 1, height: bodyH)
            // The side column is shared out evenly; the last panel takes what the division leaves.
            let panes = Pane.panels
            let share = bodyH / max(1, panes.count)
            var y = bodyY
            for (i, pane) in panes.enumerated() {
                let h = i == panes.count - 1 ? bodyY + bodyH - y : share
                panels.append(Slot(pane: pane, title: Rect(x: aw + 1, y: y, width: side, height: 1),
                                   list: Rect(x: aw + 1, y: y + 1, width: side, height: h - 1)))
                y += h
            }
        } else if width >= 80 {
            mode = .tabs
            let side = width / 3
            let aw = width - side - 1
            article = Rect(x: 0, y: bodyY, width: aw, height: bodyH)
            separator = Rect(x: aw, y: bodyY, width: 1, height: bodyH)
            tabBar = Rect(x: aw + 1, y: bodyY, width: side, height: 1)
            let shown = sideTab.panel != nil ? sideTab : Pane.panels[0]
            panels = [Slot(pane: shown, title: nil, list: Rect(x: aw + 1, y: bodyY + 1, width: side, height: bodyH - 1))]
        } else {
            mode = .single
            if focus.panel == nil {
                article = Rect(x: 0, y: bodyY, width: width, height: bodyH)
            } else {
                panels = [Slot(pane: focus, title: Rect(x: 0, y: bodyY, width: width, height: 1),
                               list: Rect(x: 0, y: bodyY + 1, width: width, height: bodyH - 1))]
            }
        }
    }

    /// The slot of a panel, when it is on screen.
    func slot(_ pane: Pane) -> Slot? { panels.first { $0.pane == pane } }

    /// The tabs of the tab bar, one per panel, left to right, sharing its width.
    var tabs: [(pane: Pane, rect: Rect)] {
        guard let bar = tabBar else { return [] }
        let panes = Pane.panels
        return panes.enumerated().map { i, pane in
            let x0 = bar.x + i * bar.width / panes.count, x1 = bar.x + (i + 1) * bar.width / panes.count
            return (pane, Rect(x: x0, y: bar.y, width: x1 - x0, height: 1))
        }
    }

    /// The panel whose tab is at a column.
    func tab(atX x: Int) -> Pane? { tabs.first { $0.rect.contains(x: x, y: $0.rect.y) }?.pane }

    /// The rectangle of the article text inside the article pane (one column of margin on each side).
    var articleText: Rect? {
        guard let a = article else { return nil }
        let margin = a.width >= 50 ? 2 : 1
        return Rect(x: a.x + margin, y: a.y, width: a.width - 2 * margin, height: a.height)
    }
}
