/// The small closed word lists of the entity rules, as key sets (see `NameKey`): titles that precede a
/// person's name, head nouns that make a name an organisation or a place, words around a name that hint
/// at its type, and the particles that may sit inside a name.
enum EntityVocabulary {
    static func keys(_ words: String) -> Set<UInt64> {
        Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { NameKey.word(String($0)) })
    }

    /// Titles before a name: "Lt. Gen. Herzi Halevi", "Prime Minister Benjamin Netanyahu".
    static let titles = keys("""
        president vice prime minister secretary chancellor premier king queen prince princess emperor empress pope
        sheikh sheik ayatollah imam rabbi cardinal bishop archbishop reverend rev pastor senator sen congressman
        congresswoman rep representative governor gov mayor judge justice chief commander ambassador envoy
        spokesman spokeswoman spokesperson coach captain capt lord lady sir dame mr mrs ms miss dr doctor prof
        professor colonel col major maj lieutenant lt general gen sergeant sgt admiral adm marshal corporal cpl
        private pvt officer detective det inspector sheriff deputy director chairman chairwoman ceo founder
        speaker attorney counsel administrator superintendent commissioner brigadier president-elect vice-president
        secretary-general chief-of-staff emir sultan crown queen-mother rector provost chef sister brother
        """)
    /// Words that join a title but are not one alone: "Foreign Minister", "Acting President", "Former Judge".
    static let titleModifiers = keys("""
        foreign defense defence interior finance health education trade economy opposition acting former late
        deputy assistant associate executive national senior junior first lead grand field supreme high emeritus
        special
        """)
    /// Lowercase nouns after a leader's surname: "the Obama administration", "the Trump campaign".
    static let leadersNouns = keys("administration campaign presidency premiership era years government cabinet")
    /// Words that sit before a name without being part of it: "Former Labour Party leader".
    static let nameModifiers = keys("former late acting current then incoming outgoing interim ex top senior junior")
    /// Lowercase role words before a name: "team member Rodaba Noori", "coach Alireza Mehraban".
    static let lowercaseRoles = keys("""
        president minister secretary chancellor premier king queen prince pope senator governor mayor judge
        ambassador spokesman spokeswoman spokesperson coach captain leader member director chairman chairwoman
        ceo founder author writer actor actress singer player striker goalkeeper manager officer lawyer attorney
        father mother son daughter wife husband brother sister uncle aunt colleague friend journalist reporter
        correspondent editor professor scientist researcher student teacher artist rapper musician candidate
        activist spokesperson analyst economist pilot driver administrator named dubbed nicknamed
        """)
    /// Last words that make a name an organisation: "Palestinian Health Ministry", "Israeli Defense Forces".
    static let organizationHeads = keys("""
        ministry department forces force army navy police party university college school academy institute
        institution council committee commission agency authority bureau office service services association
        federation union league society foundation fund trust bank company corporation corp corp. inc inc. ltd
        ltd. llc plc co co. group organization organisation court parliament assembly congress senate church
        movement front brigade brigades guard corps network news times post journal press tribune herald gazette
        telegraph magazine radio tv television channel airlines airways motors industries laboratories labs
        systems technologies communications media studios records team club fc coalition alliance board
        administration government cabinet secretariat caucus command unit regiment battalion division directorate
        observatory consortium conference commissions committees ministries departments agencies councils org
        research solutions partners holdings ventures software entertainment pictures productions publishing
        publishers analytics consulting pharmaceuticals therapeutics robotics aerospace electronics insurance
        securities investments logistics energy weekly daily campaign
        universiteit universität universitat université universidad università universidade hochschule
        akademie academia institut instituto istituto bibliotheek bibliothèque biblioteca
        """)
    /// First words that make a name a place: "Lake Erie", "Fort Lee", "Mount Talau", "Piazza Navona".
    static let leadingPlaceHeads = keys("""
        lake mount mt fort port cape isle camp lago monte mont rio río piazza plaza praça rue calle avenida rua
        """)
    /// First words that make a name an organisation, mostly other languages' heads: "Instituto Gonzaga".
    static let leadingOrganizationHeads = keys("""
        instituto istituto institut université universite universidad università universita universität
        universitat universidade colegio liceo lycée lycee escola escuela banco banca partido partito parti
        universiteit academia école ecole bibliotheek bibliothèque biblioteca
        """)
    /// Last words of an award's name: "the Nobel Prize", "a BAFTA Award", "the Royal Gold Medal".
    static let awardHeads = keys("award awards prize prizes medal medals trophy fellowship scholarship")
    /// Lowercase words right before a name that make it an organisation: "localist group Youngspiration".
    static let organizationCues = keys("""
        group party company firm band newspaper broadcaster network agency outlet carrier airline retailer
        charity union club team militia movement organization organisation startup magazine publisher studio
        label brand manufacturer automaker carmaker bank insurer conglomerate
        """)
    /// Prepositions, articles and conjunctions: capitalised by a line run into the next, they end no name.
    static let functionWords = keys("in on at for from by with the and or but to of as if when after before see")
    /// Last words that make a name a place: "Gaza City", "Constitution Hall", "Red Sea".
    static let placeHeads = keys("""
        city county province river lake mountain mountains mount island islands bay gulf sea ocean valley desert
        peninsula strait canal coast beach park square street avenue ave road boulevard bridge airport station
        stadium arena hall palace castle cathedral tower hill hills heights falls forest region district village
        town camp port harbour harbor plaza building temple mosque prison base crossing refuge reserve
        highway lane drive kingdom republic territory territories state's oblast prefecture governorate museum
        planetarium memorial monument complex facility towers theatre theater zoo gallery cemetery aquarium
        hospital blvd terrace expressway freeway turnpike motorway parkway plateau swamp marsh minster canyon
        creek glacier reef atoll cove fjord lagoon wharf pier quay marina voivodeship voivodship
        """)
    /// Head nouns that name a place unless an institution word comes before them (see `headType`).
    static let ambiguousPlaceHeads = keys("center centre district")
    /// Words before an ambiguous head that make the name an institution: "Pew Research Center".
    static let institutionModifiers = keys("""
        research policy study studies law legal rights information resource resources data news press media
        development innovation learning training counseling counselling
        """)
    /// Lowercase words right after a name that make it an organisation: "Otzma Yehudit party".
    static let organizationFollowers = keys("""
        party movement group militia organization organisation company firm faction coalition network agency
        alliance brigade brigades ministry union council committee newspaper magazine channel broadcaster
        university college bank television radio tv newspaper daily
        """)
    /// Lowercase words right after a name that make it a place: "Jenin camp", "Hudson river".
    static let placeFollowers = keys("""
        city town village province region district county state river lake island mountains camp valley
        """)
    /// Verbs right after a name that suggest a person (or, less often, an organisation): "Smith said".
    static let speechVerbs = keys("""
        said says told added explained stated argued wrote noted claimed asked replied insisted admitted warned
        believes thinks recalled announced testified tweeted posted acknowledged confirmed denied urged
        """)
    /// Prepositions before a name that suggest a place: "in Jenin", "from Kabul".
    static let placePrepositions = keys("in near from across outside inside throughout via toward towards into")
    /// Words that may sit inside a name when a head noun precedes: "Bank of England", "Daughters of the ...".
    static let connectors = keys("of the for on")
    /// Particles of personal and place names: "Ludwig van Beethoven", "Osama bin Laden".
    static let particles = keys("de del della di da das dos du van von der den bin ibn al el la le ter ben abu")
    /// Capitalised words that are never names: months and days are dates (with their plurals and short forms);
    /// pronoun "I"; degrees ("Ph.D."); languages that are no people's name ("Latin", "Mandarin").
    static let nonNames = keys("""
        january february march july september october november december monday tuesday wednesday thursday
        friday saturday sunday i i'm i've i'd i'll ok okay
        mondays tuesdays wednesdays thursdays fridays saturdays sundays feb aug sept oct nov dec ph phd
        latin hebrew esperanto sanskrit swahili mandarin cantonese yiddish hindi urdu tagalog farsi pashto dari
        amharic gaelic creole
        """)
    /// Capitalised acronyms and abbreviations that name no entity: formats, time zones, titles, things.
    static let nonNameAcronyms = keys("""
        html xml css url http https www pdf gmt utc est edt pst pdt cst cdt cet bst ist vip ceo cfo coo cto tv dvd
        cd pc gps usb ai vr ar id faq diy dna rna hiv covid sars potus flotus ufo lgbt lgbtq cctv suv iq phd mba
        atm gdp api sms mvp dj rsvp asap fyi tba tbd aka eta rpm mph ad bc bce ce ok led lcd gis
        mp mps mep meps msp msps ceos
        usd eur gbp jpy cny rmb inr dkk sek nok chf cad aud nzd hkd sgd krw rub brl mxn zar
        """)
    /// Last words that make a name an event or a day, which Lede does not type: "World War II" ends in a
    /// numeral, so `EventNames` looks for these before it; "Waitangi Day", "Cold War", "Edinburgh Festival".
    static let eventHeads = keys("war wars olympics paralympics festival day")
    /// Religions, rites and feasts: capitalised, but not a person, organisation or place ("the Hajj",
    /// "Islam's holiest site", "during Ramadan"). Only a whole one-word name counts ("Johnnie Christmas" is a person).
    static let beliefsAndFeasts = keys("""
        islam christianity judaism hinduism buddhism sikhism jainism taoism shinto confucianism zoroastrianism
        catholicism protestantism orthodoxy atheism agnosticism paganism hajj umrah ramadan eid
        christmas easter lent advent pentecost passover hanukkah chanukah diwali holi vesak sabbath shabbat
        kwanzaa thanksgiving halloween
        """)
    /// Kinds of work whose title may follow: "the film Star Wars", "the series Doctor Who".
    static let workCues = keys("""
        film films movie movies thriller comedy documentary game games videogame book books novel novels memoir
        series sitcom show programme album albums song songs single play musical opera comic comics manga anime
        franchise app
        """)
    /// Award titles: "Man of the Match", "Player of the Year", "Rookie of the Season".
    static let awardPersons = keys("man woman player person rookie coach manager goal team athlete driver")
    static let awardOccasions = keys("match year season month game tournament series week day decade century")
    /// Labels of captions and credit lines: "Image: Twitter".
    static let captionLabels = keys("image images photo photos picture pictures credit credits video source file")
    /// Second parts that make a hyphenated name an adjective: "Scientology-related", "US-led", "Beijing-based".
    static let compoundTails = keys("""
        related based led backed born owned funded linked made controlled style era critic friendly like
        sponsored allied affiliated oriented centric speaking inspired bound
        """)
    /// Prefixes that make a capitalised hyphenated word an adjective or common noun: "Pro-Beijing", "Co-founder".
    static let compoundPrefixes = keys("pro anti pan co ex non post pre neo mid self semi multi inter intra")
    /// Kinds of craft; a name right after one is a vessel's: "Space Shuttle Columbia", "the shuttle Endeavour".
    static let vehicleCues = keys("""
        shuttle shuttles orbiter orbiters spacecraft spaceship ship ships vessel yacht submarine rocket rover
        probe capsule airship uss hms
        """)
    /// Months that double as first names ("April Ryan", "June Carter"): names only before another capital.
    static let nameMonths = keys("april may june august")
    /// Function words and sentence adverbs that open sentences but never names.
    static let sentenceOpeners = keys("""
        however despite meanwhile after before when whenever if but and or nor yet although though while whilst
        since because during under with without within in on at for from by as so then now also still today
        yesterday tomorrow last next this that these those some many most all both each every other another such
        no not only even instead thus hence therefore moreover furthermore indeed perhaps unlike like following
        according until unless once where whereas why how what which who whom whose there here it its his her
        their our my your we they he she you one two three several few more less much what's
        """)
    /// Words that a capitalised mention must not start with, even mid-sentence ("The", "A").
    static let articles = keys("the a an")
}
