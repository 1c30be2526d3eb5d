/// Reads time expressions out of the tokens: finds where one starts from its cue and parses it locally.
///
/// Parsing is a small hand-written grammar over token cues (no regular expressions): each family
/// (absolute dates, relative and anaphoric dates, durations and sets, times of day) lives in its own
/// extension file. The longest reading at a token wins and scanning resumes after it.
struct TimexMatcher {
    let s: [Unicode.Scalar]
    let tokens: [Token]
    let cues: [TimeCue]

    init(scalars: [Unicode.Scalar], tokens: [Token]) {
        self.s = scalars
        self.tokens = tokens
        var cues = [TimeCue](repeating: .none, count: tokens.count)
        for k in 0..<tokens.count {
            let t = tokens[k]
            switch t.kind {
            case .number: cues[k] = TimeCue(.digits)
            case .word:
                let first = scalars[t.range.start]
                if first.value >= ScalarClass.cjkStart, ScalarClass.cjkKind(first) != nil {
                    cues[k] = CJKTimeLexicon.starts.contains(first.value) ? TimeCue(.cjk) : .none
                    continue
                }
                // "3pm" is one word token that starts with a digit.
                cues[k] = ScalarClass.isDigit(scalars[t.range.start]) ? TimeCue(.digits) : TimeLexicon.cue(scalars, t.range)
                // "Q3": a quarter of a year, as business news writes it.
                if t.range.length == 2, scalars[t.range.start] == "Q", ScalarClass.isDigit(scalars[t.range.start + 1]) {
                    let d = Int(scalars[t.range.start + 1].value) - 48
                    if (1...4).contains(d) { cues[k] = TimeCue(.quarterCode, d) }
                }
                // "FY2008", "FY": a fiscal year, as company reports write it.
                if scalars[t.range.start] == "F", t.range.length == 2 || t.range.length == 6,
                   scalars[t.range.start + 1] == "Y" {
                    if t.range.length == 2 { cues[k] = TimeCue(.fiscal) } else {
                        var y = DecimalDigits(limit: 2199)
                        for i in t.range.start + 2..<t.range.end {
                            guard ScalarClass.isDigit(scalars[i]) else { y = DecimalDigits(limit: 0); y.append(9); break }
                            y.append(Int(scalars[i].value) - 48)
                        }
                        if let v = y.checked, v >= 1000 { cues[k] = TimeCue(.fiscal, v) }
                    }
                }
            default: break
            }
        }
        self.cues = cues
    }

    /// Every time expression in token order, non-overlapping.
    func matchAll(in range: Range<Int>? = nil) -> [TimexMatch] {
        var out: [TimexMatch] = []
        let r = range ?? 0..<tokens.count
        var k = r.lowerBound
        while k < r.upperBound {
            if cues[k].kind != .none, var m = match(at: k), m.tokens.upperBound <= r.upperBound {
                // A duration keeps the word that qualifies its length ("almost two and a half years", "about a
                // month", "more than 30 years"), as TIMEX3 spans it; a date never reaches back before `k`.
                let floor = max(out.last?.tokens.upperBound ?? r.lowerBound, r.lowerBound)
                if m.type == .duration, m.tokens.lowerBound == k, let q = qualifierStart(before: k), q >= floor {
                    m.tokens = q..<m.tokens.upperBound
                }
                if m.tokens.lowerBound < floor { m.tokens = floor..<m.tokens.upperBound }
                out.append(m)
                k = m.tokens.upperBound
            } else {
                k += 1
            }
        }
        return out
    }

