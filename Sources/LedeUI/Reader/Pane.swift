/// The parts of the reader that can have the keyboard: the article and the side panels.
///
/// A new side panel is a case here, its line in `panel`, and a file with its `Panel` (title, focus key,
/// rows): the layout, tabs, focus keys, help, cursor, mouse and status line all work from the table.
public enum Pane: Hashable, Sendable, CaseIterable {
    case article
    case facts
    case timeline

    /// The side panel in this pane; nil for the article.
    var panel: Panel? {
        switch self {
        case .article: return nil
        case .facts: return .facts
        case .timeline: return .timeline
        }
    }

    /// The side panels, in the order they are laid out, tabbed and listed in the help.
    static let panels: [Pane] = allCases.filter { $0.panel != nil }
}
