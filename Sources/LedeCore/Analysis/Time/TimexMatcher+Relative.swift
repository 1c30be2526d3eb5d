/// Relative, anaphoric and fuzzy dates: "yesterday", "last week", "this year", "earlier this month",
/// "the same day", "the following day", "that day", "recent years", "the coming months", "now".
extension TimexMatcher {
    func matchRelativeDay(_ k: Int) -> TimexMatch? {
        // "today" after "still", "continues" or "known" means these days, not the day of writing: "a method
        // which is still in use today", "known today as the L'Enfant Plan" (TempEval-3 writes PRESENT_REF).
        if value(k) == 0 {
            var i = k - 1
            while i >= 0 && i >= k - 6 && sameLine(i) && tokens[i].kind == .word {
                if Self.nowadaysCues.contains(s, tokens[i].range) {
                    return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .literal("PRESENT_REF"))
                }
                i -= 1
            }
        }
        // "yesterday afternoon" stays the date "yesterday", as news annotation marks it.
        return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .relativeDay(value(k)))
    }

    static let nowadaysCues = WordSet(["still", "continues", "continue", "known", "remains"])

    func matchPresent(_ k: Int) -> TimexMatch? {
        // "now-defunct" and "now" as a discourse marker at the head of a quote stay out.
        if k + 1 < tokens.count, isDash(k + 1), touching(k) { return nil }
        return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .literal("PRESENT_REF"))
    }

    func matchFrequency(_ k: Int) -> TimexMatch? {
        guard let u = TimeUnit(rawValue: value(k)) else { return nil }
        return TimexMatch(tokens: k..<k + 1, type: .set, meaning: .literal(u.duration(1)))
    }

    /// The direction a modifier points: "last" -1, "next" +1, "this" 0.
    func direction(_ kind: TimeCue.Kind) -> Int {
        switch kind {
        case .last, .past, .previous: return -1
        case .next, .coming, .upcoming, .following: return 1
        default: return 0
        }
    }

    /// "last week", "this year", "next Tuesday", "last May", "this morning", "last night", "past three years".
    func matchModified(_ k: Int, spanStart: Int) -> TimexMatch? {
        var mod = cue(k)
        var j = k + 1
        if mod == .this && (cue(j) == .past || cue(j) == .coming) { mod = cue(j); j += 1 }  // "this past week"
        let dir = direction(mod)
        let anaphoric = mod == .following || mod == .previous
        if let (u, plural) = unit(j) {
            if plural {
                // "coming weeks", "past years": vague references.
                if mod == .coming || mod == .upcoming {
                    return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .literal("FUTURE_REF"))
                }
                if mod == .past || mod == .previous {
                    return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .literal("PAST_REF"))
                }
                return nil
            }
            if anaphoric {
                return TimexMatch(tokens: spanStart..<j + 1, type: .date,
                                  meaning: .anaphoric(u, offset: dir, antecedent: nil))
            }
            switch u {
            case .week, .weekend, .month, .quarter, .year, .decade, .century:
                return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .relativeUnit(u, offset: dir))
            case .day:
                return nil
            default:
                return nil
            }
        }
        if let (n, next) = count(j), n != 1 || cue(j) != .article, let (u, plural) = unit(next), plural || n == nil {
            // "the past three years", "the last few days": how long, not when. A bare "last" before a count is
            // the verb ("is intended to last six weeks").
            guard mod != .this, mod != .last || spanStart < k else { return nil }
            return TimexMatch(tokens: spanStart..<next + 1, type: .duration, meaning: .literal(u.duration(n)))
        }
        if cue(j) == .weekday, isCapitalised(j), !anaphoric {
            return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .weekday(value(j), offset: dir))
        }
        if cue(j) == .month, isCapitalised(j), !anaphoric {
            return TimexMatch(tokens: spanStart..<j + 1, type: .date,
                              meaning: .namedInYear(month: value(j), season: nil, offset: dir))
        }
        if cue(j) == .season, !anaphoric, let season = Season(rawValue: value(j)) {
            return TimexMatch(tokens: spanStart..<j + 1, type: .date,
                              meaning: .namedInYear(month: nil, season: season, offset: dir))
        }
        if cue(j) == .partOfDay, let p = PartOfDay(rawValue: value(j)), mod == .this || mod == .last {
            // "this morning", "last night" (the night before the reference day).
            let offset = mod == .last ? -1 : 0
            guard mod == .this || p == .night else { return nil }
            return TimexMatch(tokens: spanStart..<j + 1, type: .time, meaning: .partOfDay(p, day: .relativeDay(offset)))
        }
        return nil
    }

    func matchThe(_ k: Int) -> TimexMatch? {
        let j = k + 1
        switch cue(j) {
        case .same:
            // "the same month a year ago", "the same period last year": that unit, a year before.
            let period = unit(j + 1).map { !$0.plural } ?? (j + 1 < tokens.count && Self.periodWords.contains(s, tokens[j + 1].range))
            if period, sameLine(j + 1), let end = yearAgo(j + 2) {
                let u = unit(j + 1).map { $0.0 }
                return TimexMatch(tokens: k..<end, type: .date, meaning: .sameAYearBefore(u))
            }
            // "the same day", "the same day as his resignation", "the same year"
            guard let (u, plural) = unit(j + 1), !plural else { return nil }
            var antecedent: Range<Int>?
            if j + 2 < tokens.count, tokens[j + 2].kind == .word, isAs(j + 2) {
                var e = j + 3
                while e < tokens.count && e < j + 10 && tokens[e].kind == .word { e += 1 }
                if e > j + 3 { antecedent = (j + 3)..<e }
            }
            return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .anaphoric(u, offset: 0, antecedent: antecedent))
        case .following, .next, .previous:
            if let (u, plural) = unit(j + 1), !plural {
                if u == .day || u == .week || u == .month || u == .year || u == .weekend {
                    return TimexMatch(tokens: k..<j + 2, type: .date,
                                      meaning: .anaphoric(u, offset: direction(cue(j)), antecedent: nil))
                }
                return nil
            }
            if let (n, next) = count(j + 1), let (u, plural) = unit(next), plural {
                return TimexMatch(tokens: k..<next + 1, type: .duration, meaning: .literal(u.duration(n)))
            }
            return nil
        case .past, .last:
            if cue(j) == .last, let m = matchWeekOfMonth(j + 1, ordinal: -1, spanStart: k) { return m }
            if let (u, plural) = unit(j + 1) {
                if plural { return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .literal("PAST_REF")) }
                return TimexMatch(tokens: k..<j + 2, type: .duration, meaning: .literal(u.duration(1)))
            }
            if let (n, next) = count(j + 1), let (u, plural) = unit(next), plural || n == 1 {
                return TimexMatch(tokens: k..<next + 1, type: .duration, meaning: .literal(u.duration(n)))
            }
            if cue(j) == .past && cue(k - 1) == .in {
                return TimexMatch(tokens: k..<j + 1, type: .date, meaning: .literal("PAST_REF"))
            }
            return nil
        case .future:
            if cue(k - 1) == .in {
                return TimexMatch(tokens: k..<j + 1, type: .date, meaning: .literal("FUTURE_REF"))
            }
            return nil
        case .coming, .upcoming:
            if let (u, plural) = unit(j + 1) {
                if plural { return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .literal("FUTURE_REF")) }
                return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .relativeUnit(u, offset: 1))
            }
            if let (n, next) = count(j + 1), let (u, plural) = unit(next), plural {
                return TimexMatch(tokens: k..<next + 1, type: .duration, meaning: .literal(u.duration(n)))
            }
            return nil
        case .current, .this:
            if let (u, plural) = unit(j + 1), !plural, u != .day, u != .hour, u != .minute, u != .second {
                return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .relativeUnit(u, offset: 0))
            }
            return nil
        case .early, .late, .mid:
            return matchEarlyLate(j, spanStart: k)
        case .recent:
            return matchRecent(j, spanStart: k)
        case .digits:
            if let d = digits(j), d.plural, d.count == 4, d.value % 10 == 0, (1000...2190).contains(d.value) {
                return TimexMatch(tokens: k..<j + 1, type: .date, meaning: .yearPrefix(String(d.value / 10)))
            }
            return matchShortDecade(j, spanStart: k) ?? matchCentury(j, spanStart: k)
        case .ordinalWord:
            if let m = matchWeekOfMonth(j + 1, ordinal: value(j), spanStart: k) { return m }
            if cue(j + 1) == .unit, TimeUnit(rawValue: value(j + 1)) == .century, !cues[j + 1].plural {
                return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .yearPrefix(twoDigits(value(j) - 1)))
            }
            return matchPartOfYear(j, spanStart: k)
        case .end, .beginning, .start:
            return matchEndOf(j, spanStart: k)
        case .unit:
            if let m = matchPartOfYear(j, spanStart: k) { return m }
            if let (u, plural) = unit(j), plural, u != .second,
               cue(k - 1) == .over || (k > 0 && Self.throughoutWord.contains(s, tokens[k - 1].range)) {
                // "over the years", "throughout the decades": some number of units ("over the years" is one
                // phrase, so it keeps its "over").
                let start = cue(k - 1) == .over && sameLine(k - 1) ? k - 1 : k
                return TimexMatch(tokens: start..<j + 1, type: .duration, meaning: .literal(u.duration(nil)))
            }
            // "the day before", "the year after", "the year previous": only when nothing follows that could be
            // their anchor.
            guard let (u, plural) = unit(j), !plural, u == .day || u == .year || u == .week || u == .month,
                  cue(j + 1) == .before || cue(j + 1) == .after || cue(j + 1) == .previous || cue(j + 1) == .earlier
            else { return nil }
            if j + 2 < tokens.count && tokens[j + 2].kind != .punctuation && sameLine(j + 1) { return nil }
            return TimexMatch(tokens: k..<j + 2, type: .date,
                              meaning: .anaphoric(u, offset: cue(j + 1) == .after ? 1 : -1, antecedent: nil))
        case .whole:
            // "the entire year", "the whole day": the unit the text last spoke of.
            guard let (u, plural) = unit(j + 1), !plural, u == .day || u == .week || u == .month || u == .year,
                  sameLine(j) else { return nil }
            return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .anaphoric(u, offset: 0, antecedent: nil))
        case .final:
            return matchPartOfYear(j, spanStart: k)
        default:
            return nil
        }
    }

    func twoDigits(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }

    /// "week of March", "week of May 2009" after "the last" or "the first" (token `k` is "week").
    func matchWeekOfMonth(_ k: Int, ordinal: Int, spanStart: Int) -> TimexMatch? {
        guard let (u, plural) = unit(k), u == .week, !plural, cue(k + 1) == .of, sameLine(k), (-1...5).contains(ordinal),
              ordinal != 0, cue(k + 2) == .month || cue(k + 2) == .monthAbbrev, isCapitalised(k + 2), sameLine(k + 1)
        else { return nil }
        var end = k + 3
        var y: Int?
        if sameLine(end - 1), let yy = year(end) { y = yy; end += 1 }
        return TimexMatch(tokens: spanStart..<end, type: .date, meaning: .weekOfMonth(ordinal, month: value(k + 2), year: y))
    }

    static let periodWords = WordSet(["period", "time"])

    /// The end of "a year ago", "a year earlier", "one year before", "last year", "the previous year", "of last
    /// year" starting at `k`.
    func yearAgo(_ k: Int) -> Int? {
        var i = k
        if cue(i) == .of || cue(i) == .in { i += 1 }
        if cue(i) == .last, let (u, plural) = unit(i + 1), u == .year, !plural, sameLine(i) { return i + 2 }
        if cue(i) == .the, cue(i + 1) == .previous, let (u, plural) = unit(i + 2), u == .year, !plural { return i + 3 }
        if i == k, cue(i) == .article || (cue(i) == .numberWord && value(i) == 1), let (u, plural) = unit(i + 1), u == .year,
           !plural, cue(i + 2) == .ago || cue(i + 2) == .earlier || cue(i + 2) == .before, sameLine(i), sameLine(i + 1) {
            return i + 3
        }
        return nil
    }

    /// The word "as" ("the same day as ...").
    func isAs(_ k: Int) -> Bool {
        let r = tokens[k].range
        return r.length == 2 && (s[r.start].value | 0x20) == 0x61 && (s[r.start + 1].value | 0x20) == 0x73
    }

    /// "that day", "that year", "that same year", "that night".
    func matchThat(_ k: Int) -> TimexMatch? {
        let j = cue(k + 1) == .same ? k + 2 : k + 1
        if let (u, plural) = unit(j), !plural, u == .day || u == .week || u == .month || u == .year {
            return TimexMatch(tokens: k..<j + 1, type: .date, meaning: .anaphoric(u, offset: 0, antecedent: nil))
        }
        if cue(k + 1) == .partOfDay, let p = PartOfDay(rawValue: value(k + 1)) {
            return TimexMatch(tokens: k..<k + 2, type: .time,
                              meaning: .partOfDay(p, day: .anaphoric(.day, offset: 0, antecedent: nil)))
        }
        return nil
    }

    /// "recent years", "recent weeks": some time before now.
    func matchRecent(_ k: Int, spanStart: Int) -> TimexMatch? {
        guard let (u, plural) = unit(k + 1), plural, u != .second, u != .minute else { return nil }
        return TimexMatch(tokens: spanStart..<k + 2, type: .date, meaning: .literal("PAST_REF"))
    }

    /// "earlier this month", "later this year", "later today".
    func matchEarlierLater(_ k: Int) -> TimexMatch? {
        let j = k + 1
        if cue(j) == .relativeDay {
            return TimexMatch(tokens: k..<j + 1, type: .date, meaning: .relativeDay(value(j)), approximate: true)
        }
        guard cue(j) == .this || cue(j) == .last || cue(j) == .next,
              let (u, plural) = unit(j + 1), !plural,
              u == .week || u == .month || u == .year || u == .decade || u == .century else { return nil }
        return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .relativeUnit(u, offset: direction(cue(j))),
                          approximate: true)
    }

    /// "early 2025", "late last year", "mid-2000s", "the late 1990s", "early January".
    func matchEarlyLate(_ k: Int, spanStart: Int) -> TimexMatch? {
        var j = k + 1
        if isDash(j), touching(k) { j += 1 }
        if let d = digits(j), d.plural, d.count == 4, d.value % 10 == 0, (1000...2190).contains(d.value) {
            return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .yearPrefix(String(d.value / 10)),
                              approximate: true)
        }
        if let y = year(j) {
            return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .date(year: y, month: nil, day: nil),
                              approximate: true)
        }
        if cue(j) == .weekday, isCapitalised(j), cue(k) != .mid {
            // "late Tuesday", "early Wednesday": the modifier belongs to the expression, as in "early 2025".
            return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .weekday(value(j), offset: 0),
                              approximate: true)
        }
        if var m = matchCentury(j, spanStart: spanStart) {
            m.approximate = true  // "the late 20th century"
            return m
        }
        if cue(j) == .month, isCapitalised(j) {
            var end = j + 1
            var y: Int?
            if sameLine(j), let yy = year(end) { y = yy; end += 1 }
            return TimexMatch(tokens: spanStart..<end, type: .date, meaning: .date(year: y, month: value(j), day: nil),
                              approximate: true)
        }
        if cue(j) == .this || cue(j) == .last || cue(j) == .next, let (u, plural) = unit(j + 1), !plural,
           u == .week || u == .month || u == .year || u == .decade {
            return TimexMatch(tokens: spanStart..<j + 2, type: .date,
                              meaning: .relativeUnit(u, offset: direction(cue(j))), approximate: true)
        }
        if cue(j) == .the { return nil }
        return nil
    }
}
