/// Word-level tests the candidate finder applies before a capitalised word may start or continue a name.
extension CandidateFinder {
    static let forKey = NameKey.word("for")
    static let etKey = NameKey.word("et")
    static let alKey = NameKey.word("al")

    /// A capitalised hyphenated word that is an ordinary compound, not a name: "T-shirt", "Co-founder",
    /// "Ground-level", "Pro-Beijing", "Pan-democrat". The part after the hyphen is a lowercase common word and
    /// the part before is a letter, a prefix or a common word, or the part before is a prefix. An obfuscated
    /// name ("Is-rael") has no common word after its hyphen, and a double name ("Ben-Gvir") no lowercase one.
    func isCompound(_ k: Int) -> Bool {
        guard t.has(k, .joined), t.tokens[k].kind == .word else { return false }
        let r = t.tokens[k].range
        var h = r.start
        while h < r.end && !ScalarClass.isHyphen(t.scalars[h]) { h += 1 }
        guard h > r.start, h + 1 < r.end else { return false }
        let head = NameKey.word(t.scalars, r.start, h).folded
        if V.compoundPrefixes.contains(head) { return true }
        guard ScalarClass.isLower(t.scalars[h + 1]) else { return false }
        var e = h + 1
        while e < r.end && ScalarClass.isLetter(t.scalars[e]) { e += 1 }
        let tail = NameKey.word(t.scalars, h + 1, e).folded
        // "Scientology-related", "US-led", "Beijing-based": an adjective made of a name.
        if e == r.end && V.compoundTails.contains(tail) { return true }
        guard g.flags(tail).contains(.common) else { return false }
        return h - r.start == 1 || g.flags(head).contains(.common)
    }

    /// "Image:", "Photo:", "Credit:": the label of a caption or credit line ends any name before it.
    func isCaptionLabel(_ k: Int) -> Bool {
        k + 1 < t.count && t.isPunctuation(k + 1, ":") && V.captionLabels.contains(t.folded[k])
    }

    /// A code rather than a name: capitals run into a number ("IE6", "STS-135", "F-16").
    func isCode(_ k: Int) -> Bool {
        guard t.has(k, .allCaps) else { return false }
        let r = t.tokens[k].range
        for i in r.start..<r.end where ScalarClass.isDigit(t.scalars[i]) { return true }
        guard k + 1 < t.count, t.has(k + 1, .attached) else { return false }
        if t.tokens[k + 1].kind == .number { return true }
        return k + 2 < t.count && t.isPunctuation(k + 1, "-") && t.tokens[k + 2].kind == .number
            && t.has(k + 2, .attached)
    }

    /// An event, a day or a belief rather than a person, organisation or place: "World War II", "the Cold
    /// War", "Waitangi Day", "the Edinburgh Festival", "the Hajj", "Islam". A given name first keeps a person
    /// ("Doris Day").
    func isEventName(_ first: Int, _ end: Int) -> Bool {
        if end - first == 1 && V.beliefsAndFeasts.contains(t.folded[first]) { return true }
        // An award is neither its giver nor a person: "the Nobel Prize", "a BAFTA Award", "Royal Gold Medal".
        if V.awardHeads.contains(t.folded[end - 1]) { return true }
        var last = end - 1
        // A trailing numeral: "World War II", "War I".
        if last > first && isRomanNumeral(last) { last -= 1 }
        guard V.eventHeads.contains(t.folded[last]) else { return false }
        return last == first || !g.flags(t.folded[first]).contains(.firstName)
    }

    func isRomanNumeral(_ k: Int) -> Bool {
        let r = t.tokens[k].range
        guard r.length <= 4 else { return false }
        for i in r.start..<r.end where !"IVX".unicodeScalars.contains(t.scalars[i]) { return false }
        return true
    }

    /// "In", "For", "And" capitalised inside a run; not "AS" ("AS Heagle" has initials).
    func isFunctionWord(_ k: Int) -> Bool {
        V.functionWords.contains(t.folded[k]) && !t.has(k, .allCaps)
    }

