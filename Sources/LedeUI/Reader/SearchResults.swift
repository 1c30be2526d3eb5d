/// Where a query occurs in the text: sorted start offsets. Immutable; a longer query refines a shorter one's
/// results instead of scanning the whole text again.
final class SearchResults: @unchecked Sendable {
    let query: [UInt32]
    let caseSensitive: Bool
    let starts: [Int]

    init(query: [UInt32], caseSensitive: Bool, starts: [Int]) {
        self.query = query
        self.caseSensitive = caseSensitive
        self.starts = starts
    }

    var length: Int { query.count }
}
