/// Chinese and Japanese dates, times and durations, read from the one-ideograph tokens the tokenizer makes of
/// CJK text: "2007年9月26日", "9月26日", "今年8月2日", "昨年", "上个月", "午後9時30分", "1ヶ月", "3年間".
///
/// Conventions: a number before 年 is a year when it has four digits ("2008年", "２００８年", "二〇〇八年"), is
/// written "08年", or follows an era ("平成20年"); otherwise it counts years, a duration ("在任1年" is P1Y). A
/// number, then ヶ/か/カ/个, then 月 counts months. "N年間" is a duration, "N年前" N years ago, "N年後" N years
/// after the date the text last spoke of. A day written alone ("1日") is a day of the month only where news
/// datelines put it, right before a comma, a time-zone bracket or a part of the day ("首相は1日(UTC+9)、"),
/// since "1日" also means "one day". Times of day take their hour from 時/点 and minutes from 分, after noon
/// when written after 午後/下午.
extension TimexMatcher {
    func matchCJK(_ k: Int) -> TimexMatch? {
        if tokens[k].kind == .word {
            if let m = cjkWord(k) { return m }
            if let m = cjkMeridiemTime(k) { return m }
            if let m = cjkEraYear(k) { return m }
        }
        guard let n = cjkNumber(k) else { return nil }
        return cjkCounted(k, n)
    }

    /// True when token `k` starts a CJK token right after the previous one: where a number runs into its unit.
    @inline(__always) func cjkFollows(_ k: Int) -> Bool {
        touching(k) && s[tokens[k + 1].range.start].value >= ScalarClass.cjkStart
    }

    /// The single scalar of a one-scalar CJK token at `k`.
    @inline(__always) func cjkChar(_ k: Int) -> Unicode.Scalar? {
        guard k >= 0, k < tokens.count, tokens[k].range.length == 1 else { return nil }
        let c = s[tokens[k].range.start]
        return c.value >= ScalarClass.cjkStart ? c : nil
    }

    func cjkIs(_ k: Int, _ options: Unicode.Scalar...) -> Bool {
        guard let c = cjkChar(k) else { return false }
        return options.contains(c)
    }

    /// The token after the word `w` when tokens from `k` spell exactly `w`.
    func spells(_ k: Int, _ w: [Unicode.Scalar]) -> Int? {
        guard k < tokens.count else { return nil }
        let start = tokens[k].range.start
        guard start + w.count <= s.count else { return nil }
        for i in 0..<w.count where s[start + i] != w[i] { return nil }
        var j = k
        while j < tokens.count && tokens[j].range.end < start + w.count { j += 1 }
        guard j < tokens.count, tokens[j].range.end == start + w.count else { return nil }
        return j + 1
    }

    struct CJKNumber {
        var value: Int
        var digits: Int
        var kanji: Bool
        var leadingZero: Bool
        /// The token after the number.
        var next: Int
    }

    /// A number written in digits ("26", "２６") or small kanji numerals ("九", "二十六", "二〇〇八").
    func cjkNumber(_ k: Int) -> CJKNumber? {
        guard k >= 0, k < tokens.count else { return nil }
        if tokens[k].kind == .number {
            let r = tokens[k].range
            guard r.length <= 4, k + 1 < tokens.count, touching(k) else { return nil }
            var v = DecimalDigits()
            for i in r.start..<r.end {
                guard let d = ScalarClass.digitValue(s[i]) else { return nil }
                v.append(d)
            }
            guard let value = v.checked else { return nil }
            return CJKNumber(value: value, digits: r.length, kanji: false, leadingZero: ScalarClass.digitValue(s[r.start]) == 0,
                             next: k + 1)
        }
        var ds: [Int] = []
        var j = k
        while ds.count < 4, let c = cjkChar(j), let d = CJKTimeLexicon.numeral(c) { ds.append(d); j += 1 }
        guard !ds.isEmpty, cjkChar(j).flatMap(CJKTimeLexicon.numeral) == nil else { return nil }
        guard let ten = ds.firstIndex(of: 10) else {
            var v = DecimalDigits()
            for d in ds { v.append(d) }
            guard let value = v.checked else { return nil }
            return CJKNumber(value: value, digits: ds.count, kanji: true, leadingZero: ds[0] == 0, next: j)
        }
        // "十" 10, "十二" 12, "二十" 20, "二十六" 26.
        guard ten <= 1, ds.count - ten <= 2, ds.lastIndex(of: 10) == ten else { return nil }
        let tens = ten == 0 ? 1 : ds[0]
        let ones = ten == ds.count - 1 ? 0 : ds[ten + 1]
        return CJKNumber(value: tens * 10 + ones, digits: 2, kanji: true, leadingZero: false, next: j)
    }

