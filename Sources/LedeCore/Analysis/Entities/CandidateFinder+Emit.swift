/// The emit pass: pieces become candidates, each with the span rule that found it and the type clues that
/// voted for it.
extension CandidateFinder {
    /// The pieces of one run as candidates.
    func emit(_ pieces: [Piece], into out: inout [EntityCandidate]) {
        var p = 0
        var afterTitle = false
        // "the shuttle Endeavour": a vessel's name after a lowercase craft word.
        var afterVehicle = followsVehicleCue(pieces[0].first)
        // "the film Star Wars", "the game Counter-Strike": an unknown name after a kind of work is its title.
        if case .name = pieces[0].kind, followsWorkCue(pieces[0].first) {
            var c = EntityCandidate(first: pieces[0].first, end: pieces[0].end,
                                    range: range(pieces[0].first, pieces[0].end))
            c.rule = .workTitle
            c.vessel = true
            out.append(c)
            p = 1
        }
        while p < pieces.count {
            let piece = pieces[p]
            if afterVehicle && !piece.isVehicle {
                // A vessel: kept as a candidate so its other mentions are found, then dropped with them.
                var c = EntityCandidate(first: piece.first, end: piece.end, range: range(piece.first, piece.end))
                c.rule = .vesselName
                c.vessel = true
                out.append(c)
                afterVehicle = false
                p += 1
                continue
            }
            switch piece.kind {
            case .title:
                afterTitle = true
                p += 1
                continue
            case .vehicle:
                afterVehicle = true
                p += 1
                continue
            case .known(let e):
                // A known place, people or organisation and then a name ending in a head noun is one name:
                // "Israeli Defense Forces", "United States Navy", "Palestinian Health Ministry".
                var q = p + 1
                while q < pieces.count, case .known = pieces[q].kind, adjacent(pieces[q - 1], pieces[q]) { q += 1 }
                if q < pieces.count, case .name = pieces[q].kind, adjacent(pieces[q - 1], pieces[q]),
                   let head = pieces[q].head ?? (isHead(pieces[q].end - 1) ? pieces[q].end - 1 : nil) {
                    emitName(Piece(kind: .name, first: piece.first, end: pieces[q].end, head: head), afterTitle: false,
                             rule: .knownWithHead, into: &out)
                    p = q + 1
                    afterTitle = false
                    continue
                }
                // A known place or people before a listed institution named by its head noun is one name too:
                // "US National Park Service", "U.S. Department of Agriculture".
                if e.type == .place || e.type == .group, p + 1 < pieces.count, case .known(let o) = pieces[p + 1].kind,
                   o.type == .organization, !o.ambiguous, adjacent(piece, pieces[p + 1]),
                   pieces[p + 1].end - pieces[p + 1].first >= 2, isHead(pieces[p + 1].end - 1) {
                    emitName(Piece(kind: .name, first: piece.first, end: pieces[p + 1].end, head: pieces[p + 1].end - 1),
                             afterTitle: false, rule: .knownWithHead, into: &out)
                    p += 2
                    afterTitle = false
                    continue
                }
                // A city and a plural noun is a team: "Pittsburgh Pirates", "Tampa Bay Rays".
                if e.type == .place, p + 1 < pieces.count, case .name = pieces[p + 1].kind,
                   adjacent(piece, pieces[p + 1]), pieces[p + 1].head == nil, isPluralNoun(pieces[p + 1].end - 1) {
                    var team = Piece(kind: .name, first: piece.first, end: pieces[p + 1].end)
                    team.head = team.end - 1
                    emitName(team, afterTitle: false, teamHead: true, rule: .teamName, into: &out)
                    p += 2
                    afterTitle = false
                    continue
                }
                emitKnown(piece, e, afterTitle: afterTitle, into: &out)
            case .name:
                // A given name and then a one-word known place is a person: "George Washington", and also
                // "Barack Obama", whose given name is missing from the name lists while Obama is a city in Japan.
                // One unknown word that is neither a common word nor an acronym counts as a given name here.
                if p + 1 < pieces.count, case .known(let e) = pieces[p + 1].kind, e.type == .place,
                   pieces[p + 1].end - pieces[p + 1].first == 1, adjacent(piece, pieces[p + 1]),
                   looksLikeGivenName(piece), !followsOrganizationCue(piece.first) {
                    var given = piece.first
                    // "Council on American-Islamic Relations Alia Salem": an institution's name, then the person.
                    if let head = piece.head, piece.end - 1 > head + 2 {
                        given = piece.end - 1
                        emitName(Piece(kind: .name, first: piece.first, end: given, head: head), afterTitle: afterTitle,
                                 rule: .institutionThenPerson, into: &out)
                    }
                    emitName(Piece(kind: .name, first: given, end: pieces[p + 1].end), afterTitle: true,
                             rule: .givenNameAndPlace, into: &out)
                    p += 2
                    afterTitle = false
                    continue
                }
                emitName(piece, afterTitle: afterTitle, rule: piece.rule ?? .nameRun, into: &out)
            }
            afterTitle = false
            p += 1
        }
    }

