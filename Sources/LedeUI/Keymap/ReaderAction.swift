/// What a key does in the reader. Config files name these in `[keys]` (the raw value).
public enum ReaderAction: String, CaseIterable, Sendable {
    case lineDown = "line-down"
    case lineUp = "line-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up"
    case top
    case bottom
    case nextMention = "next-mention"
    case previousMention = "previous-mention"
    case nextSameEntity = "next-same-entity"
    case previousSameEntity = "previous-same-entity"
    /// From a group ("Israeli") to the place it belongs to (Israel), and from a place to its people.
    case linkedPlace = "linked-place"
    case entityList = "entity-list"
    case nextSection = "next-section"
    case previousSection = "previous-section"
    case sectionList = "section-list"
    case clearSectionFilter = "clear-section-filter"
    case focusFacts = "focus-facts"
    case focusTimeline = "focus-timeline"
    case back
    case activate
    case searchForward = "search-forward"
    case searchBackward = "search-backward"
    case nextHit = "next-hit"
    case previousHit = "previous-hit"
    case toggleBoilerplate = "toggle-boilerplate"
    case cycleTheme = "cycle-theme"
    case help
    case quit
    /// Library: the other articles that mention the selected entity.
    case otherArticles = "other-articles"

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
        case .focusFacts: return "focus the facts panel"
        case .focusTimeline: return "focus the timeline"
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
        }
    }
}
