/// The pieces pass: a run cut into known names (longest gazetteer match), titles, craft words and unknown
/// names, then "X of Y" pieces merged.
extension CandidateFinder {
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
    func knownMatch(_ k: Int, _ i: Int, _ j: Int) -> (Int, Gazetteer.Entry)? {
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

    func isCommon(_ k: Int) -> Bool {
        let f = g.flags(t.folded[k])
        guard f.contains(.common) else { return false }
        if f.contains(.firstName) && k + 1 < t.count && t.isCapitalized(k + 1) { return false }
        return !isAcronym(k)
    }

    /// A short all-capitals word in running text is an acronym even when it spells a common word ("DAB",
    /// "FIRST"), unless the words around it are capitals too (shouting, or a heading in capitals).
    func isAcronym(_ k: Int) -> Bool {
        guard t.has(k, .allCaps), t.tokens[k].range.length <= 5, !t.has(k, .heading) else { return false }
        if k > 0 && t.has(k - 1, .allCaps) && !t.has(k, .afterNewline) { return false }
        if k + 1 < t.count && t.has(k + 1, .allCaps) && !t.has(k + 1, .afterNewline) { return false }
        return true
    }

    /// A title at `k` inside the run ending at `j`, followed by more of the run.
    func isTitle(_ k: Int, _ j: Int) -> Bool {
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


    func adjacent(_ a: Piece, _ b: Piece) -> Bool { a.end == b.first }

    /// "Union Station", "Bank Street" opening a sentence: a content word before a lone head noun is the
    /// name's own first word; "However Congress", "After Parliament" are not names.
    /// "New People Party", "National Rifle Association" likewise, unless the first word is one that sits before
    /// names ("Former Labour Party leader"). "New" and a capital is a name whatever follows ("New Scientist").
    func opensHeadName(_ first: Int, _ end: Int) -> Bool {
        guard end - first >= 2, !V.sentenceOpeners.contains(t.folded[first]) else { return false }
        if t.folded[first] == Self.newKey { return true }
        guard isHead(end - 1) else { return false }
        return end - first == 2 || !V.nameModifiers.contains(t.folded[first])
    }

    /// Where a two-word person's name (a listed given name and a capitalised word) closes a piece whose
    /// "X of Y" name began at `head`: "... Relations | Alia Salem".
    func trailingPersonName(after head: Int, _ end: Int) -> Int? {
        let m = end - 2
        guard m > head + 2, t.isCapitalized(m), t.isCapitalized(m + 1), t.isCapitalized(m - 1),
              g.flags(t.folded[m]).contains(.firstName), !g.flags(t.folded[m - 1]).contains(.firstName),
              !isHead(m + 1), !isCommon(m + 1) || g.flags(t.folded[m + 1]).contains(.surname) else { return nil }
        return m
    }

    /// The head noun before a connector inside one piece: "Institute" in "Institute of Technology".
    func innerHead(_ first: Int, _ end: Int) -> Int? {
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
    func isNonName(_ k: Int, _ j: Int) -> Bool {
        let w = t.folded[k]
        return V.nonNames.contains(w) || isLoneMonth(k, j)
            || ((t.has(k, .allCaps) || isPluralAcronym(k)) && V.nonNameAcronyms.contains(w))
            || isCode(k) || isCompound(k) || isCaptionLabel(k)
    }

    /// "April", "May", "June", "August" are months unless another capitalised word follows ("April Ryan").
    func isLoneMonth(_ k: Int, _ j: Int) -> Bool {
        V.nameMonths.contains(t.folded[k]) && !(k + 1 < j && t.isCapitalized(k + 1))
    }

    func looksLikeGivenName(_ piece: Piece) -> Bool {
        let k = piece.end - 1
        let flags = g.flags(t.folded[k])
        if flags.contains(.firstName) { return true }
        return piece.end - piece.first == 1 && !flags.contains(.common) && !t.has(k, .allCaps)
            && t.tokens[k].range.length > 2
    }

    /// "University of Copenhagen", "Court of Appeal", "Society of the Cincinnati": a piece ending in a head noun,
    /// then "of" (the run only lets it in after a head noun), then the rest of the run, is one name.
    func mergeOfPhrases(_ pieces: inout [Piece]) {
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
    func isPluralNoun(_ k: Int) -> Bool {
        let r = t.tokens[k].range
        guard r.length >= 3, !t.has(k, .allCaps) else { return false }
        if t.folded[k] == Self.soxKey { return true }
        guard t.scalars[r.end - 1] == "s", t.scalars[r.end - 2] != "s" else { return false }
        let f = g.flags(t.folded[k])
        return !f.contains(.surname) && !f.contains(.firstName)
    }

    // MARK: cutting a run

    /// Run `i..<j` cut into pieces; a known name may reach past the run's end, which moves `j`.
    func pieces(_ i: Int, _ j: inout Int) -> [Piece] {
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
                pieces.append(Piece(kind: .name, first: k, end: person, head: head, rule: .institutionThenPerson))
                pieces.append(Piece(kind: .name, first: person, end: last + 1, rule: .institutionThenPerson))
            } else {
                pieces.append(Piece(kind: .name, first: k, end: last + 1, head: head))
            }
            k = last + 1
        }
        mergeOfPhrases(&pieces)
        return pieces
    }
}
