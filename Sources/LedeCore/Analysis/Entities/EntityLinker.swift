/// Groups candidate mentions into entities: one thing, many mentions.
///
/// Mentions join an entity when they spell the same name (skeleton keys, so "Is-rael" meets "Israel"),
/// belong to the same people ("Israeli", "Israelis"), repeat the surname of a person named in full earlier
/// ("Halevi" after "Herzi Halevi"), or are the acronym of a name ("IDF" for "Israeli Defense Forces", from
/// the brackets after it or from the initials). A surname met before the full name is merged afterwards.
/// Weak candidates (common words, words in headings) only ever join an entity, never start one.
struct EntityLinker {
    let t: EntityTokens
    let g: Gazetteer

    /// An entity under construction.
    struct Draft {
        var mentions: [Int] = []
        var votes = TypeVotes()
        /// Capitalised words in the longest mention.
        var words = 0
        var lastWord: UInt64 = 0
        var firstWord: UInt64 = 0
        var initials: UInt64 = 0
        var alive = true
    }

    static let groupTag: UInt64 = 0x8000_0000_0000_0000

    func key(_ c: EntityCandidate) -> UInt64 {
        if let e = c.entry, e.type == .group { return Self.groupTag | UInt64(UInt32(bitPattern: e.groupName)) }
        // "UK" and "United Kingdom", "GM" and "General Motors": forms the lists give one canonical name meet.
        if let e = c.entry, !e.ambiguous { return e.key }
        var h = NameKey.phraseSeed
        for k in c.first..<c.end where t.tokens[k].kind == .word { h = NameKey.extend(h, t.skeleton[k]) }
        return h
    }

    private func capitalWords(_ c: EntityCandidate) -> (count: Int, first: UInt64, last: UInt64, initials: UInt64) {
        var count = 0, first: UInt64 = 0, last: UInt64 = 0, initials = NameKey.seed
        for k in c.first..<c.end where t.isCapitalized(k) {
            if count == 0 { first = t.skeleton[k] }
            count += 1
            last = t.skeleton[k]
            initials = NameKey.mix(initials, NameKey.fold(t.first(k)))
        }
        return (count, first, last, initials)
    }

    /// Letters of an all-capitals word, folded, as the initials key ("IDF", "U.N." -> "un").
    private func acronymKey(_ k: Int) -> UInt64 {
        var h = NameKey.seed
        let r = t.tokens[k].range
        for i in r.start..<r.end where ScalarClass.isLetter(t.scalars[i]) { h = NameKey.mix(h, NameKey.fold(t.scalars[i])) }
        return h
    }

