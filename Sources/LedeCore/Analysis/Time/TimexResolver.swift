/// Turns matched time expressions into TIMEX3 values, in text order, against the reference date, the tense
/// of their sentence and the dates mentioned before them.
struct TimexResolver {
    let s: [Unicode.Scalar]
    let tokens: [Token]
    let reference: CalendarDate?
    /// Every date written with its year, for completing partial dates.
    let explicit: [YearInference.ExplicitDate]
    /// The same, by month and day (month * 32 + day).
    let byDay: [Int: [YearInference.ExplicitDate]]
    /// Where a month, a season or a part of a year is written with its year ("December 11, 2015", "fall of
    /// 2016", "Q3 2023"), in text order.
    let written: [(token: Int, year: Int)]
    /// Where each matched expression ends, by where it starts.
    let matchEnd: [Int: Int]

    /// Words that join two dates into a range or a pair ("May and June", "from May to June").
    static let joiners = WordSet(["and", "to", "through", "until", "till", "or"])

    private var history: [AnaphoraResolver.Mention] = []

    /// How close (in tokens) a year of another time must be for a partial date to belong to it.
    static let storyWindow = 60

    init(scalars: [Unicode.Scalar], tokens: [Token], reference: CalendarDate?, matches: [TimexMatch]) {
        self.s = scalars
        self.tokens = tokens
        self.reference = reference
        var explicit: [YearInference.ExplicitDate] = []
        var written: [(token: Int, year: Int)] = []
        var matchEnd: [Int: Int] = [:]
        for m in matches {
            if case .date(let y?, let mo?, let d?) = m.meaning {
                explicit.append(YearInference.ExplicitDate(token: m.tokens.lowerBound, year: y, month: mo, day: d))
            }
            switch m.meaning {
            case .date(let y?, _, _), .season(_, let y?), .partOfYear(_, let y?):
                written.append((m.tokens.lowerBound, y))
            default:
                break
            }
            matchEnd[m.tokens.lowerBound] = m.tokens.upperBound
        }
        self.written = written
        self.matchEnd = matchEnd
        self.explicit = explicit
        self.byDay = Dictionary(grouping: explicit) { $0.month * 32 + $0.day }
    }

    /// The value of `match` (in sentence `sentence`, a token range), and whether it was inferred.
    mutating func resolve(_ match: TimexMatch, sentence: Range<Int>) -> (value: String, inferred: Bool)? {
        guard var r = value(match.meaning, match, sentence) else { return nil }
        if match.utc, match.type == .time, r.value.contains("T") { r.value += "Z" }
        // A time that borrowed the day written after it ("2:30 the next day") leaves that day to speak for
        // itself, or "the next day" would count from its own time; written as one expression ("12:00 UTC
        // Monday"), the day is remembered with it.
        if case .timeOfDay(_, _, _?) = match.meaning, !match.mergedDay { return r }
        if match.type == .date || match.type == .time, let first = r.value.unicodeScalars.first,
           ScalarClass.isDigit(first) {
            var explicit = false
            if case .date(_?, _, _) = match.meaning { explicit = true }
            if case .partOfYear(_, _?) = match.meaning { explicit = true }
            if case .season(_, _?) = match.meaning { explicit = true }
            history.append(AnaphoraResolver.Mention(value: r.value, token: match.tokens.lowerBound, sentence: sentence,
                                                    explicit: explicit))
        }
        return r
    }

    private func tense(_ match: TimexMatch, _ sentence: Range<Int>) -> TenseDetector.Tense {
        TenseDetector.tense(s, tokens, sentence: sentence, at: match.tokens.lowerBound, skip: match.tokens)
    }