    /// The time expression starting at token `k`, if any.
    func match(at k: Int) -> TimexMatch? {
        switch cues[k].kind {
        case .weekday: return matchWeekday(k)
        case .month, .monthAbbrev: return matchMonthFirst(k)
        case .digits:
            if k + 1 < tokens.count, cjkFollows(k), let m = matchCJK(k) { return m }
            return matchDigits(k)
        case .cjk: return matchCJK(k)
        case .numberWord, .vagueCount, .article, .hyphenDuration: return matchCount(k)
        case .relativeDay: return matchRelativeDay(k)
        case .tonight: return TimexMatch(tokens: k..<k + 1, type: .time, meaning: .partOfDay(.night, day: .relativeDay(0)))
        case .presentRef: return matchPresent(k)
        case .frequency: return matchFrequency(k)
        case .last, .next, .this, .past, .coming, .previous, .following, .upcoming, .current:
            return matchModified(k, spanStart: k)
        case .the: return matchThe(k)
        case .that: return matchThat(k)
        case .recent: return matchRecent(k, spanStart: k)
        case .earlier, .later: return matchEarlierLater(k)
        case .early, .late, .mid: return matchEarlyLate(k, spanStart: k)
        case .midMonth: return matchMidMonth(k)
        case .every, .each: return matchSet(k)
        case .noon, .midnight: return matchNoon(k)
        case .season: return matchSeason(k)
        case .once: return matchOnce(k)
        case .quarterCode, .halfCode, .ordinalWord, .final: return matchPartOfYear(k, spanStart: k)
        case .unit: return matchPartOfYear(k, spanStart: k) ?? matchBareUnits(k)
        case .half: return matchHalf(k)
        case .fiscal: return matchFiscal(k)
        case .annual: return matchAnnual(k)
        case .per: return matchPer(k)
        case .era: return matchEraFirst(k)
        case .holiday: return matchHoliday(k)
        default: return nil
        }
    }

    /// Where the words qualifying a length start, right before token `k`: "almost", "nearly", "about",
    /// "around", "approximately", "roughly", "some", "more than", "less than", "at least", "up to", "just over".
    func qualifierStart(before k: Int) -> Int? {
        guard k > 0, sameLine(k - 1), tokens[k - 1].kind == .word else { return nil }
        let r = tokens[k - 1].range
        if Self.approximators.contains(s, r) { return k - 1 }
        if k > 1, sameLine(k - 2), Self.comparatives.contains(s, tokens[k - 2].range),
           Self.comparativeEnds.contains(s, r) { return k - 2 }
        return nil
    }

    static let approximators = WordSet(["almost", "nearly", "about", "around", "approximately", "roughly", "some",
                                        "circa", "approx"])
    static let comparatives = WordSet(["more", "less", "fewer", "at", "up", "just", "over", "under"])
    static let comparativeEnds = WordSet(["than", "least", "most", "to", "over", "under"])

    /// The date order the text says it uses: true for month first ("the American date format", "mm/dd/yyyy",
    /// "MM/DD"), false for day first ("dd/mm/yyyy", "the European format"), nil when it says nothing.
    func statedDateOrder() -> Bool? {
        for k in 0..<tokens.count where tokens[k].kind == .word {
            let r = tokens[k].range
            if r.length == 2 || r.length == 4, k + 2 < tokens.count, isPunct(k + 1, "/"), tokens[k + 2].kind == .word {
                // "mm/dd", "dd/mm/yyyy"
                let a = TimeLexicon.fold(s[r.start]), b = TimeLexicon.fold(s[tokens[k + 2].range.start])
                if a == 0x6D && b == 0x64 { return true }
                if a == 0x64 && b == 0x6D { return false }
            }
            guard Self.formatWords.contains(s, r) else { continue }
            // "American date format", "US format", "European format": the adjective a few words before.
            var i = k - 1
            while i >= 0 && i >= k - 3 {
                if Self.monthFirstNations.contains(s, tokens[i].range) { return true }
                if Self.dayFirstNations.contains(s, tokens[i].range) { return false }
                i -= 1
            }
        }
        return nil
    }

    static let formatWords = WordSet(["format", "notation", "style"])
    static let monthFirstNations = WordSet(["american", "us", "u.s."])
    static let dayFirstNations = WordSet(["european", "british", "uk", "international"])

    // MARK: token helpers

    @inline(__always) func cue(_ k: Int) -> TimeCue.Kind { k < cues.count && k >= 0 ? cues[k].kind : .none }

    @inline(__always) func value(_ k: Int) -> Int { Int(cues[k].value) }

    /// True when token `k` is a single punctuation scalar equal to `c`.
    @inline(__always) func isPunct(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .punctuation && tokens[k].range.length == 1
            && s[tokens[k].range.start] == c
    }

    @inline(__always) func isDash(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .punctuation, tokens[k].range.length == 1 else { return false }
        let c = s[tokens[k].range.start]
        return c == "-" || c == "\u{2010}" || c == "\u{2011}" || c == "\u{2013}"
    }

    /// Tokens `k` and `k + 1` touch (no space between).
    @inline(__always) func touching(_ k: Int) -> Bool {
        k >= 0 && k + 1 < tokens.count && tokens[k].range.end == tokens[k + 1].range.start
    }

