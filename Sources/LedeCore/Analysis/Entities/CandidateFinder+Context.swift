/// The passes that read candidates against each other: dropped sentence-initial words put back where the text
/// writes the whole name elsewhere, and the kind of a name shared along a list.
extension CandidateFinder {
    /// "Ubisoft, Microsoft, and PlayStation VR": a name with no clue of its own, listed with a known name,
    /// is likely the same kind of thing.
    func shareListTypes(_ out: inout [EntityCandidate]) {
        guard out.count > 1 else { return }
        // Few candidates stand in a list: their extra votes are kept by index, not in an array of all of them
        // (one TypeVotes per candidate was the peak of a large article's analysis).
        var extra: [Int: TypeVotes] = [:]
        for a in 0..<(out.count - 1) where listJoined(out[a].end, out[a + 1].first) {
            let b = a + 1
            if let e = out[a].entry, !e.ambiguous, e.type != .group, out[b].entry == nil {
                extra[b, default: TypeVotes()].add(.listNeighbour, e.type, 0.5)
            }
            if let e = out[b].entry, !e.ambiguous, e.type != .group, out[a].entry == nil {
                extra[a, default: TypeVotes()].add(.listNeighbour, e.type, 0.5)
            }
        }
        for (i, votes) in extra.sorted(by: { $0.key < $1.key }) where out[i].entry == nil && votes.total > 0 {
            let v = out[i].votes
            guard max(v.person, v.organization, v.place) < 1 else { continue }
            out[i].votes += votes
        }
    }

    /// Tokens `end..<next` are a list's joint: ",", "and", "or", ", and", ", or".
    func listJoined(_ end: Int, _ next: Int) -> Bool {
        guard end < next, next - end <= 2 else { return false }
        var k = end
        if t.isPunctuation(k, ",") { k += 1 }
        if k < next && (t.folded[k] == Self.andKey || t.folded[k] == Self.orKey) && !t.isCapitalized(k) { k += 1 }
        return k == next && next > end
    }

    /// "Civil Defense Authority." then "Civil Defense Authority director ...": the second starts a sentence,
    /// so its common first word was dropped; the same words written elsewhere as one name put it back.
    func restoreDroppedWords(_ out: inout [EntityCandidate]) {
        guard out.contains(where: { $0.dropped != nil }) else { return }
        var names = Set<UInt64>()
        for c in out where c.dropped == nil { names.insert(spanKey(c.first, c.end)) }
        for i in out.indices {
            guard let d = out[i].dropped, names.contains(spanKey(d, out[i].end)) else { continue }
            out[i].first = d
            out[i].range = range(d, out[i].end)
            out[i].weak = false
            out[i].dropped = nil
            out[i].rule = .restoredWord
        }
    }

    func spanKey(_ first: Int, _ end: Int) -> UInt64 {
        var h = NameKey.phraseSeed
        for k in first..<end where t.tokens[k].kind == .word { h = NameKey.extend(h, t.skeleton[k]) }
        return h
    }

}
