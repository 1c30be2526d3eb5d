/// Absolute dates and times of day: "Friday, July 21, 2017", "21 January 2025", "Jan. 21", "2025-01-21",
/// "21/01/2025", "January 2023", "the 1990s", "2019", "3 p.m.", "15:30 GMT".
extension TimexMatcher {
    /// Prepositions after which a bare month name ("in May", "by March") is a date and not a verb or a name.
    func monthContext(_ k: Int) -> Bool {
        switch cue(k) {
        case .in, .of, .since, .until, .by, .from, .to, .through, .between, .and, .early, .late, .mid, .last, .next,
             .this, .before, .after, .on, .around, .end, .beginning, .start:
            return true
        default:
            return false
        }
    }

    func matchMonthFirst(_ k: Int) -> TimexMatch? {
        guard isCapitalised(k) else { return nil }
        let month = value(k)
        var j = k + 1
        if cue(k) == .monthAbbrev {
            // "Jan. 21" or "Jan 21": an abbreviation only counts before a day or a year.
            if isPunct(j, "."), touching(k) { j += 1 }
            guard sameLine(k), dayOfMonth(j) != nil || year(j) != nil else { return nil }
        }
        if sameLine(j - 1), let day = dayOfMonth(j), !(isPunct(j + 1, ":") || isPunct(j + 1, ".") && digits(j + 2) != nil) {
            // "January 21, 2025", "July 21 2017", "October 7th"
            var end = j + 1
            var y: Int?
            if isPunct(end, ","), sameLine(end - 1), sameLine(end), let yy = year(end + 1) { y = yy; end += 2 }
            else if sameLine(end - 1), let yy = year(end) { y = yy; end += 1 }
            guard day <= CalendarDate.daysIn(month: month, year: y ?? 2000) else { return nil }
            return TimexMatch(tokens: k..<end, type: .date, meaning: .date(year: y, month: month, day: day))
        }
        if sameLine(j - 1), let y = year(j) {
            return TimexMatch(tokens: k..<j + 1, type: .date, meaning: .date(year: y, month: month, day: nil))
        }
        if cue(j) == .of, sameLine(j - 1), let y = year(j + 1) {
            // "September of 1976"
            return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .date(year: y, month: month, day: nil))
        }
        // "November of last year", "June this year", "January next year".
        let r = cue(j) == .of && sameLine(j - 1) ? j + 1 : j
        if sameLine(r - 1), cue(r) == .last || cue(r) == .this || cue(r) == .next, let (u, plural) = unit(r + 1),
           u == .year, !plural, cue(k) == .month || cue(k) == .monthAbbrev {
            return TimexMatch(tokens: k..<r + 2, type: .date,
                              meaning: .monthOfRelativeYear(month: month, offset: direction(cue(r))))
        }
        if isPunct(j, ","), sameLine(j - 1), sameLine(j), let y = year(j + 1), cue(j + 2) != .digits {
            // "May, 1750"
            return TimexMatch(tokens: k..<j + 2, type: .date, meaning: .date(year: y, month: month, day: nil))
        }
        guard cue(k) == .month else { return nil }
        // A bare month: "May" and "March" are verbs too, so they need a preposition before them.
        if month == 5 || month == 3 || month == 8 {
            guard monthContext(k - 1) else { return nil }
        } else if k > 0 && tokens[k - 1].kind == .word && isCapitalised(k - 1) && cue(k - 1) == .none {
            return nil  // "Queen April", "Hurricane August": part of a name
        }
        return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .date(year: nil, month: month, day: nil))
    }

    func matchWeekday(_ k: Int) -> TimexMatch? {
        guard isCapitalised(k) else { return nil }
        // "Super Tuesday", "Black Friday", "Ash Wednesday": a day named after an event is no plain weekday.
        if cue(k - 1) == .namedDay, isCapitalised(k - 1), sameLine(k - 1) { return nil }
        var j = k + 1
        if isPunct(j, ","), sameLine(k) { j += 1 }
        if sameLine(j - 1) {
            if cue(j) == .month || cue(j) == .monthAbbrev, let m = matchMonthFirst(j),
               case .date(_, _, let d) = m.meaning, d != nil {
                return TimexMatch(tokens: k..<m.tokens.upperBound, type: .date, meaning: m.meaning)
            }
            if cue(j) == .digits, let m = matchDayFirst(j), case .date(_, _, let d) = m.meaning, d != nil {
                return TimexMatch(tokens: k..<m.tokens.upperBound, type: .date, meaning: m.meaning)
            }
        }
        // A weekday spoken of as a habit is a set: "on a Monday", "on Saturday mornings", "every Wednesday/Thursday".
        if cue(k - 1) == .article || (k + 1 < tokens.count && sameLine(k) && Self.pluralPartsOfDay.contains(s, tokens[k + 1].range))
            || (isPunct(k - 1, "/") && cue(k - 2) == .weekday && cue(k - 3) == .every) {
            return TimexMatch(tokens: k..<k + 1, type: .set, meaning: .literal("XXXX-WXX-\(value(k))"))
        }
        // "Friday night" stays the date "Friday": news annotation (GUM) marks the day, not the part of it.
        return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .weekday(value(k), offset: 0))
    }

    /// "21 January 2025", "7th of October", "8 February 1700".
    func matchDayFirst(_ k: Int) -> TimexMatch? {
        guard let day = dayOfMonth(k), sameLine(k) else { return nil }
        var j = k + 1
        if cue(j) == .of, sameLine(j) { j += 1 }
        guard cue(j) == .month || (cue(j) == .monthAbbrev), isCapitalised(j) else { return nil }
        let month = value(j)
        var end = j + 1
        if cue(j) == .monthAbbrev, isPunct(end, "."), touching(j) { end += 1 }
        var y: Int?
        if sameLine(end - 1), let yy = year(end) { y = yy; end += 1 }
        else if isPunct(end, ","), sameLine(end - 1), sameLine(end), let yy = year(end + 1) { y = yy; end += 2 }
        guard day <= CalendarDate.daysIn(month: month, year: y ?? 2000) else { return nil }
        if y == nil && cue(j) == .monthAbbrev { return nil }
        return TimexMatch(tokens: k..<end, type: .date, meaning: .date(year: y, month: month, day: day))
    }

    func matchDigits(_ k: Int) -> TimexMatch? {
        if tokens[k].kind == .word, let m = matchClockWord(k) { return m }
        if let m = matchISO(k) { return m }
        if let m = matchSlash(k) { return m }
        if let m = matchClock(k) { return m }
        if let m = matchDayFirst(k) { return m }
        guard let d = digits(k) else { return matchCount(k) }
        if d.plural && d.count == 4 && d.value % 10 == 0 && (1000...2190).contains(d.value) {
            return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .yearPrefix(String(d.value / 10)))
        }
        if let m = matchShortDecade(k, spanStart: k) { return m }
        if let m = matchCount(k) { return m }
        if let m = matchHistoricYear(k) { return m }
        if let y = year(k), isBareYear(k, y) {
            return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .date(year: y, month: nil, day: nil))
        }
        return matchRangeEnd(k) ?? matchCentury(k, spanStart: k)
    }

    /// Units of measure written after a number.
    static let measures = WordSet(["ft", "m", "km", "mi", "kg", "lb", "lbs", "cm", "mm", "sq", "yd", "feet", "metres",
                                   "meters", "miles", "acres", "tons", "tonnes", "hectares"])

    static let pluralPartsOfDay = WordSet(["mornings", "afternoons", "evenings", "nights"])

    static let possessives = WordSet(["his", "her", "its", "their", "our", "my", "your"])

    /// Words that cannot be what a number counts: after them "opened 2012 with Altoona" keeps its year.
    static let notCounted = WordSet(["with", "as", "when", "while", "but", "or", "was", "were", "is", "had", "has",
                                     "saw", "because", "against", "into", "onwards", "onward", "his", "this", "thus", "its"])

    /// Whether a four-digit number reads as a year rather than a quantity.
    func isBareYear(_ k: Int, _ y: Int) -> Bool {
        if k > 0 {
            if tokens[k - 1].kind == .symbol || tokens[k - 1].kind == .number { return false }  // "$2000"
            if isPunct(k - 1, "#") || (isPunct(k - 1, ".") && k > 1 && tokens[k - 2].kind == .number) { return false }
        }
        if cue(k + 1) == .yearOld { return false }
        if cue(k + 1) == .unit {
            // "a 2000 year old tradition", "2000 years" count; "the 2013 season", "his 2010 season" name a year.
            let u = TimeUnit(rawValue: value(k + 1))
            let namesYear = !cues[k + 1].plural && cue(k - 1) != .article && (u == .season || cue(k - 1) == .the)
            if !namesYear { return false }
        }
        if k + 1 < tokens.count {
            let next = tokens[k + 1]
            if next.kind == .symbol && touching(k) { return false }  // "2000%"
            if isPunct(k + 1, ":") || isPunct(k + 1, "/") { return false }
        }
        if y < 1800 {
            // "in 1500 soldiers", "of 1100 ft", "the 1000 +": a count, whatever comes before ("in 1655 he
            // enlisted", "in 1733 gave" keep the year).
            if k + 1 < tokens.count, sameLine(k), tokens[k + 1].kind == .word, cue(k + 1) == .none {
                let r = tokens[k + 1].range
                if Self.measures.contains(s, r) { return false }
                if ScalarClass.isLower(s[r.start]), s[r.end - 1] == "s", !Self.notCounted.contains(s, r) { return false }
            }
            if k + 1 < tokens.count, tokens[k + 1].range.length == 1, s[tokens[k + 1].range.start] == "+" { return false }
            // Old years read as counts ("1500 soldiers") unless a preposition or era marks them.
            switch cue(k - 1) {
            case .in, .since, .until, .by, .from, .of, .before, .after, .around, .to, .between, .and, .early, .late, .mid,
                 .the:
                return true
            default:
                return false
            }
        }
        if k + 1 < tokens.count, tokens[k + 1].kind == .word, cue(k + 1) == .none,
           ScalarClass.isLower(s[tokens[k + 1].range.start]), !monthContext(k - 1),
           !Self.notCounted.contains(s, tokens[k + 1].range) {
            // "1800 homes", "over 2000 people": a count of something.
            if s[tokens[k + 1].range.end - 1] == "s" && cue(k - 1) != .the { return false }
            // "his 2007 campaign", "Ford's 2008 model": a year naming one of something.
            if k > 0, Self.possessives.contains(s, tokens[k - 1].range) || isPossessive(k - 1) { return true }
            switch cue(k - 1) {
            case .the: if y >= 1800 { return true }  // "the 2014 protests"
            case .over, .around, .durationLead, .none: if k == 0 || tokens[k - 1].kind == .word { return false }
            default: break
            }
        }
        return true
    }

    /// "2025-01-21".
    func matchISO(_ k: Int) -> TimexMatch? {
        guard let y = year(k), isDash(k + 1), touching(k), touching(k + 1),
              let m = digits(k + 2), m.count == 2, !m.ordinal, !m.plural, (1...12).contains(m.value) else { return nil }
        if isDash(k + 3), touching(k + 2), touching(k + 3), let d = digits(k + 4), d.count == 2, !d.ordinal,
           d.value >= 1, d.value <= CalendarDate.daysIn(month: m.value, year: y) {
            return TimexMatch(tokens: k..<k + 5, type: .date, meaning: .date(year: y, month: m.value, day: d.value))
        }
        return nil
    }

    /// "21/01/2025": read day first; `TimeTagger` turns the reading round when the article writes month first.
    func matchSlash(_ k: Int) -> TimexMatch? {
        guard let a = digits(k), a.count <= 2, !a.ordinal, isPunct(k + 1, "/"), touching(k), touching(k + 1),
              let b = digits(k + 2), b.count <= 2, isPunct(k + 3, "/"), touching(k + 2), touching(k + 3),
              let c = digits(k + 4), c.count == 4 || c.count == 2, !c.ordinal else { return nil }
        let y = c.count == 4 ? c.value : (c.value < 50 ? 2000 + c.value : 1900 + c.value)
        var day = a.value, month = b.value
        var order = TimexMatch.SlashOrder.ambiguous
        if month > 12 && day <= 12 { swap(&day, &month); order = .monthFirst } else if day > 12 { order = .dayFirst }
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: y) else { return nil }
        return TimexMatch(tokens: k..<k + 5, type: .date, meaning: .date(year: y, month: month, day: day),
                          slashOrder: order)
    }

    /// "15:30", "15:30 GMT", "3:30 p.m.", "3 p.m.", "9.30am" (British), "0800 GMT" (wire style).
    func matchClock(_ k: Int) -> TimexMatch? {
        guard tokens[k].kind == .number else { return nil }
        let r = tokens[k].range
        var hourDigits = DecimalDigits(), minuteDigits = DecimalDigits()
        var i = r.start, colon = false, dot = false, n = 0
        while i < r.end {
            let c = s[i]
            if ScalarClass.isDigit(c) {
                if colon { minuteDigits.append(Int(c.value - 48)) } else { hourDigits.append(Int(c.value - 48)) }
                n += 1
            } else if (c == ":" || c == ".") && !colon && n > 0 && n <= 2 {
                colon = true
                dot = c == "."
                n = 0
            } else {
                return nil
            }
            i += 1
        }
        if colon && n != 2 { return nil }
        guard let hour = hourDigits.checked, var minute = minuteDigits.checked else { return nil }
        var end = k + 1
        var h = hour
        // "3.5" is a decimal: a dotted time needs its "am" or "pm".
        if dot && cue(end) != .ante && cue(end) != .post { return nil }
        if !colon && n == 4, let z = zone(at: end), !z.parenthesised {
            // "0800 GMT": hours and minutes run together, as wire copy writes them beside a local time.
            h = hour / 100
            minute = hour % 100
            guard h < 24, minute < 60 else { return nil }
            return TimexMatch(tokens: k..<z.end, type: .time, meaning: .timeOfDay(hour: h, minute: minute, day: nil),
                              utc: z.utc)
        }
        if cue(end) == .ante || cue(end) == .post {
            guard (1...12).contains(hour), sameLine(k) else { return nil }
            if cue(end) == .post && hour < 12 { h += 12 }
            if cue(end) == .ante && hour == 12 { h = 0 }
            end += 1
        } else if !colon {
            return nil
        }
        guard h < 24, minute < 60 else { return nil }
        let z = zone(at: end)
        return TimexMatch(tokens: k..<(z?.end ?? end), type: .time, meaning: .timeOfDay(hour: h, minute: minute, day: nil),
                          utc: z?.utc ?? false)
    }

    /// A time zone written at `j`, right after a time: "GMT", "UTC", "EST", "UTC+9", "(GMT +8)", "(JST)". `utc`
    /// when it is UTC itself (TIMEX3 then ends the time with "Z"); other zones keep the local time as written.
    func zone(at j: Int) -> (end: Int, utc: Bool, parenthesised: Bool)? {
        guard j > 0, j < tokens.count, sameLine(j - 1) else { return nil }
        var i = j
        let parenthesised = isPunct(i, "(")
        if parenthesised { i += 1 }
        guard cue(i) == .zone, sameLine(i - 1) else { return nil }
        var utc = value(i) == 1
        i += 1
        // An offset: "+8", "+ 8", "-05:00".
        if i + 1 < tokens.count, sameLine(i - 1), tokens[i].range.length == 1,
           s[tokens[i].range.start] == "+" || s[tokens[i].range.start] == "-" || s[tokens[i].range.start] == "\u{2212}",
           tokens[i + 1].kind == .number, sameLine(i) {
            let r = tokens[i + 1].range
            var zero = true
            for p in r.start..<r.end where s[p] != "0" && s[p] != ":" { zero = false }
            utc = utc && zero
            i += 2
        }
        if parenthesised {
            guard isPunct(i, ")") else { return nil }
            i += 1
        }
        return (i, utc, parenthesised)
    }

    /// "3pm", "10am": one word.
    func matchClockWord(_ k: Int) -> TimexMatch? {
        let r = tokens[k].range
        var digits = DecimalDigits(), i = r.start
        while i < r.end, ScalarClass.isDigit(s[i]) { digits.append(Int(s[i].value - 48)); i += 1 }
        guard r.end - i == 2, let hour = digits.checked, (1...12).contains(hour) else { return nil }
        let a = s[i].value | 0x20, m = s[i + 1].value | 0x20
        guard m == 0x6D, a == 0x61 || a == 0x70 else { return nil }
        let h = a == 0x70 ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
        let z = zone(at: k + 1)
        return TimexMatch(tokens: k..<(z?.end ?? k + 1), type: .time, meaning: .timeOfDay(hour: h, minute: 0, day: nil),
                          utc: z?.utc ?? false)
    }

    func matchNoon(_ k: Int) -> TimexMatch? {
        let z = zone(at: k + 1)  // "noon ET"
        return TimexMatch(tokens: k..<(z?.end ?? k + 1), type: .time,
                          meaning: .timeOfDay(hour: cue(k) == .noon ? 12 : 24, minute: 0, day: nil), utc: z?.utc ?? false)
    }

    /// "the 70s", "'80s", "the 70s and 80s": a decade of the twentieth century written with two digits (as
    /// TempEval-3 and HeidelTime read them). "In their 70s" is an age, so a "the", an apostrophe or another
    /// decade must come first.
    func matchShortDecade(_ k: Int, spanStart: Int) -> TimexMatch? {
        guard let d = digits(k), d.plural, d.count == 2, d.value % 10 == 0, d.value >= 20 else { return nil }
        let marked = cue(k - 1) == .the || (k > 0 && tokens[k - 1].range.length == 1 && ScalarClass.isApostrophe(s[tokens[k - 1].range.start])
                                            && touching(k - 1))
            || ((cue(k - 1) == .and || cue(k - 1) == .to || isDash(k - 1)) && digits(k - 2).map { $0.plural && $0.count == 2 } == true)
            || cue(k - 1) == .early || cue(k - 1) == .late || cue(k - 1) == .mid
        guard marked else { return nil }
        return TimexMatch(tokens: spanStart..<k + 1, type: .date, meaning: .yearPrefix("19\(d.value / 10)"))
    }

    /// "mid-January", "mid-January 2025".
    func matchMidMonth(_ k: Int) -> TimexMatch? {
        var end = k + 1
        var y: Int?
        if sameLine(k), let yy = year(end) { y = yy; end += 1 }
        return TimexMatch(tokens: k..<end, type: .date, meaning: .date(year: y, month: value(k), day: nil),
                          approximate: true)
    }

    /// "summer 2025", "Spring 2019".
    func matchSeason(_ k: Int) -> TimexMatch? {
        guard let season = Season(rawValue: value(k)) else { return nil }
        if sameLine(k), let y = year(k + 1) {
            return TimexMatch(tokens: k..<k + 2, type: .date, meaning: .season(season, year: y))
        }
        if cue(k + 1) == .of, let y = year(k + 2) {
            return TimexMatch(tokens: k..<k + 3, type: .date, meaning: .season(season, year: y))
        }
        // A season named alone is a date after a preposition or "the" ("in the summer", "the following
        // autumn", "during winter"); a capitalised one at the head of a sentence ("Winter is mild") speaks of
        // every winter, and "fall" alone is a verb.
        guard s[tokens[k].range.start] != "f" && s[tokens[k].range.start] != "F" else { return nil }
        // "the Summer Institute", "the Winter Olympics": part of a name.
        if isCapitalised(k), k + 1 < tokens.count, tokens[k + 1].kind == .word, isCapitalised(k + 1), sameLine(k) {
            return nil
        }
        switch cue(k - 1) {
        case .the, .in, .during, .by, .until, .since, .through, .following, .early, .late, .mid, .that:
            return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .season(season, year: nil))
        default:
            return nil
        }
    }
}