    private func cjkCounted(_ k: Int, _ n: CJKNumber) -> TimexMatch? {
        let u = n.next
        guard let c = cjkChar(u) else { return nil }
        switch c {
        case "年":
            let fourDigits = n.digits == 4 && (1000...2199).contains(n.value)
            if fourDigits || (!n.kanji && n.digits == 2 && n.leadingZero) {
                let y = fourDigits ? n.value : 2000 + n.value
                if fourDigits && !n.kanji, cjkIs(u + 1, "代"), n.value % 10 == 0 {
                    return TimexMatch(tokens: k..<u + 2, type: .date, meaning: .yearPrefix(String(n.value / 10)))
                }
                return cjkMonthDay(k, year: y, after: u + 1)
            }
            guard n.value > 0 else { return nil }
            return cjkCount(.year, n, k, after: u + 1)
        case "月":
            guard (1...12).contains(n.value), !cjkIs(u + 1, "間", "间") else { return nil }
            return cjkMonthDay(k, year: nil, at: k)
        case "ヶ", "ケ", "か", "カ", "箇", "个", "個":
            guard cjkIs(u + 1, "月"), n.value > 0 else { return nil }
            return cjkCount(.month, n, k, after: u + 2)
        case "日":
            if let m = cjkCount(.day, n, k, after: u + 1, suffixOnly: true) { return m }
            guard !n.kanji, (1...31).contains(n.value), isDatelineDay(u + 1) else { return nil }
            return TimexMatch(tokens: k..<u + 1, type: .date, meaning: .date(year: nil, month: nil, day: n.value))
        case "天":
            return cjkCount(.day, n, k, after: u + 1)
        case "週", "周":
            return cjkCount(.week, n, k, after: u + 1)
        case "小":
            guard cjkIs(u + 1, "時", "时") else { return nil }
            return cjkCount(.hour, n, k, after: u + 2)
        case "時", "时":
            if cjkIs(u + 1, "間", "间") { return cjkCount(.hour, n, k, after: u + 1) }
            guard !n.kanji, n.value <= 24 else { return nil }
            return cjkTime(k, hour: n.value, after: u + 1)
        case "分":
            return cjkCount(.minute, n, k, after: u + 1, suffixOnly: true)
        case "世":
            guard cjkIs(u + 1, "紀", "纪"), (1...30).contains(n.value) else { return nil }
            return TimexMatch(tokens: k..<u + 2, type: .date, meaning: .yearPrefix(String(n.value - 1)))
        default:
            return nil
        }
    }

    /// "3年間" (a duration), "3年前" (three years ago), "3年後" (three years after the last date), "3年" (a
    /// duration); with `suffixOnly`, only the first three ("1日" alone is not a duration of a day).
    private func cjkCount(_ unit: TimeUnit, _ n: CJKNumber, _ k: Int, after j: Int, suffixOnly: Bool = false) -> TimexMatch? {
        if cjkIs(j, "間", "间") {
            return TimexMatch(tokens: k..<j + 1, type: .duration, meaning: .literal(unit.duration(n.value)))
        }
        if !cjkIs(j + 1, "半") {
            if cjkIs(j, "前") { return TimexMatch(tokens: k..<j + 1, type: .date, meaning: .shifted(unit, count: -n.value)) }
            if cjkIs(j, "後", "后") {
                return TimexMatch(tokens: k..<j + 1, type: .date, meaning: .anaphoric(unit, offset: n.value, antecedent: nil))
            }
        }
        if suffixOnly { return nil }
        return TimexMatch(tokens: k..<j, type: .duration, meaning: .literal(unit.duration(n.value)))
    }

