/// Completes dates written without a year ("October 7", "in March") and picks the right weekday.
///
/// The rules, in order:
/// 1. the nearest explicit mention of the same month and day with a year ("October 7, 2023" makes every
///    later or earlier "October 7" 2023-10-07);
/// 2. a year written earlier in the same sentence ("In 2011, in March ...");
/// 3. the reference date's year, moved back a year when the sentence is in the past tense and the date would
///    fall after the reference date, or forward when it is in the future tense and would fall before it;
///    with no tense, the year that puts the date nearest the reference date.
enum YearInference {
    struct ExplicitDate {
        let token: Int
        let year: Int
        let month: Int
        let day: Int
    }

    /// `sameDay` holds the explicit dates with this month and day.
    static func year(month: Int, day: Int?, at token: Int, sameDay: [ExplicitDate], sentenceYear: Int?,
                     reference: CalendarDate?, tense: TenseDetector.Tense) -> Int? {
        if let day {
            var best: ExplicitDate?
            for e in sameDay where e.month == month && e.day == day {
                if best == nil || abs(e.token - token) < abs(best!.token - token) { best = e }
            }
            if let best { return best.year }
        }
        if let sentenceYear { return sentenceYear }
        guard let ref = reference else { return nil }
        let d = min(day ?? 15, CalendarDate.daysIn(month: month, year: ref.year))
        let candidate = CalendarDate(year: ref.year, month: month, day: d)
        let delta = day == nil ? (month - ref.month) * 31 : candidate.dayNumber - ref.dayNumber
        switch tense {
        case .past:
            if day == nil ? month > ref.month : delta > 0 { return ref.year - 1 }
        case .future:
            if day == nil ? month < ref.month : delta < 0 { return ref.year + 1 }
        case .unknown:
            if delta > 183 { return ref.year - 1 }
            if delta < -183 { return ref.year + 1 }
        }
        return ref.year
    }

    /// The weekday `weekday` (1 Monday ... 7 Sunday) meant relative to `ref`: on or before it in the past tense
    /// (news speaks mostly of what happened), on or after it in the future; "last" and "next" (offset -1, +1)
    /// exclude the reference day itself.
    static func weekday(_ weekday: Int, offset: Int, reference ref: CalendarDate, tense: TenseDetector.Tense) -> CalendarDate {
        let diff = weekday - ref.weekday
        switch offset {
        case ..<0:
            let back = diff < 0 ? -diff : 7 - diff
            return ref.adding(days: -back)
        case 1...:
            let fwd = diff > 0 ? diff : 7 + diff
            return ref.adding(days: fwd)
        default:
            if tense == .future { return ref.adding(days: diff >= 0 ? diff : diff + 7) }
            return ref.adding(days: diff <= 0 ? diff : diff - 7)
        }
    }
}
