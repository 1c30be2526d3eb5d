/// The words that tell the quantity extractor what a number is: hedges, units, actions, and the contexts in
/// which a number is a date, a time or a label rather than a count.
enum QuantityLexicon {
    /// Hedges written before a number, longest first so "no more than" wins over "more than".
    static let approximations: [(words: [UInt64], text: String)] = {
        let phrases = ["no more than", "no fewer than", "no less than", "as many as", "as much as", "in excess of",
                       "more than", "fewer than", "less than", "at least", "at most", "up to", "close to",
                       "upwards of", "closer to", "well over", "just over", "just under", "an estimated", "nearly", "almost",
                       "approximately", "about", "around", "roughly", "some", "over", "under", "estimated", "circa",
                       "approx", "almost", "below", "above", "only", "just"]
        return phrases.map { p in (p.split(separator: " ").map { WordKey.of(String($0)) }, p) }
            .sorted { $0.words.count > $1.words.count }
    }()

    /// Hedges written after a number and "or": "107 or more" is at least 107.
    static let trailingApproximations: [UInt64: String] = WordKey.table([
        ("more", "at least"), ("over", "at least"), ("above", "at least"), ("so", "about"), ("thereabouts", "about"),
        ("fewer", "at most"), ("less", "at most"), ("under", "at most"),
    ])

    /// Currency symbols before a number.
    static func currency(symbol c: Unicode.Scalar) -> String? {
        switch c {
        case "$": return "USD"
        case "€": return "EUR"
        case "£": return "GBP"
        case "¥": return "JPY"
        case "₹": return "INR"
        case "₩": return "KRW"
        case "₪": return "ILS"
        case "₽": return "RUB"
        default: return c.properties.generalCategory == .currencySymbol ? String(c) : nil
        }
    }

    /// Letters written before "$": "US$", "HK$", "A$".
    static let dollarPrefixes: [UInt64: String] = WordKey.table([
        ("us", "USD"), ("hk", "HKD"), ("a", "AUD"), ("au", "AUD"), ("c", "CAD"), ("ca", "CAD"), ("nz", "NZD"),
        ("s", "SGD"), ("nt", "TWD"), ("r", "BRL"), ("mx", "MXN"),
    ])

    /// Currency names after a number: "40 billion euros".
    static let currencyWords: [UInt64: String] = WordKey.table([
        ("dollars", "USD"), ("dollar", "USD"), ("euros", "EUR"), ("euro", "EUR"), ("pounds", "GBP"),
        ("sterling", "GBP"), ("yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"), ("rupees", "INR"),
        ("shekels", "ILS"), ("roubles", "RUB"), ("rubles", "RUB"), ("francs", "CHF"), ("pesos", "MXN"),
        ("riyals", "SAR"), ("rand", "ZAR"), ("lira", "TRY"), ("usd", "USD"), ("eur", "EUR"),
        ("gbp", "GBP"),
    ])

    /// Units of measure after a number, with the unit Lede reports.
    static let measures: [UInt64: String] = WordKey.table([
        ("km", "km"), ("kms", "km"), ("kilometres", "km"), ("kilometers", "km"), ("kilometre", "km"),
        ("kilometer", "km"), ("miles", "mi"), ("mile", "mi"), ("mi", "mi"), ("m", "m"), ("metres", "m"),
        ("meters", "m"), ("metre", "m"), ("meter", "m"), ("cm", "cm"), ("centimetres", "cm"), ("centimeters", "cm"),
        ("mm", "mm"), ("millimetres", "mm"), ("millimeters", "mm"), ("kg", "kg"), ("kilograms", "kg"),
        ("kilos", "kg"), ("kilogrammes", "kg"), ("g", "g"), ("grams", "g"), ("tonnes", "t"), ("tons", "t"),
        ("tonne", "t"), ("ton", "t"), ("lb", "lb"), ("lbs", "lb"), ("ft", "ft"), ("feet", "ft"), ("foot", "ft"),
        ("inches", "in"), ("inch", "in"), ("yards", "yd"), ("acres", "acres"), ("acre", "acres"),
        ("hectares", "ha"), ("hectare", "ha"), ("ha", "ha"), ("mph", "mph"), ("kph", "km/h"), ("knots", "kn"),
        ("degrees", "degrees"), ("litres", "L"), ("liters", "L"), ("gallons", "gal"), ("barrels", "barrels"),
        ("mw", "MW"), ("gw", "GW"), ("kw", "kW"), ("kwh", "kWh"), ("mb", "MB"), ("gb", "GB"), ("tb", "TB"),
        ("storeys", "storeys"), ("stories", "storeys"), ("floors", "floors"),
    ])

