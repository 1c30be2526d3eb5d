/// The library list's sort column; the header shows each with its key (`1`, `2`, `3`).
public enum LibrarySort: String, CaseIterable, Sendable {
    case date
    case title
    case source

    /// The key that sorts by this column (pressing it again reverses the order).
    public var key: Character {
        switch self {
        case .date: return "1"
        case .title: return "2"
        case .source: return "3"
        }
    }

    /// Newest first for dates; A to Z for names.
    public var defaultDescending: Bool { self == .date }
}