    private func value(_ meaning: TimexMeaning, _ match: TimexMatch, _ sentence: Range<Int>) -> (value: String, inferred: Bool)? {
        let at = match.tokens.lowerBound
        switch meaning {
        case .literal(let v):
            return (v, false)
        case .yearPrefix(let p):
            return (p, false)
        case .date(let y, let m, let d):
            if let y { return (TimexValue.date(year: y, month: m, day: d), false) }
            guard let m else {
                // A day of the month alone ("1日" in a dateline): the reference month, or the month before when
                // that day is still to come.
                guard let d, let ref = reference else { return nil }
                let month = d <= ref.day ? ref : ref.adding(months: -1)
                return (TimexValue.date(year: month.year, month: month.month, day: d), true)
            }
            return (TimexValue.date(year: inferYear(month: m, day: d, match, sentence), month: m, day: d), true)
        case .weekday(let w, let offset):
            guard let ref = reference else { return ("XXXX-WXX-\(w)", true) }
            var t = tense(match, sentence)
            // "until Friday", "closed till Monday": the coming one, unless the sentence tells of the past.
            if t == .unknown, at > 0, Self.untilWords.contains(s, tokens[at - 1].range) { t = .future }
            return (YearInference.weekday(w, offset: offset, reference: ref, tense: t).iso, true)
        case .relativeDay(let o):
            // "today" in a quotation is the day of the speech: a day the sentence gives outside the quotation,
            // else the reference date.
            if o == 0, match.tokens.count == 1, insideQuotation(tokens[at].range.start),
               let said = lastInSentence(sentence, before: at, where: { m in
                   TimexValue.day(m.value) != nil && !insideQuotation(tokens[m.token].range.start) }) {
                return (String(said.value.prefix(10)), true)
            }
            guard let ref = reference else { return ("XXXX-XX-XX", true) }
            return (ref.adding(days: o).iso, true)
        case .relativeUnit(let u, let o):
            guard let ref = reference else { return nil }
            return (Self.shift(ref, u, o, keepUnit: true), true)
        case .shifted(let u, let n):
            guard let ref = reference else { return nil }
            return (Self.shift(ref, u, n, keepUnit: false), true)
        case .anaphoric(let u, let o, let antecedent):
            // "arrives on November 11, three days later than planned": in apposition to a date, the expression
            // names that same date.
            if o != 0, antecedent == nil, at >= 2, isPunct(at - 1, ","),
               let prev = history.last, prev.token < at, matchEnd[prev.token] == at - 1, TimexValue.day(prev.value) != nil,
               u == .day || u == .week || u == .hour {
                return (String(prev.value.prefix(10)), true)
            }
            return (anaphoric(u, o, antecedent, at: at), true)
        case .sameAYearBefore(let u):
            let wanted: Int? = u == .month ? 7 : u == .day ? 10 : u == .year ? 4 : nil
            guard let m = history.last(where: { $0.token < at && TimexValue.yearOf($0.value) != nil
                                                && (wanted == nil || $0.value.utf8.count >= wanted!) }),
                  let y = TimexValue.yearOf(m.value) else { return nil }
            var v = m.value
            if let wanted, v.utf8.count > wanted { v = String(v.prefix(wanted)) }
            return (TimexValue.year(y - 1) + v.dropFirst(4), true)
        case .namedInYear(let month, let season, let o):
            guard let ref = reference else { return nil }
            if let month {
                var y = ref.year
                if o < 0 && month >= ref.month { y -= 1 }
                if o > 0 && month <= ref.month { y += 1 }
                return (TimexValue.month(y, month), true)
            }
            if let season { return ("\(TimexValue.year(ref.year + o))-\(season.code)", true) }
            return nil
        case .season(let season, let y):
            // A season alone takes its year as a month alone does, from the month it starts in.
            guard let year = y ?? inferYear(month: season.firstMonth, day: nil, match, sentence) else { return nil }
            return ("\(TimexValue.year(year))-\(season.code)", y == nil)
        case .dateOfRelativeYear(let month, let day, let o):
            guard let ref = reference else { return nil }
            return (TimexValue.date(year: ref.year + o, month: month, day: day), true)
        case .monthOfRelativeYear(let month, let o):
            guard let ref = reference else { return nil }
            return (TimexValue.month(ref.year + o, month), true)
        case .holiday(let h, let y):
            // Without a year a holiday is found as its month would be ("at Christmas" in a past-tense sentence
            // written in March is last year's); the year is then exact for movable feasts too.
            guard let year = y ?? inferYear(month: h.month, day: nil, match, sentence) else { return nil }
            return (h.date(in: year).iso, y == nil)
        case .partOfYearAlone(let code):
            // "Q4", "the fourth quarter" alone: the quarter of the year the sentence speaks of, as a month alone
            // would be ("Q4 was weak", written in January, is last year's).
            guard let n = code.last?.wholeNumberValue else { return nil }
            let first = code.first == "Q" ? 3 * n - 2 : 6 * n - 5
            let last = code.first == "Q" ? 3 * n : 6 * n
            guard let year = inferYear(month: first, day: nil, match, sentence, lastMonth: last) else { return nil }
            return ("\(TimexValue.year(year))-\(code)", true)
        case .partOfYear(let code, let y):
            // "the second half of the year" keeps the reference year.
            guard let year = y ?? reference?.year else { return nil }
            return ("\(TimexValue.year(year))-\(code)", y == nil)
        case .partOfRelativeYear(let code, let o):
            guard let ref = reference else { return nil }
            return ("\(TimexValue.year(ref.year + o))-\(code)", true)
        case .weekOfMonth(let n, let month, let y):
            guard let year = y ?? inferYear(month: month, day: nil, match, sentence) else { return nil }
            // The week holding the month's 4th (the first week), or its last day but three (the last week).
            let day = n < 0 ? CalendarDate.daysIn(month: month, year: year) - 3 : min(4 + 7 * (n - 1), 28)
            return (CalendarDate(year: year, month: month, day: day).isoWeekValue, y == nil)
        case .timeOfDay(let h, let m, let day):
            var dayValue: String
            if let day, let v = value(day, match, sentence) { dayValue = v.value } else {
                // The day of its sentence, else the day the story was just speaking of ("Franklin died on
                // Thursday. ... she died at about 9:50 am"), else the reference date.
                let story = history.last(where: { $0.token < at && TimexValue.day($0.value) != nil })
                    .flatMap { at - $0.token <= Self.storyWindow ? $0 : nil }
                dayValue = (lastInSentence(sentence, before: at, where: { TimexValue.day($0.value) != nil }) ?? story ?? leadDay())
                    .map { String($0.value.prefix(10)) } ?? reference?.iso ?? "XXXX-XX-XX"
            }
            if dayValue.count > 10 { dayValue = String(dayValue.prefix(10)) }
            return ("\(dayValue)T\(TimexValue.two(h)):\(TimexValue.two(m))", true)
        case .partOfDay(let p, let day):
            guard let v = value(day, match, sentence) else { return nil }
            return ("\(v.value.prefix(10))T\(p.code)", true)
        }
    }

