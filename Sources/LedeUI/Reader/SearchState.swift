/// Search: the query being typed (live), the last confirmed query and its hits, the direction.
struct SearchState: Sendable {
    /// The prompt while typing; nil when not typing.
    var input: String?
    var backward = false
    /// Hits of the query being typed, or of the last confirmed one.
    var results: SearchResults?
    /// The results of the last query confirmed with Enter (restored when a new prompt is cancelled).
    var confirmed: SearchResults?
    /// The hit `n`/`N` last moved to (highlighted differently).
    var current: Int?
    /// Where the view was when the prompt opened, to return to on Esc.
    var origin: Int = 0
    /// Where a backward search starts: the end of the screen when the prompt opened (as in `less`).
    var originEnd: Int = 0
}
