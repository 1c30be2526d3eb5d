/// Puts the tagger's names together with the rules' candidates.
///
/// A tagger span that a rule candidate matches exactly keeps that candidate (its gazetteer entry, flags and
/// votes) and adds the tagger's vote for its type (`tagger-type`). A span no rule found becomes a new
/// candidate (`tagger-span`). A rule candidate the tagger overlaps with other bounds gives way to it; one the
/// tagger leaves out entirely is dropped (mode 0) or kept (mode 1). Groups, craft and works, which the tagger
/// does not tag, always stay with the rules.
struct TaggerMerge {
    let t: EntityTokens
    let g: Gazetteer
    let tagger: NameTagger

    func merge(_ candidates: [EntityCandidate]) -> [EntityCandidate] {
        let features = TaggerFeatures(t: t, g: g, candidates: candidates)
        let spans = NameTag.decode(tagger.tag(features))
        var byStart: [Int: Int] = [:]
        for (i, s) in spans.enumerated() { byStart[s.0] = i }
        var covered = [Bool](repeating: false, count: spans.count)
        var out: [(Int, EntityCandidate)] = []   // original index (-1: new), candidate
        out.reserveCapacity(candidates.count + 4)
        var si = 0
        for (ci, var c) in candidates.enumerated() {
            if c.vessel || c.entry?.type == .group || c.votes.best == .group { out.append((ci, c)); continue }
            if let i = byStart[c.first], spans[i].1 == c.end {
                c.votes.add(.taggerType, NameTag.types[spans[i].2], tagger.voteWeight)
                covered[i] = true
                out.append((ci, c))
                continue
            }
            while si < spans.count && spans[si].1 <= c.first { si += 1 }
            let overlapped = si < spans.count && spans[si].0 < c.end
            if !overlapped && (tagger.mode == 1 || c.weak) { out.append((ci, c)) }
        }
        for (i, s) in spans.enumerated() where !covered[i] {
            var c = EntityCandidate(first: s.0, end: s.1, range: TextRange(t.tokens[s.0].range.start, t.tokens[s.1 - 1].range.end))
            c.rule = .taggerSpan
            c.votes.add(.taggerType, NameTag.types[s.2], tagger.voteWeight)
            let finder = CandidateFinder(t: t, g: g)
            if let (len, e) = finder.longestMatch(s.0), len == s.1 - s.0, e.type != .group { c.entry = e }
            out.append((-1, c))
        }
        out.sort { $0.1.first < $1.1.first || ($0.1.first == $1.1.first && $0.1.end > $1.1.end) }
        // Acronym links are indices into the list: renumber them.
        var renumber = [Int](repeating: -1, count: candidates.count)
        for (k, item) in out.enumerated() where item.0 >= 0 { renumber[item.0] = k }
        return out.map { item in
            var c = item.1
            if let a = c.acronym { c.acronym = renumber[a] >= 0 ? renumber[a] : nil }
            return c
        }
    }
}
