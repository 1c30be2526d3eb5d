/// The last library view, restored the next time the same kind of library opens: sort, filter and the selected row.
public struct LibraryViewMemory: Codable, Sendable, Equatable {
    /// The sort column's name ("date", "title", "source").
    public var sort: String
    public var descending: Bool
    public var filter: String
    public var selected: LibraryEntry.Key?

    public init(sort: String = "date", descending: Bool = true, filter: String = "", selected: LibraryEntry.Key? = nil) {
        self.sort = sort
        self.descending = descending
        self.filter = filter
        self.selected = selected
    }

    public static func load(from path: String) -> LibraryViewMemory? {
        StateFile.load(LibraryViewMemory.self, from: path)
    }

    public func save(to path: String) throws {
        try StateFile.save(self, to: path)
    }
}
