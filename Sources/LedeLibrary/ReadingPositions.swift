/// Where the reader was in each article, remembered between runs: a scalar offset of the first visible text,
/// so the position survives a different terminal size.
public struct ReadingPositions: Codable, Sendable, Equatable {
    /// By `LibraryEntry.Key.description` (the file's absolute path, `#item` for a feed's later articles).
    public var offsets: [String: Int]

    public init(offsets: [String: Int] = [:]) {
        self.offsets = offsets
    }

    public subscript(key: LibraryEntry.Key) -> Int? {
        get { offsets[key.description] }
        set { offsets[key.description] = newValue }
    }

    public static func load(from path: String) -> ReadingPositions {
        StateFile.load(ReadingPositions.self, from: path) ?? ReadingPositions()
    }

    public func save(to path: String) throws {
        try StateFile.save(self, to: path)
    }
}
