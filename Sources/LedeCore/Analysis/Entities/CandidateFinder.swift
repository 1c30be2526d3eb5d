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

    private enum PieceKind { case known(Gazetteer.Entry), title, vehicle, name }
    private struct Piece {
        var kind: PieceKind
        var first: Int
        var end: Int
        /// The head noun of "X of Y" names ("University" in "University of Copenhagen"), when merged.
        var head: Int? = nil

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

    func find() -> [EntityCandidate] {
        var out: [EntityCandidate] = []
        var i = 0
        let n = t.count
        while i < n {
            guard t.isCapitalized(i) else { i += 1; continue }
            var j = runEnd(i)
            segment(i, &j, into: &out)
            i = max(j, i + 1)
        }
        markAcronyms(&out)
        restoreDroppedWords(&out)
        shareListTypes(&out)
        return out
    }

    /// "Ubisoft, Microsoft, and PlayStation VR": a name with no clue of its own, listed with a known name,
    /// is likely the same kind of thing.
    private func shareListTypes(_ out: inout [EntityCandidate]) {
        guard out.count > 1 else { return }
        var extra = [TypeVotes](repeating: TypeVotes(), count: out.count)
        for a in 0..<(out.count - 1) where listJoined(out[a].end, out[a + 1].first) {
            let b = a + 1
            if let e = out[a].entry, !e.ambiguous, e.type != .group, out[b].entry == nil { extra[b][e.type] += 0.5 }
            if let e = out[b].entry, !e.ambiguous, e.type != .group, out[a].entry == nil { extra[a][e.type] += 0.5 }
        }
        for i in out.indices where out[i].entry == nil && extra[i].total > 0 {
            let v = out[i].votes
            guard max(v.person, v.organization, v.place) < 1 else { continue }
            out[i].votes += extra[i]
        }
    }

    /// Tokens `end..<next` are a list's joint: ",", "and", "or", ", and", ", or".
    private func listJoined(_ end: Int, _ next: Int) -> Bool {
        guard end < next, next - end <= 2 else { return false }
        var k = end
        if t.isPunctuation(k, ",") { k += 1 }
        if k < next && (t.folded[k] == Self.andKey || t.folded[k] == Self.orKey) && !t.isCapitalized(k) { k += 1 }
        return k == next && next > end
    }

    /// "Civil Defense Authority." then "Civil Defense Authority director ...": the second starts a sentence,
    /// so its common first word was dropped; the same words written elsewhere as one name put it back.
    private func restoreDroppedWords(_ out: inout [EntityCandidate]) {
        guard out.contains(where: { $0.dropped != nil }) else { return }
        var names = Set<UInt64>()
        for c in out where c.dropped == nil { names.insert(spanKey(c.first, c.end)) }
        for i in out.indices {
            guard let d = out[i].dropped, names.contains(spanKey(d, out[i].end)) else { continue }
            out[i].first = d
            out[i].range = range(d, out[i].end)
            out[i].weak = false
            out[i].dropped = nil
        }
    }

    private func spanKey(_ first: Int, _ end: Int) -> UInt64 {
        var h = NameKey.phraseSeed
        for k in first..<end where t.tokens[k].kind == .word { h = NameKey.extend(h, t.skeleton[k]) }
        return h
    }

    // MARK: runs

    /// May token `j` continue a run that reached `j - 1`?
    private func joins(_ j: Int) -> Bool {
        if t.has(j, .afterBlankLine) { return false }
        if t.has(j, .afterNewline) {
            // A name broken over a line: a line of running text that stops inside a name (no punctuation)
            // goes on with it, whatever the next line was taken for. A common word opening the next line
            // ("In the New Territories...") starts a sentence there instead: lists of names are often one
            // to a line with no full stop.
            return !t.has(j - 1, .heading) && t.tokens[j - 1].kind == .word
                && !(isCommon(j) && !g.flags(t.folded[j]).contains(.surname))
        }
        return true
    }

    private func isHead(_ k: Int) -> Bool { headType(k) != nil }

    private func runEnd(_ i: Int) -> Int {
        let n = t.count
        var j = i + 1
        while j < n && joins(j) {
            // "Washington, D.C. The Clinton Campaign": "The" after a dot starts a sentence the splitter missed.
            if t.isCapitalized(j) && V.articles.contains(t.folded[j]) && t.scalars[t.tokens[j - 1].range.end - 1] == "." {
                break
            }
            if t.isCapitalized(j) { j += 1; continue }
            // "Lt. Gen.", "George W. Bush", "St. Louis": a dot after a title or an initial.
            if t.isPunctuation(j, ".") && t.has(j, .attached) && j + 1 < n && t.isCapitalized(j + 1)
                && !t.has(j + 1, .afterNewline)
                && (V.titles.contains(t.folded[j - 1]) || t.tokens[j - 1].range.length == 1
                    || t.folded[j - 1] == Self.stKey) {
                j += 2
                continue
            }
            if t.isPunctuation(j, "&") && j + 1 < n && t.isCapitalized(j + 1) { j += 2; continue }
            if t.tokens[j].kind == .word && j + 1 < n && !t.has(j + 1, .afterNewline) {
                let w = t.folded[j]
                if V.particles.contains(w) && t.isCapitalized(j + 1) { j += 2; continue }
                if V.connectors.contains(w) && isHead(j - 1) && w != Self.theKey {
                    var m = j + 1
                    if m < n && t.folded[m] == Self.theKey && !t.isCapitalized(m) { m += 1 }
                    if m < n && t.isCapitalized(m) && !V.titles.contains(t.folded[m]) { j = m + 1; continue }
                }
            }
            break
        }
        return j
    }

    // MARK: gazetteer

    /// The longest known name starting at token `k`: its length in tokens and entry.
    func longestMatch(_ k: Int) -> (Int, Gazetteer.Entry)? {
        let n = t.count
        var key = NameKey.phraseSeed
        var best: (Int, Gazetteer.Entry)? = nil
        var m = k
        while m < n && m - k < g.longestPhrase {
            if m > k && (t.has(m, .afterBlankLine) || t.has(m, .possessive)) { break }
            key = NameKey.extend(key, t.folded[m])
            if let e = g.phrases[key] {
                // A known name must end on a capitalised word or a dot ("D.C."), not a lowercase word; a short
                // acronym only in capitals ("WHO", not "Doctor Who"; "Nato" may stand for NATO).
                if (t.isCapitalized(m) || t.tokens[m].kind != .word) && !(e.shortAcronym && !t.has(m, .allCaps)) {
                    best = (m - k + 1, e)
                }
            }
            if !g.prefixes.contains(key) { break }
            m += 1
        }
        if best == nil && t.has(k, .joined),
           let e = g.skeletons[NameKey.extend(NameKey.phraseSeed, t.skeleton[k])] {
            best = (1, e)
        }
        // A known multi-word name whose last token is a dot ends on the word before it unless the dot belongs.
        return best
    }

    /// A known name at `k` inside the run `i..<j`; a place that is also a person's name ("Paul", "Holt") or a
    /// small town ("Claudio", Argentina) only counts standing alone, never inside a longer name ("Paul Kay",
    /// "Brock Holt", "Claudio De Vincenti").
    private func knownMatch(_ k: Int, _ i: Int, _ j: Int) -> (Int, Gazetteer.Entry)? {
        guard let m = longestMatch(k) else { return nil }
        if m.1.ambiguous || (m.1.minor && m.0 == 1) {
            // "Charles J. Fillmore": the word before may be an initial with its dot.
            let p = k - 1 > i && t.isPunctuation(k - 1, ".") ? k - 2 : k - 1
            let before = p >= i && t.isCapitalized(p) && !V.titles.contains(t.folded[p])
            let after = k + m.0 < j && t.isCapitalized(k + m.0)
            // "Boston Red Sox": a city named like a person, then a team's nickname, is still the city.
            if before || (after && !(j - 1 > k && isPluralNoun(j - 1) && !isHead(j - 1))) { return nil }
        }
        return m
    }

    private func isCommon(_ k: Int) -> Bool {
        let f = g.flags(t.folded[k])
        guard f.contains(.common) else { return false }
        if f.contains(.firstName) && k + 1 < t.count && t.isCapitalized(k + 1) { return false }
        return !isAcronym(k)
    }

    /// A short all-capitals word in running text is an acronym even when it spells a common word ("DAB",
    /// "FIRST"), unless the words around it are capitals too (shouting, or a heading in capitals).
    private func isAcronym(_ k: Int) -> Bool {
        guard t.has(k, .allCaps), t.tokens[k].range.length <= 5, !t.has(k, .heading) else { return false }
        if k > 0 && t.has(k - 1, .allCaps) && !t.has(k, .afterNewline) { return false }
        if k + 1 < t.count && t.has(k + 1, .allCaps) && !t.has(k + 1, .afterNewline) { return false }
        return true
    }

    /// A title at `k` inside the run ending at `j`, followed by more of the run.
    private func isTitle(_ k: Int, _ j: Int) -> Bool {
        let w = t.folded[k]
        // "Major League Baseball", "General Motors", "General Assembly": a title word naming an organisation.
        if k + 1 < j && t.isCapitalized(k + 1) && V.organizationHeads.contains(t.folded[k + 1]) { return false }
        if V.titles.contains(w) {
            var m = k + 1
            while m < j && !t.isCapitalized(m) { m += 1 }
            return m < j
        }
        if V.titleModifiers.contains(w) {
            var m = k + 1
            while m < j && !t.isCapitalized(m) { m += 1 }
            return m < j && isTitle(m, j)
        }
        return false
    }

    // MARK: segmentation

    private func segment(_ i: Int, _ j: inout Int, into out: inout [EntityCandidate]) {
        var pieces: [Piece] = []
        var k = i
        while k < j {
            if !t.isCapitalized(k) { k += 1; continue }
            if let (len, e) = knownMatch(k, i, j) {
                pieces.append(Piece(kind: .known(e), first: k, end: k + len))
                k += len
                if k > j { j = k }
                continue
            }
            // A numeral alone ("XVII"), not after a name ("Henry VIII").
            if k == i && j == i + 1 && t.tokens[k].range.length >= 2 && isRomanNumeral(k) { k += 1; continue }
            if isTitle(k, j) {
                pieces.append(Piece(kind: .title, first: k, end: k + 1))
                k += 1
                continue
            }
            if isVehicleCue(k) && k + 1 < j && t.isCapitalized(k + 1) {
                pieces.append(Piece(kind: .vehicle, first: k, end: k + 1))
                k += 1
                continue
            }
            if isNonName(k, j) {
                k += 1
                continue
            }
            var m = k + 1
            var last = k
            while m < j {
                if t.isCapitalized(m) {
                    if isNonName(m, j) || knownMatch(m, i, j) != nil { break }
                    if isVehicleCue(m) && m + 1 < j && t.isCapitalized(m + 1) { break }
                    last = m
                }
                m += 1
            }
            let head = innerHead(k, last + 1)
            // "Council on American-Islamic Relations Alia Salem": an institution's name, then a person's.
            if let head, let person = trailingPersonName(after: head, last + 1) {
                pieces.append(Piece(kind: .name, first: k, end: person, head: head))
                pieces.append(Piece(kind: .name, first: person, end: last + 1))
            } else {
                pieces.append(Piece(kind: .name, first: k, end: last + 1, head: head))
            }
            k = last + 1
        }
        guard !pieces.isEmpty else { return }
        mergeOfPhrases(&pieces)

        var p = 0
        var afterTitle = false
        // "the shuttle Endeavour": a vessel's name after a lowercase craft word.
        var afterVehicle = followsVehicleCue(pieces[0].first)
        // "the film Star Wars", "the game Counter-Strike": an unknown name after a kind of work is its title.
        if case .name = pieces[0].kind, followsWorkCue(pieces[0].first) {
            var c = EntityCandidate(first: pieces[0].first, end: pieces[0].end,
                                    range: range(pieces[0].first, pieces[0].end))
            c.vessel = true
            out.append(c)
            p = 1
        }
        while p < pieces.count {
            let piece = pieces[p]
            if afterVehicle && !piece.isVehicle {
                // A vessel: kept as a candidate so its other mentions are found, then dropped with them.
                var c = EntityCandidate(first: piece.first, end: piece.end, range: range(piece.first, piece.end))
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
                             into: &out)
                    p = q + 1
                    afterTitle = false
                    continue
                }
                // A city and a plural noun is a team: "Pittsburgh Pirates", "Tampa Bay Rays".
                if e.type == .place, p + 1 < pieces.count, case .name = pieces[p + 1].kind,
                   adjacent(piece, pieces[p + 1]), pieces[p + 1].head == nil, isPluralNoun(pieces[p + 1].end - 1) {
                    var team = Piece(kind: .name, first: piece.first, end: pieces[p + 1].end)
                    team.head = team.end - 1
                    emitName(team, afterTitle: false, teamHead: true, into: &out)
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
                                 into: &out)
                    }
                    emitName(Piece(kind: .name, first: given, end: pieces[p + 1].end), afterTitle: true,
                             into: &out)
                    p += 2
                    afterTitle = false
                    continue
                }
                emitName(piece, afterTitle: afterTitle, into: &out)
            }
            afterTitle = false
            p += 1
        }
    }

    private func adjacent(_ a: Piece, _ b: Piece) -> Bool { a.end == b.first }

    /// "Union Station", "Bank Street" opening a sentence: a content word before a lone head noun is the
    /// name's own first word; "However Congress", "After Parliament" are not names.
    /// "New People Party", "National Rifle Association" likewise, unless the first word is one that sits before
    /// names ("Former Labour Party leader"). "New" and a capital is a name whatever follows ("New Scientist").
    private func opensHeadName(_ first: Int, _ end: Int) -> Bool {
        guard end - first >= 2, !V.sentenceOpeners.contains(t.folded[first]) else { return false }
        if t.folded[first] == Self.newKey { return true }
        guard isHead(end - 1) else { return false }
        return end - first == 2 || !V.nameModifiers.contains(t.folded[first])
    }

    /// Where a two-word person's name (a listed given name and a capitalised word) closes a piece whose
    /// "X of Y" name began at `head`: "... Relations | Alia Salem".
    private func trailingPersonName(after head: Int, _ end: Int) -> Int? {
        let m = end - 2
        guard m > head + 2, t.isCapitalized(m), t.isCapitalized(m + 1), t.isCapitalized(m - 1),
              g.flags(t.folded[m]).contains(.firstName), !g.flags(t.folded[m - 1]).contains(.firstName),
              !isHead(m + 1), !isCommon(m + 1) || g.flags(t.folded[m + 1]).contains(.surname) else { return nil }
        return m
    }

    /// The head noun before a connector inside one piece: "Institute" in "Institute of Technology".
    private func innerHead(_ first: Int, _ end: Int) -> Int? {
        var k = first + 1
        while k < end {
            if !t.isCapitalized(k) && V.connectors.contains(t.folded[k]) {
                return isHead(k - 1) ? k - 1 : nil
            }
            k += 1
        }
        return nil
    }

    /// A capitalised word that never names or joins a name here: months and days, acronyms of things ("HTML",
    /// "GMT"), codes ("IE6"), compounds ("T-shirt"), caption labels ("Image:").
    private func isNonName(_ k: Int, _ j: Int) -> Bool {
        let w = t.folded[k]
        return V.nonNames.contains(w) || isLoneMonth(k, j)
            || ((t.has(k, .allCaps) || isPluralAcronym(k)) && V.nonNameAcronyms.contains(w))
            || isCode(k) || isCompound(k) || isCaptionLabel(k)
    }

    /// "April", "May", "June", "August" are months unless another capitalised word follows ("April Ryan").
    private func isLoneMonth(_ k: Int, _ j: Int) -> Bool {
        V.nameMonths.contains(t.folded[k]) && !(k + 1 < j && t.isCapitalized(k + 1))
    }

    private func looksLikeGivenName(_ piece: Piece) -> Bool {
        let k = piece.end - 1
        let flags = g.flags(t.folded[k])
        if flags.contains(.firstName) { return true }
        return piece.end - piece.first == 1 && !flags.contains(.common) && !t.has(k, .allCaps)
            && t.tokens[k].range.length > 2
    }

    /// "University of Copenhagen", "Court of Appeal", "Society of the Cincinnati": a piece ending in a head noun,
    /// then "of" (the run only lets it in after a head noun), then the rest of the run, is one name.
    private func mergeOfPhrases(_ pieces: inout [Piece]) {
        var p = 0
        while p + 1 < pieces.count {
            let a = pieces[p]
            if case .title = a.kind { p += 1; continue }
            let headToken = a.end - 1
            guard isHead(headToken), pieces[p + 1].first > a.end else { p += 1; continue }
            // "Colorado State University of the US": a name already complete before its head takes a place
            // after "of" as a qualifier, not as part of the name ("University of Texas" is one name).
            if case .known(let e) = pieces[p + 1].kind, e.type == .place, p > 0, adjacent(pieces[p - 1], a),
               !pieces[p - 1].isVehicle {
                if case .title = pieces[p - 1].kind {} else { p += 1; continue }
            }
            var q = p + 1
            // The name after "of" runs on through adjacent pieces, but not into a person's name that follows
            // a known place: "University of Texas Arlington | Amneh Jafari".
            while q + 1 < pieces.count && pieces[q + 1].first == pieces[q].end {
                if case .name = pieces[q + 1].kind, case .known = pieces[q].kind,
                   pieces[q + 1].end - pieces[q + 1].first >= 2, !isHead(pieces[q + 1].end - 1) { break }
                q += 1
            }
            if case .title = pieces[q].kind { p += 1; continue }
            let merged = Piece(kind: .name, first: a.first, end: pieces[q].end, head: a.head ?? headToken)
            pieces.replaceSubrange(p...q, with: [merged])
            p += 1
        }
    }

    /// A team's plural nickname: "Pirates", "Rays", "Yankees", and the spelled-down "Sox". A surname ending in
    /// s ("Roberts") is not one.
    private func isPluralNoun(_ k: Int) -> Bool {
        let r = t.tokens[k].range
        guard r.length >= 3, !t.has(k, .allCaps) else { return false }
        if t.folded[k] == Self.soxKey { return true }
        guard t.scalars[r.end - 1] == "s", t.scalars[r.end - 2] != "s" else { return false }
        let f = g.flags(t.folded[k])
        return !f.contains(.surname) && !f.contains(.firstName)
    }

    private func range(_ first: Int, _ end: Int) -> TextRange {
        TextRange(t.tokens[first].range.start, t.tokens[end - 1].range.end)
    }

    private func emitKnown(_ piece: Piece, _ e: Gazetteer.Entry, afterTitle: Bool, into out: inout [EntityCandidate]) {
        var c = EntityCandidate(first: piece.first, end: piece.end, range: range(piece.first, piece.end))
        c.entry = e
        // A place named like a person, or a small town, is a weak clue that a title before it outweighs
        // ("Dean Kamen": Kamen is a town in Germany).
        c.votes[e.type] += e.ambiguous || e.minor ? 1.5 : 4
        if afterTitle { c.votes.person += 3 }
        // "the Obama administration": a leader's surname before the government or campaign named after them.
        if e.yieldsToSurname && followedByLeadersNoun(piece.end) { c.votes.person += 2 }
        // A one-word known name that is also a common word, at the start of a sentence or in a heading, needs
        // another mention to count ("Amazon", "Shell").
        if piece.end - piece.first == 1 && e.type != .place && isCommon(piece.first)
            && (t.has(piece.first, .sentenceInitial) || t.has(piece.first, .heading)) {
            c.weak = true
        }
        out.append(c)
    }

    private func emitName(_ piece: Piece, afterTitle: Bool, teamHead: Bool = false,
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
            c.weak = true
            c.votes.person = 0.5
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
                    emitScored(k, h, afterTitle: false, weak: true, into: &out)
                    k = h
                    continue
                }
                while k < end && (!t.isCapitalized(k) || isCommon(k)) { k += 1 }
                var m = k
                while m < end && t.isCapitalized(m) && !isCommon(m) { m += 1 }
                // A given name and another word is a person's name even in a heading-like line ("DAB's
                // Elizabeth Quat" in a list of results); other names there only count if the text repeats them.
                let person = m - k >= 2 && g.flags(t.folded[k]).contains(.firstName)
                if m > k { emitScored(k, m, afterTitle: afterTitle, weak: !person, into: &out) }
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
            let type = teamHead ? .organization : headType(head)
            if type == .organization { c.votes.organization += 3 }
            if type == .place { c.votes.place += 3 }
            out.append(c)
            return
        }
        let weak = allCommon && !hasHead && !afterTitle && !followedByLeadersNoun(end)
        emitScored(first, end, afterTitle: afterTitle, weak: weak, into: &out)
    }

    private func emitScored(_ first: Int, _ end: Int, afterTitle: Bool, weak: Bool,
                            into out: inout [EntityCandidate]) {
        var c = EntityCandidate(first: first, end: end, range: range(first, end))
        c.weak = weak
        var v = TypeVotes()
        let n = t.count
        let words = end - first
        if afterTitle { v.person += 3 }
        // A head noun outweighs the look of a personal name before it: "Irving Independent School District".
        // "John Hill", "Rodney Marsh", "Mr. Park": a head noun that is also a surname, after a given name or a
        // title, ends a person's name.
        let surnameHead = g.flags(t.folded[end - 1]).contains(.surname)
            && (afterTitle || (words == 2 && g.flags(t.folded[first]).contains(.firstName)))
        switch surnameHead ? nil : headType(end - 1) {
        case .organization: v.organization += 5
        case .place: v.place += 5
        default:
            // A head that comes first: "Lake Erie", "Fort Lee", "Instituto Gonzaga", "Université Laval".
            if words >= 2 && V.leadingPlaceHeads.contains(t.folded[first]) { v.place += 5 }
            if words >= 2 && V.leadingOrganizationHeads.contains(t.folded[first]) { v.organization += 5 }
            // An organisation head inside the name: "Major League Baseball" (whose "Major" is also a given name).
            for k in first..<(end - 1) where t.isCapitalized(k) && V.organizationHeads.contains(t.folded[k]) {
                v.organization += 3
                break
            }
        }
        if first > 0 && !t.isCapitalized(first - 1) && t.tokens[first - 1].kind == .word {
            let w = t.folded[first - 1]
            if V.lowercaseRoles.contains(w) { v.person += 2 }
            // "localist group Youngspiration", "the rock band Queen", "the retailer Target".
            if followsOrganizationCue(first) { v.organization += 2 }
            if V.placePrepositions.contains(w) { v.place += 1 }
            if w == Self.toKey && first > 1 && t.folded[first - 2] == Self.accordingKey { v.person += 0.5 }
        }
        if end < n {
            let w = t.folded[end]
            if t.tokens[end].kind == .word && !t.isCapitalized(end) {
                if V.organizationFollowers.contains(w) { v.organization += 2 }
                if V.placeFollowers.contains(w) { v.place += 1.5 }
                if V.speechVerbs.contains(w) { v.person += 1 }
                if words == 1 && followedByLeadersNoun(end) { v.person += 2 }
            } else if t.isPunctuation(end, ","), end + 1 < n, t.folded[end + 1] == Self.whoKey {
                v.person += 1
            } else if isCitation(end) {
                v.person += 3
            }
        }
        let firstFlags = g.flags(t.folded[first])
        if words >= 2 {
            if firstFlags.contains(.firstName) { v.person += 2 }
            if g.flags(t.folded[end - 1]).contains(.surname) { v.person += 1 }
            v.person += 0.5
        } else if t.has(first, .allCaps) {
            v.organization += 1.5
        } else if firstFlags.contains(.surname) {
            v.person += 0.3
        }
        c.votes = v
        c.vessel = isProductName(first, end)
        out.append(c)
    }

    /// "Internet Explorer 6", "Creative Suite 5": words that are no one's names, then a version number, name a
    /// product, which Lede does not type; it is dropped with its other mentions, like a craft.
    private func isProductName(_ first: Int, _ end: Int) -> Bool {
        guard end - first >= 2, end < t.count, t.tokens[end].kind == .number, !t.has(end, .attached),
              !t.has(end, .afterNewline), headType(end - 1) == nil else { return false }
        for k in first..<end where t.isCapitalized(k) {
            let f = g.flags(t.folded[k])
            if f.contains(.firstName) || f.contains(.surname) { return false }
        }
        return true
    }

    // MARK: acronyms

    /// "Israeli Defense Forces (IDF)": the bracketed capitals name the same thing.
    private func markAcronyms(_ out: inout [EntityCandidate]) {
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
            out[a].votes[type] += 3
        }
    }
}
