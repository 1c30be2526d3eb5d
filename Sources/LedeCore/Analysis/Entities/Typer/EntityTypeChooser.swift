/// Chooses an entity's type from its mentions' rule votes and the mention typer.
///
/// Hard evidence wins: when any mention has a non-ambiguous gazetteer entry, an acronym link, or a single rule
/// vote of at least the model's `hardVote` (a title before the name, a head noun), or the entity is a group,
/// the summed rule votes decide as before. Otherwise the typer's scores, averaged over the mentions, decide: an
/// entity the typer finds to be no entity at all ("Islamophobia", "T-shirt") is dropped when its `none` score
/// leads by more than the model's `dropMargin`, and the typer's type replaces the rules' weak choice (or their
/// default) when it leads that choice by more than `keepMargin` (`multiWordKeepMargin` for a name of two or more
/// capitalised words, which the rules take for a person's). Without a model, a name with no clue at all is a person
/// (or an organisation when written in capitals).
struct EntityTypeChooser {
    let tokens: EntityTokens
    let gazetteer: Gazetteer
    let typer: MentionTyper
    private var sink = MentionFeatures.Sink()

    init(tokens: EntityTokens, gazetteer: Gazetteer, typer: MentionTyper) {
        self.tokens = tokens
        self.gazetteer = gazetteer
        self.typer = typer
        sink.keys.reserveCapacity(64)
    }

    /// The entity's type, or nil when it is not an entity.
    /// `mentions` are the draft's mentions in text order.
    mutating func choose(_ d: EntityLinker.Draft, _ mentions: [Int], _ candidates: [EntityCandidate]) -> EntityType? {
        let ruled = d.votes.best
        let rules = ruled ?? (d.words >= 2 ? .person : defaultType(candidates[mentions[0]]))
        if typer.isEmpty || ruled == .group || mentions.contains(where: { isHard(candidates[$0]) }) {
            return rules
        }
        let features = MentionFeatures(t: tokens, g: gazetteer)
        var s = TyperScores()
        for i in mentions {
            sink.removeAll()
            features.extract(candidates[i], mentions: d.mentions.count, draftWords: d.words, into: &sink)
            s += typer.scores(sink.keys)
        }
        s.values /= Float(mentions.count)
        var top = MentionClass.person
        for c in [MentionClass.organization, .place] where s[c] > s[top] { top = c }
        if s[.none] - s[top] > typer.dropMargin { return nil }
        let fallback = MentionClass(rules)
        let margin = d.words >= 2 ? typer.multiWordKeepMargin : typer.keepMargin
        return s[top] - s[fallback] > margin ? top.entityType : rules
    }

    func isHard(_ c: EntityCandidate) -> Bool {
        if let e = c.entry, !e.ambiguous { return true }
        if c.acronym != nil { return true }
        let v = c.votes
        return max(v.person, v.organization, v.place, v.group) >= typer.hardVote
    }

    /// A type for a lone name with no clue at all, when there is no model.
    private func defaultType(_ c: EntityCandidate) -> EntityType {
        tokens.has(c.first, .allCaps) ? .organization : .person
    }
}
