/// A stretch of tokens that may name an entity, with the clues found for its type.
struct EntityCandidate {
    /// Token indices, half-open.
    var first: Int
    var end: Int
    var range: TextRange
    /// The span rule that found it.
    var rule: EntityRule = .nameRun
    var votes = TypeVotes()
    /// The gazetteer entry for the whole stretch, when it is a known name.
    var entry: Gazetteer.Entry?
    /// Kept only when it joins an entity that a stronger mention established (a common word that may be a
    /// surname, a word in a heading).
    var weak = false
    /// An acronym defined in brackets right after this name: "Israeli Defense Forces (IDF)".
    var acronym: Int?
    /// The name of a craft ("Space Shuttle Columbia") or a work ("the film Star Wars"): its entity is dropped
    /// with all its mentions.
    var vessel = false
    /// A sentence-initial common word left out of the start ("Civil" in "Civil Defense Authority" opening a
    /// sentence); put back when the longer form is written elsewhere as a name.
    var dropped: Int?
    /// Key of the name: skeleton words chained, so spelling variants meet.
    var key: UInt64 = 0
}
