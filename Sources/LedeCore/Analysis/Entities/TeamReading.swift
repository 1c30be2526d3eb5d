/// Reads a country or city that plays as a side in a sports report as the team it stands for:
/// "Sweden defeated South Korea 1 – 0", "Tunisia lost 1 – 2 to England". News annotation types such a
/// name as an organisation, and a reader looking for who won wants the teams together, not with the places.
///
/// Only in a text that reads as a sports report (several distinct sports words), and only for an entity
/// with at least two mentions that act as a competitor: next to a score, the subject of a result verb, or
/// after "against", "vs" or a result verb. The whole entity changes type, so "Sweden had more possession"
/// follows the mentions that showed it.
struct TeamReading {
    typealias V = EntityVocabulary
    let t: EntityTokens

    static let sportsWords = EntityVocabulary.keys("""
        match matches goal goals scored scoring penalty tournament league cup championship striker goalkeeper
        midfielder defender referee innings wicket touchdown quarterback playoff playoffs semifinal semi-final
        halftime half-time kickoff squad fixture medal stadium inning pitcher quarterfinal quarter-final
        group-stage knockout equaliser equalizer header
        """)
    static let resultVerbs = EntityVocabulary.keys("""
        beat beats beating defeated defeats defeating drew draws faced faces facing lost loses losing won wins
        edged edges thrashed routed eliminated knocked scored equalised equalized conceded trailed trails
        played plays hosted hosts advanced advances qualified clinched overcame outplayed
        """)
    static let opponentMarkers = EntityVocabulary.keys("against vs versus v")
    static let toKey = NameKey.word("to")
    static let afterTo = EntityVocabulary.keys("lost losing fell falling lose loses")

    /// Does the text read as a sports report?
    func isSportsText() -> Bool {
        var seen = Set<UInt64>()
        for k in 0..<t.count where t.tokens[k].kind == .word && Self.sportsWords.contains(t.folded[k]) {
            seen.insert(t.folded[k])
            if seen.count >= 4 { return true }
        }
        return false
    }

    /// Turns place entities that play as sides into organisations.
    func apply(_ drafts: inout [EntityLinker.Draft], _ candidates: [EntityCandidate]) {
        guard isSportsText() else { return }
        for d in drafts.indices where drafts[d].votes.best == .place {
            let cues = drafts[d].mentions.reduce(0) { $0 + (isCompetitor(candidates[$1]) ? 1 : 0) }
            guard cues >= 2 else { continue }
            drafts[d].votes.add(.sportsSide, .organization, drafts[d].votes.total + 1 - drafts[d].votes.organization)
        }
    }

    /// Does this mention act as a side in a match?
    func isCompetitor(_ c: EntityCandidate) -> Bool {
        if isScore(at: c.end) || isScore(endingAt: c.first) { return true }
        if c.end < t.count && isLowerWord(c.end) && Self.resultVerbs.contains(t.folded[c.end]) { return true }
        guard c.first > 0, isLowerWord(c.first - 1) else { return false }
        let before = t.folded[c.first - 1]
        if Self.opponentMarkers.contains(before) || Self.resultVerbs.contains(before) { return true }
        // "lost 1 – 2 to England", "fell to Brazil".
        if before == Self.toKey && c.first > 1 {
            return isScore(endingAt: c.first - 1) || (isLowerWord(c.first - 2) && Self.afterTo.contains(t.folded[c.first - 2]))
        }
        return false
    }

    private func isLowerWord(_ k: Int) -> Bool { t.tokens[k].kind == .word && !t.isCapitalized(k) }

    /// A small number, a dash, a small number: "1 – 0", "3-1".
    private func isScore(at k: Int) -> Bool {
        guard k + 2 < t.count else { return false }
        return isGoals(k) && isDash(k + 1) && isGoals(k + 2)
    }

    private func isScore(endingAt end: Int) -> Bool { end >= 3 && isScore(at: end - 3) }

    private func isGoals(_ k: Int) -> Bool { t.tokens[k].kind == .number && t.tokens[k].range.length <= 3 }

    private func isDash(_ k: Int) -> Bool {
        t.isPunctuation(k, "-") || t.isPunctuation(k, "\u{2013}") || t.isPunctuation(k, "\u{2014}")
    }
}
