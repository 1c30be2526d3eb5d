import LedeCore
import LedeScreen

/// Keys in the help, entity and section lists.
extension ReaderState {
    /// Entities for the entity list: by salience, filtered by type, with mentions in the shown text.
    func entityListItems(_ type: EntityType?) -> [(entity: Int, count: Int)] {
        let es = index.entities
        let f = filter
        let order = index.entitiesBySalience
        var out: [(Int, Int)] = []
        for i in order where type == nil || es[i].type == type {
            let c = index.mentionCount(i, f)
            if c > 0 { out.append((i, c)) }
        }
        return out
    }

    /// The lines of the help overlay.
    var helpLines: [(keys: String, text: String)] {
        var out: [(String, String)] = []
        for action in ReaderAction.allCases {
            let keys = keymap.keys(for: action).map(KeyName.describe).joined(separator: " ")
            out.append((keys.isEmpty ? "(unbound)" : keys, action.summary))
        }
        out.append(("", ""))
        out.append(("Mouse", "click selects an entity, fact or event; wheel scrolls"))
        out.append(("/ ?", "while typing: Enter keeps, Esc cancels, Backspace edits"))
        out.append(("e", "in the list: 1 people 2 orgs 3 places 4 groups 0 all"))
        out.append(("s", "in the list: Space picks, Enter shows the picked"))
        return out
    }

    /// Rows an overlay list shows at once.
    var overlayRows: Int { max(1, OverlayFrame(width: width, height: height, rows: Int.max).listHeight) }

    mutating func handleOverlay(_ o: Overlay, _ key: Key) {
        let action = keymap.action(for: key)
        switch o {
        case .help(let scroll):
            switch key {
            case .escape, .character("q"), .enter: overlay = nil
            default:
                switch action {
                case .help?, .quit?, .back?: overlay = nil
                case .lineDown?: overlay = .help(scroll: scroll + 1)
                case .lineUp?: overlay = .help(scroll: max(0, scroll - 1))
                case .pageDown?, .halfPageDown?: overlay = .help(scroll: scroll + overlayRows - 1)
                case .pageUp?, .halfPageUp?: overlay = .help(scroll: max(0, scroll - overlayRows + 1))
                case .top?: overlay = .help(scroll: 0)
                default: break
                }
            }
            if case .help(let s)? = overlay {
                overlay = .help(scroll: max(0, min(s, helpLines.count - overlayRows)))
            }
        case .entities(var st):
            let types: [Character: EntityType?] = ["0": nil, "1": .person, "2": .organization, "3": .place, "4": .group]
            if case .character(let c) = key, let t = types[c] {
                st = EntityListState(type: t)
            } else if key == .escape || key == .character("q") {
                overlay = nil
                return
            } else if key == .enter {
                let items = entityListItems(st.type)
                overlay = nil
                if items.indices.contains(st.list.selected) { selectEntity(items[st.list.selected].entity, jump: false) }
                focus = .article
                return
            } else {
                let count = entityListItems(st.type).count
                st.list.select(moved(st.list.selected, key: key, action: action, count: count), count: count,
                               height: overlayRows)
            }
            overlay = .entities(st)
        case .sections(var st):
            let count = document.article.sections.count
            if key == .escape || key == .character("q") {
                overlay = nil
                return
            } else if key == .character(" ") || key == .character("x") {
                let k = st.list.selected
                if st.picked.contains(k) { st.picked.remove(k) } else { st.picked.insert(k) }
                st.list.move(by: 1, count: count, height: overlayRows)
            } else if key == .enter {
                overlay = nil
                applySectionFilter(st.picked.isEmpty ? [st.list.selected] : st.picked)
                focus = .article
                return
            } else if key == .character("S") || key == .character("0") {
                overlay = nil
                applySectionFilter([])
                return
            } else {
                st.list.select(moved(st.list.selected, key: key, action: action, count: count), count: count,
                               height: overlayRows)
            }
            overlay = .sections(st)
        }
    }

    func moved(_ cursor: Int, key: Key, action: ReaderAction?, count: Int) -> Int {
        guard count > 0 else { return 0 }
        var c = cursor
        switch action {
        case .lineDown?: c += 1
        case .lineUp?: c -= 1
        case .pageDown?, .halfPageDown?: c += overlayRows - 1
        case .pageUp?, .halfPageUp?: c -= overlayRows - 1
        case .top?: c = 0
        case .bottom?: c = count - 1
        case .nextMention?: c += 1
        case .previousMention?: c -= 1
        default: break
        }
        return max(0, min(count - 1, c))
    }
}
