/// Where everything goes for a terminal size: three panes from 120 columns, the article with tabbed side panels
/// from 80, the article alone below (panels replace it while focused), a one-line message below 40x10.
struct ReaderLayout: Sendable {
    enum Mode: Sendable {
        case tooSmall, single, tabs, three
    }

    var mode: Mode
    var header = Rect(x: 0, y: 0, width: 0, height: 0)
    var status = Rect(x: 0, y: 0, width: 0, height: 0)
    var article: Rect?
    var factsTitle: Rect?
    var facts: Rect?
    var timelineTitle: Rect?
    var timeline: Rect?
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
            let sx = aw + 1
            let factsH = bodyH / 2
            factsTitle = Rect(x: sx, y: bodyY, width: side, height: 1)
            facts = Rect(x: sx, y: bodyY + 1, width: side, height: factsH - 1)
            timelineTitle = Rect(x: sx, y: bodyY + factsH, width: side, height: 1)
            timeline = Rect(x: sx, y: bodyY + factsH + 1, width: side, height: bodyH - factsH - 1)
        } else if width >= 80 {
            mode = .tabs
            let side = width / 3
            let aw = width - side - 1
            article = Rect(x: 0, y: bodyY, width: aw, height: bodyH)
            separator = Rect(x: aw, y: bodyY, width: 1, height: bodyH)
            tabBar = Rect(x: aw + 1, y: bodyY, width: side, height: 1)
            let list = Rect(x: aw + 1, y: bodyY + 1, width: side, height: bodyH - 1)
            if sideTab == .timeline { timeline = list } else { facts = list }
        } else {
            mode = .single
            switch focus {
            case .article:
                article = Rect(x: 0, y: bodyY, width: width, height: bodyH)
            case .facts:
                factsTitle = Rect(x: 0, y: bodyY, width: width, height: 1)
                facts = Rect(x: 0, y: bodyY + 1, width: width, height: bodyH - 1)
            case .timeline:
                timelineTitle = Rect(x: 0, y: bodyY, width: width, height: 1)
                timeline = Rect(x: 0, y: bodyY + 1, width: width, height: bodyH - 1)
            }
        }
    }

    /// The rectangle of the article text inside the article pane (one column of margin on each side).
    var articleText: Rect? {
        guard let a = article else { return nil }
        let margin = a.width >= 50 ? 2 : 1
        return Rect(x: a.x + margin, y: a.y, width: a.width - 2 * margin, height: a.height)
    }
}
