import LedeCore

/// A window over the panes: help, the entity list, the section list.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case entities(EntityListState)
    case sections(SectionListState)
}

/// The entity list: a type filter (nil: all types) and where its list stands.
public struct EntityListState: Hashable, Sendable {
    public var type: EntityType?
    public var list: ListCursor

    public init(type: EntityType? = nil, list: ListCursor = ListCursor()) {
        self.type = type
        self.list = list
    }
}

/// The section list: where it stands and the sections picked so far (indices into `Article.sections`).
public struct SectionListState: Hashable, Sendable {
    public var list: ListCursor
    public var picked: Set<Int>

    public init(list: ListCursor = ListCursor(), picked: Set<Int> = []) {
        self.list = list
        self.picked = picked
    }
}
