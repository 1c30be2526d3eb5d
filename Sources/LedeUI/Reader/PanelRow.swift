import LedeCore

/// One line of a side panel: styled pieces of text and, for a selectable line, what it points at.
struct PanelRow: Sendable {
    var segments: [PanelSegment]
    var target: PanelTarget?

    init(_ segments: [PanelSegment], target: PanelTarget? = nil) {
        self.segments = segments
        self.target = target
    }

    /// A group's title line ("People", "Figures"): not selectable, and kept in view above the first entry.
    var isTitle: Bool { target == nil && segments.first?.element == .title }
}

/// A piece of a panel line in one theme element's style (nil: plain text).
struct PanelSegment: Sendable {
    var text: String
    var element: ThemeElement?

    init(_ text: String, _ element: ThemeElement? = nil) {
        self.text = text
        self.element = element
    }
}

/// What a panel line stands for: Enter on it (or a click) goes there.
enum PanelTarget: Hashable, Sendable {
    /// An entity (index into `Analysis.entities`): selects it and jumps to its first mention shown.
    case entity(Int)
    /// The sentence a fact or event comes from: jumps there and marks it. `label` names the line in the status
    /// line ("quantity · 1,200", "2025-01-21 · event").
    case sentence(TextRange, label: String)
}