    func range(_ first: Int, _ end: Int) -> TextRange {
        TextRange(t.tokens[first].range.start, t.tokens[end - 1].range.end)
    }

    func emitKnown(_ piece: Piece, _ e: Gazetteer.Entry, afterTitle: Bool, into out: inout [EntityCandidate]) {
        var c = EntityCandidate(first: piece.first, end: piece.end, range: range(piece.first, piece.end))
        c.rule = .knownName
        c.entry = e
        // A place named like a person, or a small town, is a weak clue that a title before it outweighs
        // ("Dean Kamen": Kamen is a town in Germany).
        if e.ambiguous || e.minor { c.votes.add(.weakGazetteer, e.type, 1.5) } else { c.votes.add(.gazetteer, e.type, 4) }
        if afterTitle { c.votes.add(.titleBefore, .person, 3) }
        // "the Obama administration": a leader's surname before the government or campaign named after them.
        if e.yieldsToSurname && followedByLeadersNoun(piece.end) { c.votes.add(.leadersNoun, .person, 2) }
        // A one-word known name that is also a common word, at the start of a sentence or in a heading, needs
        // another mention to count ("Amazon", "Shell").
        if piece.end - piece.first == 1 && e.type != .place && isCommon(piece.first)
            && (t.has(piece.first, .sentenceInitial) || t.has(piece.first, .heading)) {
            c.weak = true
        }
        out.append(c)
    }

