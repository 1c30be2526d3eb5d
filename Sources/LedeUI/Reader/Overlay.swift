import LedeCore

/// A window over the panes: help, the entity list, the section list.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case entities(EntityListState)
    case sections(SectionListState)
}

/// The entity list: a type filter (nil: all types) and a cursor.
public struct EntityListState: Hashable, Sendable {
    public var type: EntityType?
    public var cursor: Int
    public var top: Int

    public init(type: EntityType? = nil, cursor: Int = 0, top: Int = 0) {
        self.type = type
        self.cursor = cursor
        self.top = top
    }
}

/// The section list: a cursor and the sections picked so far (indices into `Article.sections`).
public struct SectionListState: Hashable, Sendable {
    public var cursor: Int
    public var top: Int
    public var picked: Set<Int>

    public init(cursor: Int = 0, top: Int = 0, picked: Set<Int> = []) {
        self.cursor = cursor
        self.top = top
        self.picked = picked
    }
}
