/// The things a theme colours: parts of the interface, entity types and text highlights.
///
/// The raw value is `table.key` as written in a theme file (`[entity]` `person = ...` is `entity.person`).
public enum ThemeElement: String, CaseIterable, Sendable {
    case text = "ui.text"
    case header = "ui.header"
    case status = "ui.status"
    case statusAccent = "ui.status-accent"
    case border = "ui.border"
    case title = "ui.title"
    case titleFocused = "ui.title-focused"
    case cursor = "ui.cursor"
    case tabActive = "ui.tab-active"
    case tabInactive = "ui.tab-inactive"
    case heading1 = "ui.heading-1"
    case heading2 = "ui.heading-2"
    case heading3 = "ui.heading-3"
    case boilerplate = "ui.boilerplate"
    case dim = "ui.dim"
    case overlay = "ui.overlay"
    case overlayBorder = "ui.overlay-border"
    case warning = "ui.warning"
    case timelineCurrent = "ui.timeline-current"
    case person = "entity.person"
    case organization = "entity.organization"
    case place = "entity.place"
    case group = "entity.group"
    case selected = "entity.selected"
    case related = "entity.related"
    case date = "highlight.date"
    case number = "highlight.number"
    case search = "highlight.search"
    case searchCurrent = "highlight.search-current"
    case mark = "highlight.mark"

    /// The table a theme file writes this element in.
    public var table: String { String(rawValue.split(separator: ".")[0]) }
    /// The key inside that table.
    public var key: String { String(rawValue.split(separator: ".", maxSplits: 1)[1]) }
}
