import LedeLibrary

/// What the full-text index answered for filter queries, so `update` filters with answers it has and asks
/// (`Effect.searchLibrary`) for the ones it lacks, instead of querying the index itself.
///
/// While an answer is on its way the list uses the best one at hand: an earlier answer for the same query
/// (from before the index last changed), else the answer for the longest query typed before that this one
/// extends. Every word of a query is a prefix that must match, so a longer query matches a subset of what its
/// prefix matched: the rows narrow as the user types and the exact answer, a moment later, only removes rows.
struct FilterMatches: Sendable {
    private var answers: [String: Set<LibraryEntry.Key>] = [:]
    /// Answers from before the index last changed, used until the query is answered again.
    private var stale: [String: Set<LibraryEntry.Key>] = [:]
    /// The last query asked and not answered since the index last changed. Only the last one: the run loop may
    /// drop a search overtaken by a newer one, and a query typed again is then asked again.
    private var asked: String?

    /// Enough for a long query typed and erased again; the cache is cleared beyond it.
    static let capacity = 128

    /// The matches to filter with, or nil when nothing is known yet.
    func best(for query: String) -> Set<LibraryEntry.Key>? {
        if let a = answers[query] ?? stale[query] { return a }
        var best: (length: Int, matches: Set<LibraryEntry.Key>)?
        for (q, m) in answers where query.hasPrefix(q) && q.count > (best?.length ?? 0) {
            best = (q.count, m)
        }
        return best?.matches
    }

    /// True when `query` has no answer since the index last changed and has not been asked for; marks it asked.
    mutating func needsAsking(_ query: String) -> Bool {
        guard answers[query] == nil, asked != query else { return false }
        asked = query
        return true
    }

    mutating func record(_ query: String, _ matches: Set<LibraryEntry.Key>) {
        if answers.count >= Self.capacity { answers.removeAll() }
        answers[query] = matches
        stale[query] = nil
        if asked == query { asked = nil }
    }

    /// The index changed: every answer may be out of date, so each is kept only until it is asked again.
    mutating func indexChanged() {
        stale.merge(answers) { _, new in new }
        if stale.count > Self.capacity { stale.removeAll() }
        answers.removeAll()
        asked = nil
    }
}
