/// Finds the stretches of text that may name an entity and collects the clues to their type.
///
/// A run of capitalised words (with the dots of "Lt. Gen." and "J. K.", name particles like "bin", and "of"
/// after a head noun as in "Bank of England") is cut into pieces: known names (longest gazetteer match),
/// titles ("Prime Minister"), and unknown names. Titles are left out of every span and mark the name after
/// them as a person; a known place or people followed by an organisation head noun becomes one organisation
/// ("Israeli Defense Forces"). Sentence-initial common words ("Despite", "However") and, in headings, every
/// common word are not names.
struct CandidateFinder {
    typealias V = EntityVocabulary
    let t: EntityTokens
    let g: Gazetteer

    enum PieceKind { case known(Gazetteer.Entry), title, vehicle, name }
    struct Piece {
        var kind: PieceKind
        var first: Int
        var end: Int
        /// The head noun of "X of Y" names ("University" in "University of Copenhagen"), when merged.
        var head: Int? = nil
        /// The span rule, when the pieces pass already knows it.
        var rule: EntityRule? = nil

        var isVehicle: Bool {
            if case .vehicle = kind { return true }
            return false
        }
    }

    static let theKey = NameKey.word("the")
    static let toKey = NameKey.word("to")
    static let accordingKey = NameKey.word("according")
    static let whoKey = NameKey.word("who")
    static let stKey = NameKey.word("st")
    static let soxKey = NameKey.word("sox")
    static let ofKey = NameKey.word("of")
    static let newKey = NameKey.word("new")
    static let andKey = NameKey.word("and")
    static let orKey = NameKey.word("or")

    /// The passes, in order. Each is named after the file that holds it (CandidateFinder+NAME.swift), and every
    /// candidate records the span rule (`EntityRule`) that found it and the cues that voted for its type.
    /// 1. runs: stretches of capitalised words (`runEnd`);
    /// 2. pieces: each run cut into known names, titles, craft words and unknown names, "X of Y" merged
    ///    (`pieces`);
    /// 3. emit: pieces become candidates with their span rule and type votes (`emit`);
    /// 4. acronyms: bracketed acronyms tied to the name before them (`markAcronyms`);
    /// 5. context: sentence-initial words put back where the whole name is written elsewhere
    ///    (`restoreDroppedWords`), and the kind of a name shared along a list (`shareListTypes`).
    func find() -> [EntityCandidate] {
        var out: [EntityCandidate] = []
        // About one candidate a capitalised word at most: reserved once, the array is never copied as it grows
        // (the copy, old and new buffers at once, was the peak of a large article's analysis), and the pages
        // no candidate reaches are never touched.
        out.reserveCapacity(t.flags.lazy.filter { $0.contains(.capitalized) }.count + 16)
        var i = 0
        let n = t.count
        while i < n {
            guard t.isCapitalized(i) else { i += 1; continue }
            var j = runEnd(i)
            let ps = pieces(i, &j)
            if !ps.isEmpty { emit(ps, into: &out) }
            i = max(j, i + 1)
        }
        markAcronyms(&out)
        restoreDroppedWords(&out)
        shareListTypes(&out)
        return out
    }
}
