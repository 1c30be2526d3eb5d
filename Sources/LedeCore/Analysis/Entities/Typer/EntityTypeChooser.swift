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

    /// How an entity's type was decided, for `--explain`.
    struct Choice {
        var type: EntityType
        /// "rules", "rules-default" (no clue at all), "typer".
        var rule: String
        var why: [String]
    }

    /// The entity's type, or nil when it is not an entity.
    /// `mentions` are the draft's mentions in text order.
    mutating func choose(_ d: EntityLinker.Draft, _ mentions: [Int], _ candidates: [EntityCandidate]) -> EntityType? {
        choice(d, mentions, candidates, explain: false)?.type
    }

    /// The entity's type and how it was decided (the reasons only when `explain` is set).
    mutating func choice(_ d: EntityLinker.Draft, _ mentions: [Int], _ candidates: [EntityCandidate],
                         explain: Bool) -> Choice? {
        let ruled = d.votes.best
        let rules = ruled ?? (d.words >= 2 ? .person : defaultType(candidates[mentions[0]]))
        let ruleName = ruled == nil ? "rules-default" : "rules"
        func votes() -> [String] { explain ? d.votes.explained : [] }
        if typer.isEmpty || ruled == .group {
            return Choice(type: rules, rule: ruleName, why: votes())
        }
        if let hard = mentions.first(where: { isHard(candidates[$0]) }) {
            return Choice(type: rules, rule: ruleName,
                          why: explain ? ["hard evidence: " + hardReason(candidates[hard])] + votes() : [])
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
        func scores() -> String {
            "typer scores: " + MentionClass.allCases.map { "\($0.name) \(((s[$0]) * 10).rounded() / 10)" }
                .joined(separator: ", ")
        }
        if s[.none] - s[top] > typer.dropMargin { return nil }
        let fallback = MentionClass(rules)
        let margin = d.words >= 2 ? typer.multiWordKeepMargin : typer.keepMargin
        if s[top] - s[fallback] > margin, let type = top.entityType {
            return Choice(type: type, rule: "typer", why: explain ? [scores()] + votes() : [])
        }
        return Choice(type: rules, rule: ruleName, why: explain ? votes() + [scores() + " (within the keep margin)"] : [])
    }

    /// Which piece of hard evidence made the rules decide.
    private func hardReason(_ c: EntityCandidate) -> String {
        if let e = c.entry, !e.ambiguous { return "listed \(e.type.rawValue)" }
        if c.acronym != nil { return "acronym of the name before it" }
        return "a single clue of weight \(typer.hardVote) or more"
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