    /// The day the story opened on, when it is the reference date or a day or two before it: a time written
    /// alone far from any day ("その後の21時30分に" in a story of "1日", published the next morning) is on it.
    private func leadDay() -> AnaphoraResolver.Mention? {
        guard let ref = reference, let first = history.first(where: { TimexValue.day($0.value) != nil }),
              let day = TimexValue.day(first.value), day <= ref, day.adding(days: 2) >= ref else { return nil }
        return first
    }

    /// The year of a date written without one ("October 7", "in March", "the summer", "Q4"), in this order:
    /// a year written earlier in the same sentence, or at the end of its range or pair; the year of the nearest
    /// date the story spoke of just before (a month after another month in a list: "in December, Mexico in
    /// January" runs into the next year), when it is of another time than the reference and a future tense does
    /// not rule it out ("In 1831 he sailed ... On July 14 ..." but not "appointed in 2009 ... plans to stand down
    /// on January 15"); else `YearInference` on the reference date and tense. `lastMonth` is where a span of months ends.
    private func inferYear(month m: Int, day d: Int?, _ match: TimexMatch, _ sentence: Range<Int>,
                           lastMonth: Int? = nil) -> Int? {
        let at = match.tokens.lowerBound
        var sentenceYear = lastInSentence(sentence, before: at, where: { $0.explicit }).flatMap { TimexValue.yearOf($0.value) }
        // "from November 20 to December 11, 2015", "the summer and fall of 2016": a range or a pair shares the
        // year written at its end.
        // "between May and June in 1981": the first of the pair looks past the second.
        var end = match.tokens.upperBound
        if end + 1 < tokens.count, Self.joiners.contains(s, tokens[end].range) || isDash(end),
           let next = matchEnd[end + 1] {
            end = next
        }
        if let e = firstWritten(after: at), e.token - end <= 2, sentence.contains(e.token) {
            sentenceYear = e.year
        }
        let t = tense(match, sentence)
        if sentenceYear == nil, let recent = history.last, at - recent.token <= Self.storyWindow,
           let y = TimexValue.yearOf(recent.value), !recent.value.contains("W") {
            if sentence.contains(recent.token), let mo = TimexValue.monthOf(recent.value), recent.value.utf8.count == 7,
               !recent.explicit, d == nil {
                // A list of months: each takes the year of the one before, the next when the list runs past December.
                sentenceYear = m < mo ? y + 1 : y
            } else if let ref = reference, abs(y - ref.year) > 1, !(t == .future && y < ref.year) {
                sentenceYear = y
            }
        }
        if let lastMonth, sentenceYear == nil, let ref = reference, t == .future, lastMonth >= ref.month {
            return ref.year  // "will rise in Q2", written in June: the quarter under way
        }
        return YearInference.year(month: m, day: d, at: at, sameDay: d.map { byDay[m * 32 + $0] ?? [] } ?? [],
                                  sentenceYear: sentenceYear, reference: reference, tense: t)
    }

