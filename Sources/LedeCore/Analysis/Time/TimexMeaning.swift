/// What a matched time expression means before it is resolved against the reference date and its context.
///
/// The matcher only reads the words; turning "Tuesday" or "the same day" into a calendar value needs the
/// reference date, the tense of the sentence and the dates mentioned before, which `TimexResolver` knows.
indirect enum TimexMeaning: Hashable, Sendable {
    /// A calendar date, any part of which may be missing ("October 7" has no year).
    case date(year: Int?, month: Int?, day: Int?)
    /// "the 1990s" (value 199) or "the 20th century" (value 19): a prefix of the year.
    case yearPrefix(String)
    /// "Tuesday", "last Friday" (offset -1), "next Monday" (+1), 0 when the tense decides.
    case weekday(Int, offset: Int)
    /// "yesterday" (-1), "today", "tomorrow".
    case relativeDay(Int)
    /// "last week" (-1), "this year" (0), "next month" (+1): the unit containing the reference date, shifted.
    case relativeUnit(TimeUnit, offset: Int)
    /// "two days ago" (-2), "in three weeks" (+3): the reference date shifted by a count of units.
    case shifted(TimeUnit, count: Int)
    /// "the same day" (0), "the following day" (+1), "the year before" (-1), "two years later" (+2):
    /// relative to the date the text last spoke of. `antecedent` holds the tokens after "as" in
    /// "the same day as his resignation".
    case anaphoric(TimeUnit, offset: Int, antecedent: Range<Int>?)
    /// "the same month a year ago", "the same period last year": the date the text last spoke of (at the
    /// unit's precision when one is named), a year earlier.
    case sameAYearBefore(TimeUnit?)
    /// "last May" (-1), "this spring" (0): a named month or season in the year before, of, or after the reference.
    case namedInYear(month: Int?, season: Season?, offset: Int)
    /// "November of last year" (-1), "June this year" (0), "January next year" (+1): a month of a year counted
    /// from the reference year.
    case monthOfRelativeYear(month: Int, offset: Int)
    /// "今年8月2日" (this year, August 2), "昨年9月": a month, and maybe a day, of a year counted from the reference year.
    case dateOfRelativeYear(month: Int, day: Int?, offset: Int)
    /// "summer 2025", "the spring": a season, with its year when written.
    case season(Season, year: Int?)
    /// "the first quarter of 2024" ("Q1"), "Q3", "the second half of the year" ("H2"): a part of a year,
    /// with its year when written.
    case partOfYear(String, year: Int?)
    /// "Q4", "third-quarter profit", "the fourth quarter" with no year words: the year is found as a month's.
    case partOfYearAlone(String)
    /// "the first quarter of last year" (-1): a part of a year counted from the reference year.
    case partOfRelativeYear(String, offset: Int)
    /// "the last week of March" (-1), "the first week of May 2009" (1): a week of a month, as an ISO week.
    case weekOfMonth(Int, month: Int, year: Int?)
    /// "3 p.m.", "15:30 GMT", "noon": a time of day on an optional date.
    case timeOfDay(hour: Int, minute: Int, day: TimexMeaning?)
    /// "this morning", "tonight", "Friday morning", "yesterday evening": a part of a day.
    case partOfDay(PartOfDay, day: TimexMeaning)
    /// "Christmas Day", "Good Friday 2024": a holiday, with its year when written.
    case holiday(Holiday, year: Int?)
    /// An already final TIMEX3 value: durations, sets and the fuzzy references.
    case literal(String)
}

/// A time expression found by `TimexMatcher`: a token range, its TIMEX3 type and its meaning.
struct TimexMatch: Sendable {
    var tokens: Range<Int>
    var type: TimeExpression.Kind
    var meaning: TimexMeaning
    /// "about", "early", "late", "mid": the value is approximate.
    var approximate: Bool = false
    /// For "21/01/2025"-style dates: whether the numbers fix the order (day first or month first) or not.
    var slashOrder: SlashOrder? = nil
    /// A time written in UTC or GMT: its value ends with "Z".
    var utc: Bool = false
    /// A time that took in the day written right after it ("12:00 UTC Monday"): one expression for both.
    var mergedDay: Bool = false

    enum SlashOrder: Sendable { case ambiguous, dayFirst, monthFirst }
}
