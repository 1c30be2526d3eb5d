/// How a cell is drawn. Colours come only from themes; content never chooses a style.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false,
                underline: Bool = false, reverse: Bool = false, dim: Bool = false, italic: Bool = false) {
        self.foreground = foreground
        self.background = background
        var a: Attributes = []
        if bold { a.insert(.bold) }
        if underline { a.insert(.underline) }
        if reverse { a.insert(.reverse) }
        if dim { a.insert(.dim) }
        if italic { a.insert(.italic) }
        attributes = a
    }

    public var bold: Bool {
        get { attributes.contains(.bold) }
        set { attributes.set(.bold, newValue) }
    }
    public var underline: Bool {
        get { attributes.contains(.underline) }
        set { attributes.set(.underline, newValue) }
    }
    public var reverse: Bool {
        get { attributes.contains(.reverse) }
        set { attributes.set(.reverse, newValue) }
    }
    public var dim: Bool {
        get { attributes.contains(.dim) }
        set { attributes.set(.dim, newValue) }
    }
    public var italic: Bool {
        get { attributes.contains(.italic) }
        set { attributes.set(.italic, newValue) }
    }

    public static let plain = Style()
}
