/// One line of the facts or timeline panel: styled pieces of text and, for a selectable line, what it points at.
struct PanelRow: Sendable {
    var segments: [PanelSegment]
    var target: PanelTarget?

    init(_ segments: [PanelSegment], target: PanelTarget? = nil) {
        self.segments = segments
        self.target = target
    }
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

/// What a panel line stands for: Enter on it jumps to its source sentence.
enum PanelTarget: Hashable, Sendable {
    case entity(Int)
    case fact(Int)
    case timeline(Int)
}