    func emitName(_ piece: Piece, afterTitle: Bool, teamHead: Bool = false, rule: EntityRule = .nameRun,
                  into out: inout [EntityCandidate]) {
        var first = piece.first
        var end = piece.end
        var dropped: Int? = nil
        // "The", "A" never open a name; a sentence-initial common word ("Despite Halevi") is not part of it.
        // Nor does "In" ("In Tulsa" from a heading run into its text).
        while first < end && (V.articles.contains(t.folded[first]) || isFunctionWord(first)
                              || (t.has(first, .sentenceInitial) && isCommon(first) && !afterTitle
                                  && !opensHeadName(first, end))) {
            if !V.articles.contains(t.folded[first]) && !isFunctionWord(first) && dropped == nil {
                dropped = first
            }
            first += 1
            while first < end && !t.isCapitalized(first) { first += 1 }
        }
        // "King said", opening a sentence after "Martin Luther King": a lone common word there may still be a
        // surname; as a weak candidate it only joins a person already named in full.
        if first == end, let d = dropped, d + 1 == piece.end, piece.end - piece.first == 1 {
            var c = EntityCandidate(first: d, end: d + 1, range: range(d, d + 1))
            c.rule = .sentenceInitialSurname
            c.weak = true
            c.votes.add(.loneSurname, .person, 0.5)
            out.append(c)
            return
        }
        // "Harm to Ongoing Matter Corsi" (a redaction label run into a name): two or more common words before a
        // name are not part of it, unless a head noun makes the whole an institution or place.
        if piece.head == nil && !afterTitle && end - first >= 3 && !isHead(end - 1) {
            var k = first
            while k < end - 1 && isCommon(k) && !V.titles.contains(t.folded[k])
                    && !V.titleModifiers.contains(t.folded[k]) { k += 1 }
            // What is left must look like a person's name: a given name first, or one word that is no acronym.
            let personLike = g.flags(t.folded[k]).contains(.firstName)
                || (end - k == 1 && !t.has(k, .allCaps) && !isCommon(k))
            if k - first >= 2 && personLike && !isEventName(first, end) { first = k }
        }
        // "Minister of Education Stefania Giannini", "Secretary of State Mike Pompeo": the office after
        // "TITLE of" belongs to the title.
        var afterTitle = afterTitle
        if first == piece.first, first > 1, t.folded[first - 1] == Self.ofKey, V.titles.contains(t.folded[first - 2]) {
            afterTitle = true
            while first + 1 < end && isCommon(first) && t.isCapitalized(first + 1) { first += 1 }
            // "the Secretary of State, contacted": the office and no name after it.
            if end - first == 1 && isCommon(first) { return }
        }
        // "Malaysia's Prime Minister, Najib Razak": titles with no name in the same run are no name.
        var onlyTitles = true
        for k in first..<end where t.isCapitalized(k) && !V.titles.contains(t.folded[k])
            && !V.titleModifiers.contains(t.folded[k]) {
            onlyTitles = false
            break
        }
        // One title word that is also a surname may be that person's ("King said", after "Martin Luther King").
        if first < end && onlyTitles && !(end - first == 1 && g.flags(t.folded[first]).contains(.surname)) { return }
        // "the Budweiser Man of the Match award", "Player of the Year": an award's title is no name.
        while end > first && isAwardTitle(end - 1) { end -= 1 }
        // "DAB's Elizabeth Quat In the New Territories": a caption run into the next sentence; a function word
        // never ends a name, and alone ("Doctor Who") is none.
        while end > first && isFunctionWord(end - 1) { end -= 1 }
        guard first < end, !isEventName(first, end) else { return }
        if end - first == 1 && V.sentenceOpeners.contains(t.folded[first]) { return }
        let emitted = out.count
        defer {
            if let dropped, out.count > emitted, out[emitted].first == first { out[emitted].dropped = dropped }
        }
        let heading = t.has(first, .heading)
        if heading {
            // In a Title Case heading every word is capitalised: only uncommon words can be names.
            var k = first
            while k < end {
                // "Alvin Yeung of Civic Party": common words ending in a head noun may name an institution,
                // which counts if the text names it elsewhere too.
                var h = k
                while h < end && t.isCapitalized(h) { h += 1 }
                if h - k >= 2 && isCommon(k) && isHead(h - 1) {
                    emitScored(k, h, afterTitle: false, weak: true, rule: .headingInstitution, into: &out)
                    k = h
                    continue
                }
                while k < end && (!t.isCapitalized(k) || isCommon(k)) { k += 1 }
                var m = k
                while m < end && t.isCapitalized(m) && !isCommon(m) { m += 1 }
                // A given name and another word is a person's name even in a heading-like line ("DAB's
                // Elizabeth Quat" in a list of results); other names there only count if the text repeats them.
                let person = m - k >= 2 && g.flags(t.folded[k]).contains(.firstName)
                if m > k { emitScored(k, m, afterTitle: afterTitle, weak: !person, rule: .headingName, into: &out) }
                k = m
            }
            return
        }
        var allCommon = true
        for k in first..<end where t.isCapitalized(k) && !isCommon(k) { allCommon = false; break }
        let hasHead = isHead(end - 1)
            || (end < t.count && !t.isCapitalized(end)
                && (V.organizationFollowers.contains(t.folded[end]) || V.placeFollowers.contains(t.folded[end])))
        if let head = piece.head, head >= first {
            var c = EntityCandidate(first: first, end: end, range: range(first, end))
            c.rule = rule == .nameRun ? .headedName : rule
            let type = teamHead ? .organization : headType(head)
            if let type { c.votes.add(teamHead ? .teamHead : .nameHead, type, 3) }
            out.append(c)
            return
        }
        let weak = allCommon && !hasHead && !afterTitle && !followedByLeadersNoun(end)
        emitScored(first, end, afterTitle: afterTitle, weak: weak, rule: rule, into: &out)
    }

