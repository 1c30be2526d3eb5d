/// What one token can contribute to a time expression: a month, a weekday, a unit, a number word, a modifier.
///
/// The tagger gives every token one of these (most get `.none`) by hashing its letters, then parses
/// time expressions locally around the tokens that carry one.
struct TimeCue: Hashable, Sendable {
    enum Kind: UInt8, Sendable {
        case none
        case digits          // a number token
        case month           // value 1...12
        case monthAbbrev     // "Jan", "Sept": value 1...12
        case weekday         // value 1 (Monday) ... 7 (Sunday)
        case unit            // value: TimeUnit raw value; plural flag
        case numberWord      // "one" ... "ninety", "a dozen": value
        case ordinalWord     // "first" ... "thirty-first": value
        case vagueCount      // "several", "few", "many", "some", "couple"
        case relativeDay     // "yesterday" -1, "today" 0, "tomorrow" +1
        case tonight
        case partOfDay       // value: PartOfDay raw value
        case season          // value: Season raw value
        case presentRef      // "now", "currently", "nowadays"
        case frequency       // "daily", "weekly", "annually": value TimeUnit
        case last, next, this, past, coming, previous, following, same, that, recent, early, late, mid
        case earlier, later, ago, before, after, each, every, the, article, these, upcoming, current
        case ante, post      // "a.m." / "p.m."
        case zone            // "GMT", "UTC", "EST"
        case noon, midnight
        case future          // "future" (the future)
        case of, from, to, until, between, and, or, since, `in`, on, at, by, within, through, over, around
        case yearOld         // "year-old", "years-old", "old": blocks an age reading as a duration
        case hyphenDuration  // "three-year": value = count, unit in `unit`
        case midMonth        // "mid-January": value month
        case century         // "century"/"centuries"
        case end, beginning, start, half, quarter
        case durationLead    // "for", "nearly", "than": words before "a year" when it is a duration
        case once            // "once", "twice": "once a year" is a set
        case quarterCode     // "Q1" ... "Q4": value 1...4
        case era             // "BC", "BCE" (value -1), "AD", "CE" (+1): written in capitals
        case circa           // "c", "ca", "circa": an approximate year follows
        case during
        case holiday         // a word of a holiday's name: value `TimexMatcher.HolidayWord`
        case annual          // "annual": a year's worth ("annual profit") or every year ("the annual pilgrimage")
        case fiscal          // "fiscal": "fiscal 2008" is the fiscal year FY2008
        case final           // "final": "the final quarter" is the fourth
        case whole           // "entire", "whole", "full": "the entire year" is the year spoken of
        case per             // "per": "per year" is a set
        case halfCode        // "first-half", "second-half" (value 1, 2), as business news writes them
        case namedDay        // "Super", "Black", "Ash", "Cyber": "Super Tuesday" is a named day, not a weekday
        case cjk             // a Chinese or Japanese token that may start a time expression ("今", "午", "平")
    }

    var kind: Kind
    var value: Int16
    var plural: Bool
    /// For `.hyphenDuration`: the unit.
    var unit: TimeUnit?

    init(_ kind: Kind, _ value: Int = 0, plural: Bool = false, unit: TimeUnit? = nil) {
        self.kind = kind
        self.value = Int16(value)
        self.plural = plural
        self.unit = unit
    }

    static let none = TimeCue(.none)
}

/// Calendar units as TIMEX3 writes them.
enum TimeUnit: Int, Sendable {
    case second, minute, hour, day, week, weekend, fortnight, month, quarter, season, year, decade, century

    /// True for the units written after "T" in an ISO duration (PT48H).
    var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }

    /// The ISO 8601 duration designator.
    var designator: String {
        switch self {
        case .second: return "S"
        case .minute: return "M"
        case .hour: return "H"
        case .day: return "D"
        case .week: return "W"
        case .weekend: return "WE"
        case .fortnight: return "W"
        case .month: return "M"
        case .quarter: return "Q"
        case .season: return "M"
        case .year: return "Y"
        case .decade: return "DE"
        case .century: return "CE"
        }
    }

    /// A duration of a fractional count ("2.5") of this unit: "P2.5Y"; half an hour is "PT30M".
    func duration(fraction: String) -> String {
        if fraction == "0.5" {
            switch self {
            case .hour: return "PT30M"
            case .minute: return "PT30S"
            case .day: return "PT12H"
            case .year: return "P6M"
            case .decade: return "P5Y"
            case .century: return "P50Y"
            default: break
            }
        }
        return isTimeOfDay ? "PT\(fraction)\(designator)" : "P\(fraction)\(designator)"
    }

    /// A duration of `count` of this unit: "P6W", "PT48H", "PXY" when the count is unknown.
    func duration(_ count: Int?) -> String {
        var n = count.map(String.init) ?? "X"
        var d = designator
        if self == .fortnight, let c = count { n = String(c * 2); d = "W" }
        if self == .season, let c = count { n = String(c * 3); d = "M" }
        if self == .weekend { d = "WE" }
        return isTimeOfDay ? "PT\(n)\(d)" : "P\(n)\(d)"
    }
}

/// Parts of the day, as TIMEX3 writes them after "T".
enum PartOfDay: Int, Sendable {
    case morning, afternoon, evening, night

    var code: String {
        switch self {
        case .morning: return "MO"
        case .afternoon: return "AF"
        case .evening: return "EV"
        case .night: return "NI"
        }
    }
}

/// Seasons, as TIMEX3 writes them.
enum Season: Int, Sendable {
    case spring, summer, autumn, winter

    var code: String {
        switch self {
        case .spring: return "SP"
        case .summer: return "SU"
        case .autumn: return "FA"
        case .winter: return "WI"
        }
    }

    /// The month a season starts in (northern meteorological seasons: March, June, September, December).
    var firstMonth: Int { 3 * rawValue + 3 }
}
