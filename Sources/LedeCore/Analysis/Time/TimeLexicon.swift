/// The words that can start or make up a time expression, looked up by a hash of the token's letters.
///
/// The tagger must not build a String per token, so a token is hashed straight from its scalars (ASCII letters
/// folded to lower case) and the hash, with the token's length, finds its cue. Hyphenated words are hashed part
/// by part so "three-year", "mid-January" and "14-year-old" can be read too.
enum TimeLexicon {
    private struct Key: Hashable {
        let hash: UInt64
        let length: Int
    }

    @inline(__always)
    static func fold(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v >= 0x41 && v <= 0x5A { return v | 0x20 }
        if v == 0x2019 { return 0x27 }
        return v
    }

    @inline(__always)
    static func mix(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100000001b3 }

    static let seed: UInt64 = 0xcbf29ce484222325

    private static func hash(_ word: String) -> Key {
        var h = seed
        var n = 0
        for c in word.unicodeScalars { h = mix(h, fold(c)); n += 1 }
        return Key(hash: h, length: n)
    }

    private static let table: [Key: TimeCue] = {
        var t: [Key: TimeCue] = [:]
        func add(_ words: [String], _ cue: TimeCue) { for w in words { t[hash(w)] = cue } }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        for (i, m) in months.enumerated() { add([m], TimeCue(.month, i + 1)) }
        let abbrevs: [(String, Int)] = [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
                                        ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)]
        for (a, m) in abbrevs { add([a], TimeCue(.monthAbbrev, m)) }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, d) in days.enumerated() { add([d], TimeCue(.weekday, i + 1)) }
        let units: [(String, String, TimeUnit)] = [
            ("second", "seconds", .second), ("minute", "minutes", .minute), ("hour", "hours", .hour),
            ("day", "days", .day), ("week", "weeks", .week), ("weekend", "weekends", .weekend),
            ("fortnight", "fortnights", .fortnight), ("month", "months", .month), ("quarter", "quarters", .quarter),
            ("season", "seasons", .season), ("year", "years", .year), ("decade", "decades", .decade),
            ("century", "centuries", .century),
        ]
        for (s, p, u) in units {
            add([s], TimeCue(.unit, u.rawValue))
            add([p], TimeCue(.unit, u.rawValue, plural: true))
        }
        add(["hrs", "hr"], TimeCue(.unit, TimeUnit.hour.rawValue, plural: true))
        add(["mins"], TimeCue(.unit, TimeUnit.minute.rawValue, plural: true))
        add(["yrs"], TimeCue(.unit, TimeUnit.year.rawValue, plural: true))
        let numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                       "nineteen", "twenty"]
        for (i, w) in numbers.enumerated() { add([w], TimeCue(.numberWord, i)) }
        let tens: [(String, Int)] = [("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
                                     ("eighty", 80), ("ninety", 90), ("hundred", 100), ("dozen", 12)]
        for (w, v) in tens { add([w], TimeCue(.numberWord, v)) }
        add(["a", "an"], TimeCue(.article, 1))
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                        "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"]
        for (i, w) in ordinals.enumerated() where w != "second" { add([w], TimeCue(.ordinalWord, i + 1)) }
        add(["several", "few", "many", "some", "couple", "numerous"], TimeCue(.vagueCount))
        add(["yesterday"], TimeCue(.relativeDay, -1))
        add(["today"], TimeCue(.relativeDay, 0))
        add(["tomorrow"], TimeCue(.relativeDay, 1))
        add(["tonight"], TimeCue(.tonight))
        add(["morning"], TimeCue(.partOfDay, PartOfDay.morning.rawValue))
        add(["afternoon"], TimeCue(.partOfDay, PartOfDay.afternoon.rawValue))
        add(["evening"], TimeCue(.partOfDay, PartOfDay.evening.rawValue))
        add(["night"], TimeCue(.partOfDay, PartOfDay.night.rawValue))
        add(["spring"], TimeCue(.season, Season.spring.rawValue))
        add(["summer"], TimeCue(.season, Season.summer.rawValue))
        add(["autumn", "fall"], TimeCue(.season, Season.autumn.rawValue))
        add(["winter"], TimeCue(.season, Season.winter.rawValue))
        // "currently" and "recently" are left out: news annotation (GUM) does not mark them, and they add
        // nothing to a timeline.
        add(["now", "nowadays"], TimeCue(.presentRef))
        add(["daily"], TimeCue(.frequency, TimeUnit.day.rawValue))
        add(["weekly"], TimeCue(.frequency, TimeUnit.week.rawValue))
        add(["monthly"], TimeCue(.frequency, TimeUnit.month.rawValue))
        add(["annually", "yearly"], TimeCue(.frequency, TimeUnit.year.rawValue))
        add(["hourly"], TimeCue(.frequency, TimeUnit.hour.rawValue))
        let simple: [(String, TimeCue.Kind)] = [
            ("last", .last), ("next", .next), ("this", .this), ("past", .past), ("coming", .coming),
            ("previous", .previous), ("prior", .previous), ("preceding", .previous), ("following", .following),
            ("same", .same), ("that", .that), ("recent", .recent), ("early", .early), ("late", .late),
            ("mid", .mid), ("earlier", .earlier), ("later", .later), ("ago", .ago), ("before", .before),
            ("after", .after), ("each", .each), ("every", .every), ("the", .the), ("these", .these),
            ("upcoming", .upcoming), ("current", .current), ("future", .future), ("of", .of), ("from", .from),
            ("to", .to), ("until", .until), ("till", .until), ("between", .between), ("and", .and), ("or", .or),
            ("since", .since), ("in", .in), ("on", .on), ("at", .at), ("by", .by), ("within", .within),
            ("through", .through), ("over", .over), ("around", .around), ("about", .around),
            ("noon", .noon), ("midday", .noon), ("midnight", .midnight), ("old", .yearOld),
            ("for", .durationLead), ("nearly", .durationLead), ("almost", .durationLead), ("than", .durationLead),
            ("least", .durationLead), ("just", .durationLead), ("only", .durationLead), ("roughly", .durationLead),
            ("approximately", .durationLead), ("once", .once), ("twice", .once),
            ("during", .during), ("end", .end), ("beginning", .beginning), ("start", .start), ("half", .half),
        ]
        for (w, k) in simple { add([w], TimeCue(k)) }
        add(["bc", "bce", "b.c.", "b.c.e."], TimeCue(.era, -1))
        add(["ad", "ce", "a.d."], TimeCue(.era, 1))
        add(["c", "ca", "circa"], TimeCue(.circa))
        for (i, w) in ["christmas", "easter", "halloween", "thanksgiving", "new", "good", "boxing", "valentine"].enumerated() {
            add([w], TimeCue(.holiday, i + 1))
        }
        add(["annual"], TimeCue(.annual, TimeUnit.year.rawValue))
        add(["fiscal"], TimeCue(.fiscal))
        add(["final"], TimeCue(.final))
        add(["entire", "whole", "full"], TimeCue(.whole))
        add(["per"], TimeCue(.per))
        add(["super", "black", "cyber", "ash", "bloody", "fat", "maundy", "holy", "palm", "shrove", "giving"],
            TimeCue(.namedDay))
        add(["am", "a.m", "a.m."], TimeCue(.ante))
        add(["pm", "p.m", "p.m."], TimeCue(.post))
        // Value 1 marks UTC itself, written "Z" in a TIMEX3 time.
        add(["gmt", "utc"], TimeCue(.zone, 1))
        add(["est", "edt", "cet", "cest", "pst", "pdt", "bst", "cst", "cdt", "mst", "mdt", "ist", "jst",
             "et", "pt", "aest", "aedt", "hkt", "sgt", "msk", "eet", "eest", "kst"],
            TimeCue(.zone))
        return t
    }()

    /// An open-addressing copy of `table` keyed by the FNV hash itself: the lookup runs once per word of every
    /// article, and a Swift dictionary would hash the key a second time.
    private struct Slot {
        var hash: UInt64 = 0
        var length: Int = 0
        var cue: TimeCue = .none
    }

    private static let slotMask = 1023

    private static let slots: [Slot] = {
        var s = [Slot](repeating: Slot(), count: slotMask + 1)
        for (key, cue) in table {
            var i = Int(truncatingIfNeeded: key.hash >> 7) & slotMask
            while s[i].length != 0 { i = (i + 1) & slotMask }
            s[i] = Slot(hash: key.hash, length: key.length, cue: cue)
        }
        return s
    }()

    @inline(__always)
    private static func lookup(_ h: UInt64, _ length: Int) -> TimeCue? {
        var i = Int(truncatingIfNeeded: h >> 7) & slotMask
        while true {
            let slot = slots[i]
            if slot.length == 0 { return nil }
            if slot.hash == h && slot.length == length { return slot.cue }
            i = (i + 1) & slotMask
        }
    }

    /// The longest word in the table; longer tokens without a hyphen cannot be cues.
    private static let longestWord = 13

    /// The cue of the token at `r`, without allocating.
    static func cue(_ s: [Unicode.Scalar], _ r: TextRange) -> TimeCue {
        var h = seed
        var hyphen = -1
        var i = r.start
        if r.length > longestWord {
            while i < r.end && !ScalarClass.isHyphen(s[i]) { i += 1 }
            if i == r.end { return .none }
            i = r.start
        }
        while i < r.end {
            let c = s[i]
            if ScalarClass.isHyphen(c) && hyphen < 0 { hyphen = i }
            h = mix(h, fold(c))
            i += 1
        }
        if let c = lookup(h, r.length) { return c }
        guard hyphen > r.start else { return .none }
        return compound(s, r, hyphen)
    }

    /// Hyphenated words: "three-year" (a duration used as an adjective), "mid-January", "14-year-old".
    private static func compound(_ s: [Unicode.Scalar], _ r: TextRange, _ hyphen: Int) -> TimeCue {
        let first = cue(s, TextRange(r.start, hyphen))
        var secondEnd = hyphen + 1
        while secondEnd < r.end && !ScalarClass.isHyphen(s[secondEnd]) { secondEnd += 1 }
        let second = cue(s, TextRange(hyphen + 1, secondEnd))
        if second.kind == .unit && secondEnd < r.end {
            // "year-old", "month-long" and the like: ages stay out, other compounds keep the duration reading.
            let third = cue(s, TextRange(secondEnd + 1, r.end))
            if third.kind == .yearOld { return TimeCue(.yearOld) }
        }
        if first.kind == .unit && second.kind == .yearOld { return TimeCue(.yearOld) }
        if (first.kind == .numberWord || first.kind == .article) && second.kind == .unit && !second.plural {
            return TimeCue(.hyphenDuration, Int(first.value), unit: TimeUnit(rawValue: Int(second.value)))
        }
        if first.kind == .numberWord && second.kind == .numberWord && first.value >= 20 && second.value < 10 {
            return TimeCue(.numberWord, Int(first.value + second.value))
        }
        if (first.kind == .ordinalWord || first.kind == .final || (first.kind == .unit && first.value == Int16(TimeUnit.second.rawValue) && !first.plural))
            && secondEnd == r.end {
            // "third-quarter results", "first-half profit", "second-quarter": a part of the year as an adjective.
            let n = first.kind == .final ? 0 : first.kind == .unit ? 2 : Int(first.value)
            if second.kind == .unit && second.value == Int16(TimeUnit.quarter.rawValue) && !second.plural && n <= 4 {
                return TimeCue(.quarterCode, n == 0 ? 4 : n, plural: true)
            }
            if second.kind == .half && n <= 2 { return TimeCue(.halfCode, n == 0 ? 2 : n) }
        }
        if first.kind == .mid && (second.kind == .month || second.kind == .monthAbbrev) {
            return TimeCue(.midMonth, Int(second.value))
        }
        return .none
    }
}