    func emitScored(_ first: Int, _ end: Int, afterTitle: Bool, weak: Bool, rule: EntityRule,
                    into out: inout [EntityCandidate]) {
        var c = EntityCandidate(first: first, end: end, range: range(first, end))
        c.rule = rule
        c.weak = weak
        var v = TypeVotes()
        let n = t.count
        let words = end - first
        // A given name before a one-word place ("Alia Salem") counts as much as a title.
        if afterTitle { v.add(rule == .givenNameAndPlace ? .givenNameAndPlace : .titleBefore, .person, 3) }
        // A head noun outweighs the look of a personal name before it: "Irving Independent School District".
        // "John Hill", "Rodney Marsh", "Mr. Park": a head noun that is also a surname, after a given name or a
        // title, ends a person's name.
        let surnameHead = g.flags(t.folded[end - 1]).contains(.surname)
            && (afterTitle || (words == 2 && g.flags(t.folded[first]).contains(.firstName)))
        switch surnameHead ? nil : headType(end - 1) {
        case .organization: v.add(.organizationHead, .organization, 5)
        case .place: v.add(.placeHead, .place, 5)
        default:
            // A head that comes first: "Lake Erie", "Fort Lee", "Instituto Gonzaga", "Université Laval".
            if words >= 2 && V.leadingPlaceHeads.contains(t.folded[first]) { v.add(.leadingPlaceHead, .place, 5) }
            if words >= 2 && V.leadingOrganizationHeads.contains(t.folded[first]) {
                v.add(.leadingOrganizationHead, .organization, 5)
            }
            // An organisation head inside the name: "Major League Baseball" (whose "Major" is also a given name).
            for k in first..<(end - 1) where t.isCapitalized(k) && V.organizationHeads.contains(t.folded[k]) {
                v.add(.innerOrganizationHead, .organization, 3)
                break
            }
        }
        if first > 0 && !t.isCapitalized(first - 1) && t.tokens[first - 1].kind == .word {
            let w = t.folded[first - 1]
            if V.lowercaseRoles.contains(w) { v.add(.roleBefore, .person, 2) }
            // "localist group Youngspiration", "the rock band Queen", "the retailer Target".
            if followsOrganizationCue(first) { v.add(.organizationCueBefore, .organization, 2) }
            if V.placePrepositions.contains(w) { v.add(.placePreposition, .place, 1) }
            if w == Self.toKey && first > 1 && t.folded[first - 2] == Self.accordingKey { v.add(.accordingTo, .person, 0.5) }
        }
        if end < n {
            let w = t.folded[end]
            if t.tokens[end].kind == .word && !t.isCapitalized(end) {
                if V.organizationFollowers.contains(w) { v.add(.organizationFollower, .organization, 2) }
                if V.placeFollowers.contains(w) { v.add(.placeFollower, .place, 1.5) }
                if V.speechVerbs.contains(w) { v.add(.speechVerbAfter, .person, 1) }
                if words == 1 && followedByLeadersNoun(end) { v.add(.leadersNoun, .person, 2) }
            } else if t.isPunctuation(end, ","), end + 1 < n, t.folded[end + 1] == Self.whoKey {
                v.add(.whoAfter, .person, 1)
            } else if isCitation(end) {
                v.add(.citation, .person, 3)
            }
        }
        let firstFlags = g.flags(t.folded[first])
        if words >= 2 {
            if firstFlags.contains(.firstName) { v.add(.givenNameFirst, .person, 2) }
            if g.flags(t.folded[end - 1]).contains(.surname) { v.add(.surnameLast, .person, 1) }
            v.add(.multiWordName, .person, 0.5)
        } else if t.has(first, .allCaps) {
            v.add(.acronymShape, .organization, 1.5)
        } else if firstFlags.contains(.surname) {
            v.add(.loneSurname, .person, 0.3)
        }
        c.votes = v
        c.vessel = isProductName(first, end)
        out.append(c)
    }

    /// "Internet Explorer 6", "Creative Suite 5": words that are no one's names, then a version number, name a
    /// product, which Lede does not type; it is dropped with its other mentions, like a craft.
    func isProductName(_ first: Int, _ end: Int) -> Bool {
        guard end - first >= 2, end < t.count, t.tokens[end].kind == .number, !t.has(end, .attached),
              !t.has(end, .afterNewline), headType(end - 1) == nil else { return false }
        for k in first..<end where t.isCapitalized(k) {
            let f = g.flags(t.folded[k])
            if f.contains(.firstName) || f.contains(.surname) { return false }
        }
        return true
    }

}
