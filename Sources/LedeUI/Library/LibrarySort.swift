/// The library list's sort column; the header shows each with its key (`1`, `2`, `3` by default).
public enum LibrarySort: String, CaseIterable, Sendable {
    case date
    case title
    case source

    /// The action that sorts by this column (again: reverses the order).
    public var action: LibraryAction {
        switch self {
        case .date: return .sortByDate
        case .title: return .sortByTitle
        case .source: return .sortBySource
        }
    }

    /// The column an action sorts by.
    init?(_ action: LibraryAction) {
        guard let sort = LibrarySort.allCases.first(where: { $0.action == action }) else { return nil }
        self = sort
    }

    /// Newest first for dates; A to Z for names.
    public var defaultDescending: Bool { self == .date }
}
