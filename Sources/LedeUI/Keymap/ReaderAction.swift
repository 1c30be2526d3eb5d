import LedeScreen

/// What a key does in the reader. Config files name these in `[keys]` (`rawValue`, "line-down"). Focusing a
/// side panel is one action per panel (`focus(_:)`), named and bound by the panel itself (`Panel.focusAction`).
public enum ReaderAction: KeyAction {
    case lineDown
    case lineUp
    case pageDown
    case pageUp
    case halfPageDown
    case halfPageUp
    case top
    case bottom
    case nextMention
    case previousMention
    case nextSameEntity
    case previousSameEntity
    /// From a group ("Israeli") to the place it belongs to (Israel), and from a place to its people.
    case linkedPlace
    case entityList
    case nextSection
    case previousSection
    case sectionList
    case clearSectionFilter
    /// Focus a side panel ("focus-facts", "focus-timeline").
    case focus(Pane)
    case back
    case activate
    case searchForward
    case searchBackward
    case nextHit
    case previousHit
    case toggleBoilerplate
    case cycleTheme
    case help
    case quit
    /// Library: the other articles that mention the selected entity.
    case otherArticles

    /// Every action, in the order of the help: the panels' focus actions where the panels are listed.
    public static let allCases: [ReaderAction] =
        [.lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
         .nextMention, .previousMention, .nextSameEntity, .previousSameEntity, .linkedPlace, .entityList,
         .nextSection, .previousSection, .sectionList, .clearSectionFilter]
        + Pane.panels.map { .focus($0) }
        + [.back, .activate, .searchForward, .searchBackward, .nextHit, .previousHit, .toggleBoilerplate,
           .cycleTheme, .help, .quit, .otherArticles]

    public static let configTable = "keys"

    /// Every action with its default keys, in the order of the help. The side panels bring their own.
    public static let defaultBindings: [(ReaderAction, [Key])] = [
        (.lineDown, [.character("j"), .down]),
        (.lineUp, [.character("k"), .up]),
        (.pageDown, [.character(" "), .pageDown]),
        (.pageUp, [.character("b"), .pageUp]),
        (.halfPageDown, [.control("d")]),
        (.halfPageUp, [.control("u")]),
        (.top, [.character("g"), .home]),
        (.bottom, [.character("G"), .end]),
        (.nextMention, [.tab]),
        (.previousMention, [.backTab]),
        (.nextSameEntity, [.character("*")]),
        (.previousSameEntity, [.character("#")]),
        (.linkedPlace, [.character("p")]),
        (.entityList, [.character("e")]),
        (.nextSection, [.character("]")]),
        (.previousSection, [.character("[")]),
        (.sectionList, [.character("s")]),
        (.clearSectionFilter, [.character("S")]),
    ] + Pane.panels.map { (.focus($0), $0.panel?.focusKeys ?? []) } + [
        (.back, [.escape]),
        (.activate, [.enter]),
        (.searchForward, [.character("/")]),
        (.searchBackward, [.character("?")]),
        (.nextHit, [.character("n")]),
        (.previousHit, [.character("N")]),
        (.toggleBoilerplate, [.character("B")]),
        (.cycleTheme, [.character("T")]),
        (.help, [.function(1), .character("h")]),
        (.quit, [.character("q")]),
        (.otherArticles, [.character("a")]),
    ]

    /// The name config files use.
    public var rawValue: String {
        switch self {
        case .lineDown: return "line-down"
        case .lineUp: return "line-up"
        case .pageDown: return "page-down"
        case .pageUp: return "page-up"
        case .halfPageDown: return "half-page-down"
        case .halfPageUp: return "half-page-up"
        case .top: return "top"
        case .bottom: return "bottom"
        case .nextMention: return "next-mention"
        case .previousMention: return "previous-mention"
        case .nextSameEntity: return "next-same-entity"
        case .previousSameEntity: return "previous-same-entity"
        case .linkedPlace: return "linked-place"
        case .entityList: return "entity-list"
        case .nextSection: return "next-section"
        case .previousSection: return "previous-section"
        case .sectionList: return "section-list"
        case .clearSectionFilter: return "clear-section-filter"
        case .back: return "back"
        case .activate: return "activate"
        case .searchForward: return "search-forward"
        case .searchBackward: return "search-backward"
        case .nextHit: return "next-hit"
        case .previousHit: return "previous-hit"
        case .toggleBoilerplate: return "toggle-boilerplate"
        case .cycleTheme: return "cycle-theme"
        case .help: return "help"
        case .quit: return "quit"
        case .otherArticles: return "other-articles"
        case .focus(let pane): return pane.panel?.focusAction ?? "focus-article"
        }
    }

    public init?(rawValue: String) {
        guard let action = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = action
    }

    /// One line for the help overlay.
    public var summary: String {
        switch self {
        case .lineDown: return "scroll down a line"
        case .lineUp: return "scroll up a line"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .halfPageDown: return "half a page down"
        case .halfPageUp: return "half a page up"
        case .top: return "go to the top"
        case .bottom: return "go to the end"
        case .nextMention: return "select the next named-entity mention"
        case .previousMention: return "select the previous named-entity mention"
        case .nextSameEntity: return "next mention of the selected entity"
        case .previousSameEntity: return "previous mention of the selected entity"
        case .linkedPlace: return "from a group to its country or place, and from a place to its people"
        case .entityList: return "entity list (1-4 filter by type, 0 all, Enter selects)"
        case .nextSection: return "next section"
        case .previousSection: return "previous section"
        case .sectionList: return "section list (Space picks, Enter filters)"
        case .clearSectionFilter: return "clear the section filter"
        case .back: return "back to the article; clear search and selection"
        case .activate: return "in a panel: jump to the source sentence"
        case .searchForward: return "search forward (live)"
        case .searchBackward: return "search backward (live)"
        case .nextHit: return "next search hit"
        case .previousHit: return "previous search hit"
        case .toggleBoilerplate: return "show or hide boilerplate (dimmed)"
        case .cycleTheme: return "next theme"
        case .help: return "this help"
        case .quit: return "go back, or quit"
        case .otherArticles: return "library: other articles mentioning the selected entity"
        case .focus(let pane): return pane.panel?.focusSummary ?? "back to the article"
        }
    }
}