    /// A month and day from token `at` ("9月26日"), after a year or alone; `at` past a year may hold neither.
    private func cjkMonthDay(_ k: Int, year: Int?, after at: Int) -> TimexMatch? {
        let md = monthDay(at)
        return TimexMatch(tokens: k..<(md?.end ?? at), type: .date,
                          meaning: .date(year: year, month: md?.month, day: md?.day))
    }

    private func cjkMonthDay(_ k: Int, year: Int?, at: Int) -> TimexMatch? {
        guard let md = monthDay(at) else { return nil }
        return TimexMatch(tokens: k..<md.end, type: .date, meaning: .date(year: year, month: md.month, day: md.day))
    }

    /// "9月", "9月26日", "九月一日", "9月1号".
    func monthDay(_ at: Int) -> (month: Int, day: Int?, end: Int)? {
        guard let m = cjkNumber(at), cjkIs(m.next, "月"), (1...12).contains(m.value) else { return nil }
        if let d = cjkNumber(m.next + 1), cjkIs(d.next, "日", "号", "號"), (1...31).contains(d.value),
           !cjkIs(d.next + 1, "間", "间") {
            return (m.value, d.value, d.next + 1)
        }
        return (m.value, nil, m.next + 1)
    }

    /// After "1日": a comma, a time-zone bracket or a part of the day, as datelines write the day of the month.
    private func isDatelineDay(_ j: Int) -> Bool {
        if isPunct(j, "、") || isPunct(j, "，") || isPunct(j, ",") { return true }
        if (isPunct(j, "(") || isPunct(j, "（")) && cue(j + 1) == .zone { return true }
        return cjkIs(j, "午", "夜", "朝", "夕", "未")
    }

    /// "9時30分", "3時半": the hour is read; minutes follow.
    private func cjkTime(_ k: Int, hour: Int, after j: Int) -> TimexMatch? {
        var minute = 0
        var end = j
        if let m = cjkNumber(j), !m.kanji, cjkIs(m.next, "分"), m.value < 60 {
            minute = m.value
            end = m.next + 1
        } else if cjkIs(j, "半") {
            minute = 30
            end = j + 1
        }
        return TimexMatch(tokens: k..<end, type: .time, meaning: .timeOfDay(hour: hour, minute: minute, day: nil))
    }

    /// "午後9時30分", "下午3点".
    private func cjkMeridiemTime(_ k: Int) -> TimexMatch? {
        for (word, afternoon) in CJKTimeLexicon.meridiems {
            guard let j = spells(k, word) else { continue }
            guard let n = cjkNumber(j), cjkIs(n.next, "時", "时", "点", "點"), n.value <= 12 else { return nil }
            let hour = afternoon && n.value < 12 ? n.value + 12 : n.value
            guard let t = cjkTime(k, hour: hour, after: n.next + 1) else { return nil }
            return t
        }
        return nil
    }

    /// "平成20年", "令和元年".
    private func cjkEraYear(_ k: Int) -> TimexMatch? {
        for (name, base) in CJKTimeLexicon.eras {
            guard let j = spells(k, name) else { continue }
            if cjkIs(j, "元"), cjkIs(j + 1, "年") { return cjkMonthDay(k, year: base + 1, after: j + 2) }
            guard let n = cjkNumber(j), n.value > 0, n.value < 100, cjkIs(n.next, "年") else { return nil }
            return cjkMonthDay(k, year: base + n.value, after: n.next + 1)
        }
        return nil
    }

    /// A word of `CJKTimeLexicon` ("今日", "上个月"); a relative year takes the month and day written after it
    /// ("今年8月2日").
    private func cjkWord(_ k: Int) -> TimexMatch? {
        let first = s[tokens[k].range.start]
        for w in CJKTimeLexicon.words where w.scalars[0] == first {
            guard let j = spells(k, w.scalars) else { continue }
            if let o = w.yearOffset, let md = monthDay(j) {
                return TimexMatch(tokens: k..<md.end, type: .date, meaning: .dateOfRelativeYear(month: md.month, day: md.day, offset: o))
            }
            return TimexMatch(tokens: k..<j, type: w.type, meaning: w.meaning)
        }
        return nil
    }
}