    /// Capitals and a plural s: "MPs", "CEOs".
    func isPluralAcronym(_ k: Int) -> Bool {
        let r = t.tokens[k].range
        guard r.length >= 3, t.scalars[r.end - 1] == "s" else { return false }
        for i in r.start..<(r.end - 1) where !ScalarClass.isUpper(t.scalars[i]) { return false }
        return true
    }

    /// "the Obama administration", "the Trump campaign": a lowercase noun at `k` that a leader's surname names.
    func followedByLeadersNoun(_ k: Int) -> Bool {
        k < t.count && t.tokens[k].kind == .word && !t.isCapitalized(k) && V.leadersNouns.contains(t.folded[k])
    }

    /// "the company Hitwise UK": a lowercase kind of organisation right before token `k`.
    func followsOrganizationCue(_ k: Int) -> Bool {
        k > 0 && t.tokens[k - 1].kind == .word && !t.isCapitalized(k - 1) && V.organizationCues.contains(t.folded[k - 1])
    }

    /// An author's name in a citation: "Quilis (1964)", "Martínez Cantón, 2011", "Daily et al.".
    func isCitation(_ k: Int) -> Bool {
        var m = k
        if t.isPunctuation(m, "(") || t.isPunctuation(m, ",") { m += 1 }
        guard m < t.count else { return false }
        if t.folded[m] == Self.etKey { return m + 1 < t.count && t.folded[m + 1] == Self.alKey }
        guard m > k, t.tokens[m].kind == .number, t.tokens[m].range.length == 4,
              m + 1 < t.count, t.isPunctuation(m + 1, ")") || t.isPunctuation(m + 1, ",") || t.isPunctuation(m + 1, ";")
        else { return false }
        let y = t.scalars[t.tokens[m].range.start]
        return y == "1" || y == "2"
    }

    /// "Man" in "Man of the Match", "Player" in "Player of the Year": the person word of an award's title.
    func isAwardTitle(_ k: Int) -> Bool {
        guard V.awardPersons.contains(t.folded[k]), k + 3 < t.count, t.folded[k + 1] == Self.ofKey,
              V.articles.contains(t.folded[k + 2]), t.isCapitalized(k + 3) else { return false }
        return V.awardOccasions.contains(t.folded[k + 3])
    }

    /// A word that names a kind of craft, so the name after it is a vessel's: "Space Shuttle Columbia",
    /// "the shuttle Endeavour", "USS Enterprise". Lede has no type for vessels, so they are not entities.
    func isVehicleCue(_ k: Int) -> Bool { V.vehicleCues.contains(t.folded[k]) }

    /// "the film", "the game", "the album" right before: the name after is a work's title, and Lede has no
    /// type for works. A known name there stays ("the game Sweden won").
    func followsWorkCue(_ first: Int) -> Bool {
        first > 0 && !t.isCapitalized(first - 1) && V.workCues.contains(t.folded[first - 1])
    }

    /// The token just before `first`, when it is a vehicle word.
    func followsVehicleCue(_ first: Int) -> Bool { first > 0 && isVehicleCue(first - 1) }

    /// The type a head noun gives a name, reading the word before it where one head serves both:
    /// "Kennedy Space Center" is a place, "Pew Research Center" an organisation; "Gaza District" a place,
    /// "Irving Independent School District" an organisation.
    func headType(_ k: Int) -> EntityType? {
        let w = t.folded[k]
        let before = k > 0 ? t.folded[k - 1] : 0
        if V.ambiguousPlaceHeads.contains(w) {
            // "Center for Strategic Studies": a centre for something is an institution.
            let after = k + 2 < t.count && !t.isCapitalized(k + 1) && t.isCapitalized(k + 2) ? t.folded[k + 1] : 0
            return V.organizationHeads.contains(before) || V.institutionModifiers.contains(before)
                || after == Self.forKey ? .organization : .place
        }
        if V.organizationHeads.contains(w) { return .organization }
        if V.placeHeads.contains(w) { return .place }
        return nil
    }
}
