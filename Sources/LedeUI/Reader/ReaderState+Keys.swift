import LedeCore
import LedeScreen

/// Keys: prompts and lists first (their typing is not remappable), then the keymap.
extension ReaderState {
    mutating func handle(_ key: Key) {
        if search.input != nil { return handleSearchInput(key) }
        if let o = overlay { return handleOverlay(o, key) }
        guard let action = keymap.action(for: key) else {
            if case .character(let c) = key { message = "\(c) is not bound; F1 shows the keys" }
            return
        }
        perform(action)
    }

    mutating func perform(_ action: ReaderAction) {
        switch action {
        case .lineDown: focus == .article ? scroll(by: 1) : moveCursor(by: 1)
        case .lineUp: focus == .article ? scroll(by: -1) : moveCursor(by: -1)
        case .pageDown: focus == .article ? scroll(by: max(1, pageRows - 1)) : moveCursor(by: max(1, panelRows - 1))
        case .pageUp: focus == .article ? scroll(by: -max(1, pageRows - 1)) : moveCursor(by: -max(1, panelRows - 1))
        case .halfPageDown: focus == .article ? scroll(by: max(1, pageRows / 2)) : moveCursor(by: max(1, panelRows / 2))
        case .halfPageUp: focus == .article ? scroll(by: -max(1, pageRows / 2)) : moveCursor(by: -max(1, panelRows / 2))
        case .top: focus == .article ? scrollToTop() : moveCursor(by: -Int.max / 2)
        case .bottom: focus == .article ? scrollToBottom() : moveCursor(by: Int.max / 2)
        case .nextMention: selectMention(forward: true)
        case .previousMention: selectMention(forward: false)
        case .nextSameEntity: selectSameEntity(forward: true)
        case .previousSameEntity: selectSameEntity(forward: false)
        case .linkedPlace: selectLinkedPlace()
        case .entityList:
            if index.entities.isEmpty {
                message = document.analysis == nil ? "the analysis is still running" : "no entities in this article"
            } else {
                overlay = .entities(EntityListState())
            }
        case .nextSection: gotoSection(forward: true)
        case .previousSection: gotoSection(forward: false)
        case .sectionList:
            if document.article.sections.isEmpty {
                message = "this article has no sections"
            } else {
                let cur = max(0, currentSection)
                var list = ListCursor()
                list.select(cur, count: document.article.sections.count, height: overlayRows)
                overlay = .sections(SectionListState(list: list, picked: sectionFilter))
            }
        case .clearSectionFilter:
            if !sectionFilter.isEmpty { applySectionFilter([]) }
        case .focus(let pane): focusPanel(pane)
        case .back: back()
        case .activate:
            if focus != .article { activatePanelCursor() }
        case .searchForward: openSearch(backward: false)
        case .searchBackward: openSearch(backward: true)
        case .nextHit: gotoHit(reverse: false)
        case .previousHit: gotoHit(reverse: true)
        case .toggleBoilerplate:
            showBoilerplate.toggle()
            message = showBoilerplate ? "boilerplate shown (dimmed)" : "boilerplate hidden"
        case .cycleTheme:
            theme = theme.next()
            message = "theme: \(theme.name)"
        case .help: overlay = .help(scroll: 0)
        case .quit: quit()
        case .otherArticles:
            if !hasLibrary {
                message = "other articles: open several files or a folder to use the library"
            } else if let entity = selectedEntity {
                request = .otherArticles(entity)
            } else {
                message = "select an entity first (Tab or e)"
            }
        }
    }

    /// Esc: close what is open, in order: panel focus, search highlights, selection and mark.
    mutating func back() {
        if focus != .article {
            focus = .article
        } else if search.results != nil {
            search.results = nil
            search.current = nil
        } else if selection != nil || marked != nil {
            selection = nil
            marked = nil
        }
    }

    /// `q`: back out of a panel, then back along the jumps made from panels and lists, then finish.
    mutating func quit() {
        if focus != .article {
            focus = .article
        } else if let last = jumps.popLast() {
            anchor = last
            marked = nil
            message = "back"
        } else {
            isFinished = true
        }
    }

    mutating func focusPanel(_ pane: Pane) {
        if layout.mode == .tooSmall { return }
        if focus == pane && layout.mode == .single {
            focus = .article
            return
        }
        focus = pane
        sideTab = pane
        if panelRows(for: pane).allSatisfy({ $0.target == nil }) {
            message = document.analysis == nil ? "the analysis is still running" : pane.panel?.emptyMessage
        }
    }

    /// Rows of the article pane on screen.
    var pageRows: Int { max(1, layout.articleText?.height ?? (height - 2)) }
}