    func link(_ candidates: inout [EntityCandidate]) -> [Draft] {
        var drafts: [Draft] = []
        var byKey: [UInt64: Int] = [:]
        var byAcronym: [UInt64: Int] = [:]
        /// The latest entity named in full (two or more words) with this last word.
        var bySurname: [UInt64: Int] = [:]
        var owner = [Int](repeating: -1, count: candidates.count)

        for i in candidates.indices { candidates[i].key = key(candidates[i]) }

        func join(_ i: Int, _ d: Int) {
            drafts[d].mentions.append(i)
            drafts[d].votes += votes(candidates[i], joining: drafts[d])
            owner[i] = d
            let w = capitalWords(candidates[i])
            if w.count > drafts[d].words {
                drafts[d].words = w.count
                drafts[d].lastWord = w.last
                drafts[d].firstWord = w.first
                drafts[d].initials = w.initials
                if w.count >= 2 {
                    byAcronym[w.initials] = byAcronym[w.initials] ?? d
                    bySurname[w.last] = d
                }
            }
            if byKey[candidates[i].key] == nil { byKey[candidates[i].key] = d }
        }

        /// An existing entity this candidate refers to, if any.
        func match(_ i: Int) -> Int? {
            let c = candidates[i]
            if let d = byKey[c.key] {
                // "Castro recovering" (a title), then "Fidel Castro", then "Castro": once a person is named in
                // full, a lone word that yields to a surname is that person, not the earlier place.
                if c.end - c.first == 1, c.entry == nil || c.entry?.yieldsToSurname == true, !isPersonLike(drafts[d].votes),
                   let p = bySurname[t.skeleton[c.first]], p != d, drafts[p].alive, isPersonLike(drafts[p].votes) {
                    return p
                }
                return d
            }
            if let a = c.acronym, owner[a] >= 0 { return owner[a] }
            let w = capitalWords(c)
            // "Ford" after "Ford Motor Company": a listed short form that is also a person's name joins the company
            // the text named in full, unless a person with that surname was named in full too.
            if let e = c.entry, e.ambiguous, e.type == .organization, c.end - c.first == 1, e.key != c.key,
               let d = byKey[e.key], drafts[d].alive {
                if let p = bySurname[w.last], drafts[p].alive, isPersonLike(drafts[p].votes) { return p }
                return d
            }
            // "Joshua Norton" after "Joshua Abraham Norton", "Aretha Louise Franklin" after "Aretha Franklin": the
            // same given name and surname, with or without the middle.
            if w.count >= 2, let d = bySurname[w.last], drafts[d].alive, drafts[d].words >= 2, drafts[d].words != w.count,
               drafts[d].firstWord == w.first, isPersonLike(drafts[d].votes), isPersonLike(c.votes) {
                return d
            }
            if w.count == 1 && c.end - c.first == 1 {
                if t.has(c.first, .allCaps), let d = byAcronym[acronymKey(c.first)] { return d }
                // A surname alone: the latest person named in full with it.
                if c.entry == nil || c.entry?.yieldsToSurname == true {
                    if let d = bySurname[w.last], drafts[d].alive, drafts[d].lastWord == w.last,
                       isPersonLike(drafts[d].votes) {
                        return d
                    }
                }
            }
            return nil
        }

        for i in candidates.indices where !candidates[i].weak {
            if let d = match(i) { join(i, d); continue }
            drafts.append(Draft())
            join(i, drafts.count - 1)
        }

        func firstMention(_ d: Int) -> Int {
            var first = Int.max
            for m in drafts[d].mentions { first = min(first, candidates[m].first) }
            return first
        }

        // A surname seen before the full name ("Halevi resigns" ... "Herzi Halevi"): merge when one person fits.
        var fullNames: [UInt64: [Int]] = [:]
        var givenNames: [UInt64: [Int]] = [:]
        for d in drafts.indices where drafts[d].words >= 2 && isPersonLike(drafts[d].votes) {
            fullNames[drafts[d].lastWord, default: []].append(d)
            givenNames[drafts[d].firstWord, default: []].append(d)
        }
        for d in drafts.indices where drafts[d].words == 1 && drafts[d].mentions.count > 0 {
            let c = candidates[drafts[d].mentions[0]]
            guard c.entry == nil || c.entry?.yieldsToSurname == true, c.end - c.first == 1 else { continue }
            let word = t.skeleton[c.first]
            var target: Int? = nil
            if let fits = fullNames[word] {
                // Several people share the surname ("Fidel Castro", "Raul Castro"): the one named in full first,
                // who is most often the article's subject.
                target = fits.filter({ drafts[$0].alive }).min(by: { firstMention($0) < firstMention($1) })
            } else if c.entry == nil, g.flags(t.folded[c.first]).contains(.firstName)
                        || !g.flags(t.folded[c.first]).contains(.common),
                      let fits = givenNames[word]?.filter({ drafts[$0].alive }), fits.count == 1 {
                // "Daniel" after "Daniel Montalvo", "Aretha" after "Aretha Franklin": the first word of one
                // person's name alone (also a family name written first: "Kim" for Kim Jong-un).
                target = fits[0]
            }
            guard let target, target != d else { continue }
            for m in drafts[d].mentions {
                owner[m] = target
                drafts[target].mentions.append(m)
                drafts[target].votes += votes(candidates[m], joining: drafts[target])
            }
            drafts[d].alive = false
            drafts[d].mentions = []
            for (k, v) in byKey where v == d { byKey[k] = target }
        }

        for i in candidates.indices where candidates[i].weak {
            if let d = match(i), drafts[d].alive { join(i, d) }
        }
        return drafts.filter { $0.alive && !$0.mentions.isEmpty }
    }

    /// A mention's votes as it joins an entity: a place that is also a person's name ("Holt") or a small
    /// town ("Obama") says nothing about an entity already named in full ("Brock Wyatt Holt", "Barack Obama").
    private func votes(_ c: EntityCandidate, joining d: Draft) -> TypeVotes {
        guard let e = c.entry, e.yieldsToSurname, d.words >= 2 else { return c.votes }
        var v = c.votes
        v.place = 0
        return v
    }

    private func isPersonLike(_ v: TypeVotes) -> Bool {
        v.person >= v.organization && v.person >= v.place && v.person >= v.group
    }
}
