/// Titles and role nouns: what may stand before a name ("Prime Minister", "Lt. Gen.") or head an appositive
/// ("leader of the far-right Otzma Yehudit party", "Israel's top military leader").
enum RoleLexicon {
    /// Words that head a role: a title or an office.
    static let heads: Set<UInt64> = {
        var keys = WordKey.set(baseHeads)
        // "vice-premier", "co-founder", "ex-president": a prefixed head is a head.
        for p in headPrefixes { for h in baseHeads { keys.insert(WordKey.of(p + "-" + h)) } }
        return keys
    }()

    static let headPrefixes = ["vice", "deputy", "co", "ex", "assistant", "under", "sub", "acting"]

    private static let baseHeads = [
        "president", "minister", "premier", "chancellor", "secretary", "senator", "sen", "representative", "rep",
        "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "king", "queen", "prince",
        "princess", "emperor", "empress", "pope", "rabbi", "imam", "sheikh", "ayatollah", "cleric", "pastor",
        "archbishop", "bishop", "cardinal", "reverend", "rev", "general", "gen", "lieutenant", "lt", "colonel",
        "col", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "adm", "commander", "cmdr",
        "brigadier", "brig", "marshal", "corporal", "cpl", "private", "officer", "ambassador", "envoy", "consul",
        "chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "director", "spokesman",
        "spokeswoman", "spokesperson", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "speaker",
        "leader", "head", "chief", "founder", "co-founder", "owner", "editor", "publisher", "executive", "manager",
        "coach", "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "player", "captain",
        "singer", "songwriter", "actor", "actress", "author", "writer", "novelist", "poet", "rapper", "musician",
        "composer", "producer", "filmmaker", "artist", "journalist", "reporter", "correspondent", "photographer",
        "lawyer", "attorney", "counsel", "prosecutor", "activist", "scientist", "researcher", "analyst", "economist",
        "historian", "expert", "member", "mp", "lawmaker", "legislator", "candidate", "nominee", "commissioner",
        "inspector", "superintendent", "detective", "agent", "emir", "sultan", "monarch", "dictator", "deputy",
        "official", "spokesperson", "aide", "adviser", "advisor", "strategist", "negotiator", "mediator", "physician",
        "doctor", "surgeon", "nurse", "teacher", "student", "engineer", "architect", "designer", "entrepreneur",
        "businessman", "businesswoman", "investor", "banker", "governor-general", "vice-president", "chief-of-staff",
        "dean", "rector", "provost", "principal", "treasurer", "comptroller", "auditor", "ombudsman", "sheriff",
        "constable", "warden", "magistrate", "premier", "taoiseach", "ruler", "heir", "pharaoh", "chieftain",
        "leader", "boss", "strongman", "commandant", "marshal", "field", "general-secretary", "secretary-general",
        // Occupations news names people by: "NASA Administrator Charles Bolden", "columnist Dan Savage".
        "administrator", "referee", "umpire", "councillor", "councilor", "councilman", "councilwoman", "alderman",
        "assemblyman", "assemblywoman", "undersecretary", "under-secretary", "lecturer", "scholar", "physicist",
        "chemist", "biologist", "astronomer", "mathematician", "philosopher", "theologian", "archaeologist",
        "anthropologist", "sociologist", "psychologist", "psychiatrist", "epidemiologist", "virologist",
        "priest", "missionary", "preacher", "soldier", "firefighter", "paramedic", "astronaut", "cosmonaut",
        "footballer", "cricketer", "cyclist", "swimmer", "boxer", "golfer", "jockey", "athlete", "blogger",
        "columnist", "commentator", "presenter", "broadcaster", "anchor", "screenwriter", "playwright",
        "comedian", "dancer", "painter", "sculptor", "illustrator", "cartoonist", "guitarist", "drummer",
        "bassist", "pianist", "violinist", "vocalist", "frontman", "curator", "translator", "pharmacist",
        "dentist", "veterinarian", "pathologist", "barrister", "solicitor", "investigator", "lobbyist",
        "campaigner", "billionaire", "tycoon", "magnate", "photojournalist", "consultant", "technician",
        "publicist", "critic", "academic", "clergyman", "diplomat", "attaché", "delegate",
        "politician", "statesman", "stateswoman", "winner", "laureate", "recipient", "champion", "medallist",
        "medalist", "finalist", "nominee",
    ]

