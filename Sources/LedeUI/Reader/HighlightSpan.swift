/// A highlighted range of the article text: an entity mention, a date or a figure. Kept compact and sorted by
/// start so the renderer finds the spans of a line by bisection.
struct HighlightSpan: Hashable, Sendable {
    enum Kind: UInt8, Sendable {
        case date, number, entity
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// Index into `Analysis.entities` for an entity mention, -1 otherwise.
    var entity: Int32
}
