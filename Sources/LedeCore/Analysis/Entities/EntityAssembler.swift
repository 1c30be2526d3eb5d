/// Turns linked drafts into `Entity` values: the type, the canonical name and aliases, sorted mentions,
/// ids in order of first mention, and salience.
struct EntityAssembler {
    let context: AnalysisContext
    let tokens: EntityTokens
    let gazetteer: Gazetteer

    func assemble(_ drafts: [EntityLinker.Draft], _ candidates: [EntityCandidate]) -> [Entity] {
        var entities: [(Int, Entity, Bool)] = []   // first offset, entity, seen in a heading
        entities.reserveCapacity(drafts.count)
        var chooser = EntityTypeChooser(tokens: tokens, gazetteer: gazetteer,
                                        typer: context.options.mentionTyper ?? MentionTyper.shared)
        for d in drafts where !d.mentions.contains(where: { candidates[$0].vessel }) {
            let ms = d.mentions.sorted { candidates[$0].range < candidates[$1].range }
            let explain = context.options.explain
            guard let choice = chooser.choice(d, ms, candidates, explain: explain) else { continue }
            let type = choice.type
            var mentions: [Mention] = []
            mentions.reserveCapacity(ms.count)
            var forms: [String: Int] = [:]
            var order: [String] = []
            var inHeading = false
            var bestName: (words: Int, count: Int, name: String)? = nil
            for i in ms {
                let c = candidates[i]
                if let last = mentions.last, last.range.overlaps(c.range) { continue }
                let written = context.string(c.range)
                mentions.append(Mention(range: c.range, text: written,
                                        explanation: explain ? explanation(c, d, choice) : nil))
                if tokens.has(c.first, .heading) { inHeading = true }
                let form = normalized(written)
                if forms[form] == nil { order.append(form) }
                forms[form, default: 0] += 1
                let canonical = c.entry.map { gazetteer.names[Int($0.name)] } ?? form
                let words = c.end - c.first
                let n = (forms[canonical] ?? 0) + (canonical == form ? 0 : 1)
                if bestName == nil || words > bestName!.words
                    || (words == bestName!.words && n > bestName!.count) {
                    bestName = (words, n, canonical)
                }
            }
            guard let name = bestName?.name, !mentions.isEmpty else { continue }
            let aliases = order.filter { $0 != name }
            // "Israeli" belongs to Israel: the gazetteer knows the place of a nationality or people.
            let place = type == .group
                ? ms.lazy.compactMap { candidates[$0].entry }.first { $0.place >= 0 }.map { gazetteer.names[Int($0.place)] }
                : nil
            entities.append((mentions[0].range.start,
                             Entity(id: "", name: name, type: type, aliases: aliases, mentions: mentions, place: place,
                                    explanation: explain ? Explanation(rule: choice.rule, why: choice.why) : nil),
                             inHeading))
        }
        entities.sort { $0.0 < $1.0 }
        let salience = EntitySalience(textLength: context.scalars.count, title: context.article.title)
        // The lede: the first sentence of body text (not a heading).
        let lede = context.sentences.first { s in
            !context.article.blocks.contains { $0.kind != .paragraph && $0.range.contains(s.start) }
        }?.end ?? 0
        let maxMentions = entities.map { $0.1.mentions.count }.max() ?? 1
        var out = entities.enumerated().map { k, item in
            var e = item.1
            e.id = "e\(k + 1)"
            e.salience = salience.score(e, maxMentions: maxMentions, inHeading: item.2, inLede: item.0 < lede)
            return e
        }
        linkGroupsToPlaces(&out)
        return out
    }

    /// Points each group at its place's entity when the article names the place too ("Israeli" → "Israel",
    /// also written "Is-rael"), so a reader can go from the people to the country.
    private func linkGroupsToPlaces(_ entities: inout [Entity]) {
        var places: [String: String] = [:]
        for e in entities where e.type == .place {
            if places[e.name] == nil { places[e.name] = e.id }
            for a in e.aliases where places[a] == nil { places[a] = e.id }
        }
        guard !places.isEmpty else { return }
        for i in entities.indices {
            if let p = entities[i].place { entities[i].placeEntity = places[p] }
        }
    }

    /// A mention's span rule and its own type clues; the entity's type rule when it differs from the mention's
    /// own lead ("joined a person named in full").
    private func explanation(_ c: EntityCandidate, _ d: EntityLinker.Draft, _ choice: EntityTypeChooser.Choice)
        -> Explanation {
        var why = c.votes.explained
        if let e = c.entry { why.insert("listed: \(gazetteer.names[Int(e.name)]) (\(e.type.rawValue))", at: 0) }
        if c.weak { why.append("weak: counts only as a mention of an entity found elsewhere") }
        if c.acronym != nil { why.append("acronym in brackets after its expansion") }
        if c.votes.best != choice.type {
            why.append("typed \(choice.type.rawValue) with its entity (\(choice.rule))")
        }
        return Explanation(rule: c.rule.name, why: why)
    }

    /// Whitespace (a line break inside a name) as single spaces.
    private func normalized(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { ScalarClass.isSpace($0) && $0 != " " }) else { return s }
        return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