    /// No line break between token `k` and the next one: an expression never spans lines.
    func sameLine(_ k: Int) -> Bool {
        guard k + 1 < tokens.count else { return false }
        var i = tokens[k].range.end
        while i < tokens[k + 1].range.start {
            if s[i] == "\n" { return false }
            i += 1
        }
        return true
    }

    func isCapitalised(_ k: Int) -> Bool { ScalarClass.isUpper(s[tokens[k].range.start]) }

    /// The value of a plain digits token ("21", "2025", "7th", "1990s"), with its suffix kind.
    struct Digits {
        var value: Int
        var count: Int
        /// "th", "st", "nd", "rd" ordinal suffix.
        var ordinal: Bool
        /// "1990s": a plural "s".
        var plural: Bool
    }

    func digits(_ k: Int) -> Digits? {
        // A one-digit ordinal ("7th") is a word token to the tokenizer, since a letter follows its first digit.
        guard k >= 0, k < tokens.count,
              tokens[k].kind == .number || (tokens[k].kind == .word && ScalarClass.isDigit(s[tokens[k].range.start]))
        else { return nil }
        let r = tokens[k].range
        var digits = DecimalDigits(limit: 999_999_999), i = r.start
        while i < r.end, let dv = ScalarClass.digitValue(s[i]) {
            digits.append(dv)
            i += 1
            if digits.overflowed || digits.count > 9 { return nil }
        }
        let n = digits.count, v = digits.value
        guard n > 0 else { return nil }
        if i == r.end { return Digits(value: v, count: n, ordinal: false, plural: false) }
        let rest = r.end - i
        let c = s[i].value | 0x20
        if rest == 1 && c == 0x73 { return Digits(value: v, count: n, ordinal: false, plural: true) }
        if rest == 2 {
            let d = s[i + 1].value | 0x20
            let ok = (c == 0x73 && d == 0x74) || (c == 0x6E && d == 0x64) || (c == 0x72 && d == 0x64)
                || (c == 0x74 && d == 0x68)
            if ok { return Digits(value: v, count: n, ordinal: true, plural: false) }
        }
        return nil
    }

    /// A day of the month at `k`: "21", "7th", "21st".
    func dayOfMonth(_ k: Int) -> Int? {
        guard let d = digits(k), d.count <= 2, !d.plural, (1...31).contains(d.value) else { return nil }
        return d.value
    }

    /// A year at `k`: four digits from 1000 to 2199.
    func year(_ k: Int) -> Int? {
        guard let d = digits(k), d.count == 4, !d.plural, !d.ordinal, (1000...2199).contains(d.value) else { return nil }
        return d.value
    }

    /// A count at `k` ("six", "48", "a", "several"), its value (nil when vague) and the token after it.
    func count(_ k: Int) -> (value: Int?, next: Int)? {
        switch cue(k) {
        case .numberWord:
            var v = value(k)
            var next = k + 1
            // "twenty one", "a hundred"
            if cue(next) == .numberWord && value(next) < 10 && v >= 20 && v % 10 == 0 { v += value(next); next += 1 }
            return (v, next)
        case .digits:
            guard let d = digits(k), !d.ordinal, !d.plural, d.count <= 6 else {
                // "1,200" and "3.5" are counts too.
                return decimalCount(k).map { ($0, k + 1) }
            }
            return (d.value, k + 1)
        case .article:
            if cue(k + 1) == .vagueCount { return (nil, cue(k + 2) == .of ? k + 3 : k + 2) }  // "a few", "a couple of"
            if cue(k + 1) == .numberWord && value(k + 1) >= 12 { return (value(k + 1), k + 2) }  // "a hundred"
            return (1, k + 1)
        case .vagueCount:
            return (nil, cue(k + 1) == .of ? k + 2 : k + 1)
        default:
            return nil
        }
    }

    /// "1,200" as an integer; fractions are not counts of calendar units. A count past a billion is no
    /// span any calendar arithmetic should take on.
    func decimalCount(_ k: Int) -> Int? {
        let r = tokens[k].range
        var v = DecimalDigits(limit: 999_999_999)
        for i in r.start..<r.end {
            let c = s[i]
            if ScalarClass.isDigit(c) { v.append(Int(c.value - 48)) } else if c != "," { return nil }
        }
        return v.checked
    }

    /// The unit at `k`, and whether it is plural.
    func unit(_ k: Int) -> (TimeUnit, plural: Bool)? {
        guard cue(k) == .unit, let u = TimeUnit(rawValue: value(k)) else { return nil }
        return (u, cues[k].plural)
    }
}