    /// Plural heads, for a title shared by a list of names: "councillors Alvin Yeung, Fernando Cheung and …",
    /// "novelists Gertrude Stein, Jack London, Amy Tan, and Maya Angelou".
    static let pluralHeads: Set<UInt64> = {
        var keys = Set<UInt64>()
        for h in baseHeads where h.count > 3 {
            if h.hasSuffix("man") {
                keys.insert(WordKey.of(String(h.dropLast(3)) + "men"))
            } else if h.hasSuffix("y") && !h.hasSuffix("ey") && !h.hasSuffix("oy") {
                keys.insert(WordKey.of(String(h.dropLast()) + "ies"))
            } else if h.hasSuffix("s") || h.hasSuffix("sh") || h.hasSuffix("ch") || h.hasSuffix("x") {
                keys.insert(WordKey.of(h + "es"))
            } else {
                keys.insert(WordKey.of(h + "s"))
            }
        }
        return keys
    }()

    /// Words that modify a role: "Prime", "Vice", "Deputy", "top military", "former".
    static let modifiers: Set<UInt64> = WordKey.set([
        "prime", "vice", "deputy", "acting", "interim", "foreign", "defense", "defence", "interior", "finance",
        "home", "justice", "health", "education", "culture", "trade", "energy", "environment", "labour", "labor",
        "transport", "agriculture", "economy", "security", "intelligence", "top", "former", "then", "senior",
        "military", "police", "army", "navy", "air", "crown", "supreme", "first", "field", "special", "state",
        "chief", "executive", "general", "lead", "assistant", "associate", "principal", "managing", "national",
        "regional", "local", "party", "opposition", "cabinet", "grand", "high", "lieutenant", "lt", "major", "maj",
        "brigadier", "brig", "rear", "staff", "district", "county", "city", "federal", "attorney", "solicitor",
        "surgeon", "inspector", "detective", "chief-executive", "co", "joint", "new", "outgoing", "incoming",
        "longtime", "long-time", "veteran", "elected", "de", "facto", "spiritual", "religious", "political",
        "parliamentary", "presidential", "defence", "team", "club", "squad", "national-team", "soul", "pop", "jazz",
        "gospel", "rock", "country", "legendary", "famous", "renowned", "award-winning", "emeritus", "press",
        "communications", "news", "bureau", "political", "business", "sports",
    ] + honorificWords)

    /// Courtesy titles: they may stand inside a title run ("Undersecretary for Education Mr. Toccafondi") but are
    /// no role of their own.
    private static let honorificWords = ["mr", "mrs", "ms", "mx", "messrs"]
    static let honorifics: Set<UInt64> = WordKey.set(honorificWords)

    /// "X, who is the chairman of Y", "X, who was a member of Y", "X, who serves as Y": a copula after "who"
    /// makes what follows an appositive.
    static let copulas: Set<UInt64> = WordKey.set(["is", "was", "remains", "became", "becomes"])
    static let serving: Set<UInt64> = WordKey.set(["serves", "served", "serving", "works", "worked", "acts", "acted"])

    /// What may follow "of" inside a title: "Secretary of State", "Minister of Education", "Chief of Staff".
    static let offices: Set<UInt64> = WordKey.set([
        "state", "education", "defense", "defence", "justice", "health", "staff", "finance", "foreign", "affairs",
        "interior", "homeland", "security", "labour", "labor", "transport", "transportation", "agriculture",
        "energy", "commerce", "treasury", "war", "police", "culture", "trade", "industry", "economy", "housing",
        "environment", "tourism", "information", "communications", "the", "exchequer",
    ])

    /// Words after a head that belong to the role: "editor at large", "editor in chief".
    static let headTails: [(UInt64, UInt64)] = [(WordKey.of("at"), WordKey.of("large")), (WordKey.of("in"), WordKey.of("chief"))]

    /// Prepositions that link a role to its organisation or place: "leader of", "spokesman for", "coach at".
    static let linkers: Set<UInt64> = WordKey.set(["of", "for", "at", "in", "with"])

    /// Titles of a newsroom or a firm whose place names the beat, not the employer: "North America editor",
    /// "Middle East correspondent", "Asia analyst".
    static let beatHeads: Set<UInt64> = WordKey.set([
        "editor", "correspondent", "reporter", "columnist", "writer", "analyst", "producer", "presenter",
        "commentator", "photographer", "chief", "bureau", "economist", "strategist",
    ])

    static func isTitleWord(_ key: UInt64) -> Bool { heads.contains(key) || modifiers.contains(key) }
}
