import LedeScreen

/// A partial style as a theme states it: only what it sets, so it can be layered over another style
/// (an entity colour over the text, reverse over the entity colour for the selection).
public struct StyleSpec: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false
    public var italic = false

    public init(foreground: Color? = nil, background: Color? = nil) {
        self.foreground = foreground
        self.background = background
    }

    /// `base` with this spec's colours and modifiers on top.
    @inline(__always)
    public func applied(to base: Style) -> Style {
        var s = base
        if let f = foreground { s.foreground = f }
        if let b = background { s.background = b }
        if bold { s.bold = true }
        if underline { s.underline = true }
        if reverse { s.reverse = true }
        if dim { s.dim = true }
        if italic { s.italic = true }
        return s
    }
}
