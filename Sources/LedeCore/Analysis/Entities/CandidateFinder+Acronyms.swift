/// The acronyms pass: bracketed acronyms tied to the name before them.
extension CandidateFinder {
    // MARK: acronyms

    /// "Israeli Defense Forces (IDF)": the bracketed capitals name the same thing.
    func markAcronyms(_ out: inout [EntityCandidate]) {
        guard out.count > 1 else { return }
        for a in 0..<(out.count - 1) {
            let b = a + 1
            let open = out[a].end
            guard open < t.count, t.isPunctuation(open, "("), out[b].first == open + 1, out[b].end == open + 2,
                  t.has(out[b].first, .allCaps), out[b].end < t.count, t.isPunctuation(out[b].end, ")")
            else { continue }
            if ScalarClass.isUpper(t.first(out[a].first)) && NameKey.fold(t.first(out[a].first))
                == NameKey.fold(t.first(out[b].first)) {
                out[b].acronym = a
            }
        }
        // "CEI (Italian Episcopal Conference)": the acronym first, its expansion in brackets, perhaps in
        // another language's word order; the acronym is the same kind of thing.
        for a in 0..<(out.count - 1) {
            let b = a + 1
            let open = out[a].end
            guard out[a].end - out[a].first == 1, t.has(out[a].first, .allCaps), open < t.count,
                  t.isPunctuation(open, "("), out[b].first == open + 1, out[b].end - out[b].first >= 2,
                  out[b].end < t.count, t.isPunctuation(out[b].end, ")"), out[a].entry == nil,
                  let type = headType(out[b].end - 1) else { continue }
            out[a].votes.add(.acronymExpansion, type, 3)
        }
    }
}
