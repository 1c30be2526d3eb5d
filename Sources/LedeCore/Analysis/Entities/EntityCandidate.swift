/// A stretch of tokens that may name an entity, with the clues found for its type.
///
/// Token indices and offsets are kept as 32 bits (like `Token`'s), the optional indices with -1 for none: a
/// big article has a candidate for most capitalised words, and they were the largest transient part of its
/// analysis (184 bytes each before, 136 now). The properties read and write plain `Int`s.
struct EntityCandidate {
    /// Token indices, half-open.
    var first: Int {
        get { Int(_first) }
        set { _first = Int32(clamping: newValue) }
    }
    var end: Int {
        get { Int(_end) }
        set { _end = Int32(clamping: newValue) }
    }
    var range: TextRange {
        get { TextRange(Int(_start), Int(_stop)) }
        set { _start = UInt32(clamping: newValue.start); _stop = UInt32(clamping: newValue.end) }
    }
    var votes = TypeVotes()
    /// Key of the name: skeleton words chained, so spelling variants meet.
    var key: UInt64 = 0
    /// An acronym defined in brackets right after this name: "Israeli Defense Forces (IDF)".
    var acronym: Int? {
        get { _acronym < 0 ? nil : Int(_acronym) }
        set { _acronym = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    /// A sentence-initial common word left out of the start ("Civil" in "Civil Defense Authority" opening a
    /// sentence); put back when the longer form is written elsewhere as a name.
    var dropped: Int? {
        get { _dropped < 0 ? nil : Int(_dropped) }
        set { _dropped = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    /// The gazetteer entry for the whole stretch, when it is a known name.
    var entry: Gazetteer.Entry?
    /// The span rule that found it.
    var rule: EntityRule = .nameRun
    /// Kept only when it joins an entity that a stronger mention established (a common word that may be a
    /// surname, a word in a heading).
    var weak = false
    /// The name of a craft ("Space Shuttle Columbia") or a work ("the film Star Wars"): its entity is dropped
    /// with all its mentions.
    var vessel = false

    private var _first: Int32
    private var _end: Int32
    private var _start: UInt32
    private var _stop: UInt32
    private var _acronym: Int32 = -1
    private var _dropped: Int32 = -1

    init(first: Int, end: Int, range: TextRange) {
        _first = Int32(clamping: first)
        _end = Int32(clamping: end)
        _start = UInt32(clamping: range.start)
        _stop = UInt32(clamping: range.end)
    }
}