    static let untilWords = WordSet(["until", "till", "til"])

    private func insideQuotation(_ offset: Int) -> Bool { Quotation.isInside(s, offset) }

    private func isPunct(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .punctuation && tokens[k].range.length == 1 && s[tokens[k].range.start] == c
    }

    private func isDash(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .punctuation, tokens[k].range.length == 1 else { return false }
        let c = s[tokens[k].range.start]
        return c == "-" || c == "\u{2013}"
    }

    /// The first year, month, season or part of a year written with its year after token `at`.
    private func firstWritten(after at: Int) -> (token: Int, year: Int)? {
        var lo = 0, hi = written.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if written[mid].token <= at { lo = mid + 1 } else { hi = mid }
        }
        return lo < written.count ? written[lo] : nil
    }

    /// The latest date mentioned earlier in the same sentence (walking back only as far as the sentence start).
    private func lastInSentence(_ sentence: Range<Int>, before at: Int,
                                where ok: (AnaphoraResolver.Mention) -> Bool = { _ in true }) -> AnaphoraResolver.Mention? {
        var i = history.count - 1
        while i >= 0 && history[i].token >= sentence.lowerBound {
            if history[i].token < at && ok(history[i]) { return history[i] }
            i -= 1
        }
        return nil
    }

    private func anaphoric(_ u: TimeUnit, _ o: Int, _ antecedent: Range<Int>?, at: Int) -> String {
        switch u {
        case .day, .week, .weekend, .hour, .minute, .second, .fortnight:
            var base = reference
            if let a = antecedent, let m = AnaphoraResolver.described(by: a, history, before: at, s, tokens) {
                base = TimexValue.day(m.value)
            } else if let m = AnaphoraResolver.lastDay(history, before: at) {
                base = TimexValue.day(m.value)
            }
            guard let b = base else { return "XXXX-XX-XX" }
            return Self.shift(b, u, o, keepUnit: u != .hour && u != .minute && u != .second)
        case .month, .quarter, .season:
            if let m = history.last(where: { $0.token < at && TimexValue.monthOf($0.value) != nil }),
               let y = TimexValue.yearOf(m.value), let mo = TimexValue.monthOf(m.value) {
                return Self.shift(CalendarDate(year: y, month: mo, day: 1), u, o, keepUnit: true)
            }
            guard let ref = reference else { return "XXXX-XX" }
            return Self.shift(ref, u, o, keepUnit: true)
        case .year, .decade, .century:
            // "the 1940s ... seven decades later": a decade counts from the decade.
            if let m = history.last(where: { $0.token < at && (TimexValue.yearOf($0.value) != nil || $0.value.utf8.count == 3) }) {
                if let y = TimexValue.yearOf(m.value) {
                    return Self.shift(CalendarDate(year: y, month: 1, day: 1), u, o, keepUnit: u != .decade)
                }
                if let decade = Int(m.value) {
                    return Self.shift(CalendarDate(year: decade * 10, month: 1, day: 1), u, o, keepUnit: u == .decade)
                }
            }
            guard let ref = reference else { return "XXXX" }
            return Self.shift(ref, u, o, keepUnit: u != .decade)
        }
    }

    /// `date` moved by `n` units, written at the precision of the unit ("2017-W28", "2011-03", "2000").
    /// With `keepUnit` a decade stays a decade ("199"); without it "a decade ago" names a year.
    static func shift(_ date: CalendarDate, _ u: TimeUnit, _ n: Int, keepUnit: Bool) -> String {
        switch u {
        case .second, .minute:
            return date.iso
        case .hour:
            return date.adding(days: n / 24).iso
        case .day:
            return date.adding(days: n).iso
        case .week:
            return date.adding(days: 7 * n).isoWeekValue
        case .weekend:
            return date.adding(days: 7 * n).isoWeekValue + "-WE"
        case .fortnight:
            return date.adding(days: 14 * n).iso
        case .month, .season:
            let d = date.adding(months: u == .season ? 3 * n : n)
            return TimexValue.month(d.year, d.month)
        case .quarter:
            let d = date.adding(months: 3 * n)
            return "\(TimexValue.year(d.year))-Q\((d.month - 1) / 3 + 1)"
        case .year:
            return TimexValue.year(date.year + n)
        case .decade:
            let y = date.year + 10 * n
            return keepUnit ? String(y / 10) : TimexValue.year(y)
        case .century:
            return String(date.year / 100 + n)
        }
    }
}