    /// Time units: a number before one of these is a duration or an age, which the time tagger owns.
    static let timeUnits: Set<UInt64> = WordKey.set([
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "decade", "decades", "century", "centuries", "millennia", "fortnight", "fortnights",
        "year-old", "years-old", "year-olds", "night", "nights", "morning", "evening", "afternoon", "yrs", "hrs",
        "mins", "secs",
    ])

    /// Times of day: "3 p.m.", "10 am", "1800 GMT".
    static let clockWords: Set<UInt64> = WordKey.set([
        "p.m.", "a.m.", "pm", "am", "p.m", "a.m", "o'clock", "gmt", "utc", "bst", "est", "edt", "cet", "cest", "pst",
        "pdt", "ist", "jst", "hrs", "h", "local",
    ])

    static let months: Set<UInt64> = WordKey.set([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    /// Words before a bare four-digit number that make it a year: "in 2015", "since 1958", "the 2018 World Cup".
    static let yearContext: Set<UInt64> = WordKey.set([
        "in", "since", "until", "till", "before", "after", "during", "year", "early", "late", "mid", "circa", "c",
        "through", "spring", "summer", "autumn", "fall", "winter", "fiscal", "fy", "season", "class", "vintage",
    ])

    /// Words before a number that make it a label: "Section 3", "No. 10", "page 12", "Flight 370".
    static let labels: Set<UInt64> = WordKey.set([
        "section", "sections", "chapter", "article", "articles", "paragraph", "para", "footnote", "note", "notes",
        "page", "pages", "p", "pp", "no", "nos", "number", "vol", "volume", "figure", "fig", "table", "rule",
        "resolution", "amendment", "clause", "item", "flight", "route", "highway", "road", "room", "platform", "gate",
        "seat", "line", "bus", "episode", "season", "grade", "level", "step", "phase", "part", "annex", "appendix",
        "verse", "issue", "edition", "act", "bill", "case", "exhibit", "model", "version", "channel", "district",
        "ward", "precinct", "unit", "block", "lot", "apartment", "apt", "suite", "box", "code", "tel", "phone",
        "fax", "ext", "ref", "id", "isbn", "doi", "psalm", "group", "lane", "street", "avenue", "st", "ave", "cap",
        "windows", "ie", "iphone", "ios", "android", "version", "v", "world", "war", "stage", "round", "game", "match",
        "leg", "day", "week", "question", "proposition", "prop", "term", "session", "jersey", "shirt", "wave",
        "interstate", "gen", "aged", "age", "ages", "pp.", "no.", "art", "sec", "ch", "op", "nr",
    ])

    /// Words that end the counted noun phrase after a number.
    static let stopWords: Set<UInt64> = WordKey.set([
        "of", "in", "on", "at", "to", "by", "for", "from", "with", "without", "into", "onto", "over", "under", "than",
        "as", "and", "or", "but", "nor", "so", "yet", "if", "while", "when", "where", "who", "whom", "whose", "which",
        "that", "this", "these", "those", "the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "am",
        "have", "has", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "not", "no", "still", "already", "also", "now", "then", "just", "only", "even",
        "each", "per", "more", "most", "less", "least", "other", "others", "out", "up", "down", "off", "after",
        "before", "since", "until", "during", "against", "between", "among", "across", "through", "about", "around",
        "reportedly", "allegedly", "apparently", "all", "both", "some", "many", "much", "few", "several", "it", "its",
        "they", "them", "their", "he", "him", "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my",
        "there", "here", "says", "said", "say", "according", "including", "versus", "vs", "'s", "respectively",
        "total", "apiece", "each", "every", "like", "unlike", "within", "toward", "towards", "via", "amid", "despite",
    ])

    /// Auxiliaries and adverbs that may stand between a counted noun and its verb: "hostages are still being held".
    static let auxiliaries: Set<UInt64> = WordKey.set([
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "may", "might",
        "could", "can", "should", "must", "still", "already", "also", "reportedly", "allegedly", "now", "all",
        "believed", "thought", "feared", "said", "confirmed", "known", "to", "later", "since", "just", "then",
        "recently", "previously", "ultimately", "eventually", "either", "each", "both", "subsequently", "apparently",
    ])

    /// Verbs and nouns of what happened to the counted things, with the action Lede reports.
    static let actions: [UInt64: String] = {
        var pairs: [(String, String)] = []
        func add(_ canonical: String, _ forms: [String]) { for f in forms { pairs.append((f, canonical)) } }
        add("killed", ["killed", "kill", "kills", "killing", "killings", "dead", "died", "die", "dies", "dying",
                       "deaths", "death", "perished", "slain", "fatalities", "murdered", "murder", "murders",
                       "executed"])
        add("massacred", ["massacred", "massacring", "massacre"])
        add("injured", ["injured", "injuring", "injure", "injures", "injuries", "wounded", "wounding", "wounds",
                        "hurt", "hospitalised", "hospitalized", "maimed"])
        add("abducted", ["abducted", "abducting", "abduction", "abductions", "kidnapped", "kidnapping", "kidnapped",
                         "seized", "captured", "capture"])
        add("held", ["held", "holding", "detained", "detaining", "detention", "imprisoned", "jailed", "captive"])
        add("released", ["released", "releasing", "release", "freed", "freeing", "free", "liberated"])
        add("displaced", ["displaced", "displacing", "displacement", "uprooted", "homeless", "fled", "fleeing",
                          "evacuated", "evacuating", "evacuation"])
        add("fired", ["fired", "firing", "launched", "launching"])
        add("arrested", ["arrested", "arresting", "arrest", "arrests"])
        add("rescued", ["rescued", "rescuing", "rescue", "saved"])
        add("missing", ["missing", "disappeared", "unaccounted"])
        add("won", ["won", "win", "wins", "winning", "secured", "securing", "gained", "gaining", "collected",
                    "collecting", "took", "earned", "earning"])
        add("lost", ["lost", "losing", "lose", "loses"])
        add("voted", ["voted", "voting", "cast"])
        add("elected", ["elected", "re-elected", "electing"])
        add("received", ["received", "receiving", "receives", "got", "obtained", "garnered", "polled"])
        add("defeated", ["defeated", "beat", "beating", "defeating"])
        add("scored", ["scored", "scoring", "scores"])
        add("deported", ["deported", "deporting", "deportation", "expelled"])
        add("affected", ["affected"])
        add("stranded", ["stranded", "beached", "trapped"])
        add("infected", ["infected", "sickened"])
        add("employed", ["employed", "employs", "employing", "hired", "cut", "laid"])
        add("raised", ["raised", "raising", "donated", "pledged"])
        add("spent", ["spent", "spending", "cost", "costing", "costs", "paid", "paying", "worth", "valued"])
        add("attended", ["attended", "attending", "gathered", "marched", "protested", "joined"])
        add("sentenced", ["sentenced", "convicted", "charged", "indicted", "fined"])
        return WordKey.table(pairs)
    }()

    /// What happens to people, so that a figure with it needs no noun: "killing 107 or more".
    static let peopleActions: Set<String> = [
        "killed", "massacred", "injured", "abducted", "held", "released", "displaced", "arrested", "rescued", "missing",
        "deported", "infected", "sentenced", "taken hostage", "elected", "employed", "attended", "voted",
    ]

    /// Nouns that count nothing a reader can check: "Five things we learned".
    static let vagueNouns: Set<UInt64> = WordKey.set([
        "things", "thing", "ways", "reasons", "lessons", "facts", "tips", "ideas", "secrets", "takeaways", "moments",
        "questions", "answers", "steps", "tricks", "myths", "signs", "rules",
    ])

    /// Nouns that stand for a figure: "the number of Americans killed", "the death toll".
    static let countNouns: Set<UInt64> = WordKey.set(["number", "figure", "total", "tally", "toll", "count"])

    /// Verbs of taking or claiming lives: "claimed the lives of", "lost their lives".
    static let lifeVerbs: [UInt64: String] = WordKey.table([
        ("claimed", "killed"), ("claiming", "killed"), ("claim", "killed"), ("took", "killed"), ("taking", "killed"),
        ("taken", "killed"), ("lost", "killed"), ("losing", "killed"), ("cost", "killed"), ("costing", "killed"),
        ("saved", "rescued"), ("saving", "rescued"),
    ])

    /// Verbs that, followed by "hostage" or "captive", mean someone was taken hostage.
    static let takeVerbs: Set<UInt64> = WordKey.set(["taken", "took", "take", "taking", "held", "holding", "kept"])

    /// Words after a number that mean "further ones of the same kind": "injured 35 more".
    static let moreWords: Set<UInt64> = WordKey.set(["more", "others", "other", "additional", "further", "another"])

    /// Words after "of" that refer back to a counted noun: "a third of them".
    static let backReferences: Set<UInt64> = WordKey.set(["them", "those", "these", "whom", "which", "it"])

    /// Determiners skipped between "of" and the counted noun: "a third of the hostages".
    static let determiners: Set<UInt64> = WordKey.set(["the", "these", "those", "its", "their", "his", "her", "our"])

    /// Number words that are rarely counts on their own: "one of the most", "one another".
    static let oneBlockers: Set<UInt64> = WordKey.set([
        "of", "another", "day", "thing", "way", "time", "side", "hand", "point", "such", "more", "or", "and", "who",
        "which", "that", "in", "on", "at", "by", "to", "is", "was", "has", "had", "would", "will", "can", "could",
    ])
}
