/// Verbs of saying and reporting, and the words around them that attribution and quote finding need.
enum SpeechLexicon {
    /// Verbs that attribute a claim to their subject whatever follows: "police said", "officials told".
    static let verbs: Set<UInt64> = WordKey.set([
        "said", "says", "told", "tells", "reported", "stated", "confirmed", "confirms",
        "claimed", "estimated", "alleged", "alleges", "warned", "warns", "insisted", "insists", "wrote", "tweeted",
        "testified", "denied", "denies", "predicted", "predicts", "acknowledged",
        "acknowledges", "admitted", "admits", "argued", "argues", "contended", "asserted", "disclosed",
        "conceded", "concedes", "cautioned", "cautions", "countered", "counters", "instructed", "divulged",
    ])

    /// Verbs that attribute a claim only when a clause follows ("added that", "noted,"): "adds another layer"
    /// and "recent reports" are no attributions.
    static let weakVerbs: Set<UInt64> = WordKey.set([
        "added", "adds", "noted", "notes", "continued", "continues", "explained", "explains", "revealed", "reveals",
        "indicated", "indicates", "showed", "shows", "suggested", "suggests", "concluded", "concludes", "believes",
        "believed", "maintained", "maintains", "stressed", "stresses", "emphasised", "emphasized", "observed",
        "reports", "report", "claims", "claim", "estimates", "states", "say", "agreed", "agrees", "replied",
        "responded", "recalled", "commented", "remarked", "wrote", "writes", "posted", "announced", "announces",
        // "declared martial law", "think it over": a claim only with its clause.
        "declared", "declares", "think", "thinks", "believe", "recalls", "recall", "described", "describes",
        "vowed", "vows", "reasoned", "reasons", "describe", "theorized", "theorised", "speculated", "pointed",
        "points",
    ])

    /// Verbs whose subject's words a quote inside their clause gives: "said he was “appalled”", "called the debt
    /// “the transcendent issue of our era”", "vowed that the country would be “merciless”", "saying they
    /// “stemmed from the urgency”".
    static let fragmentVerbs: Set<UInt64> = verbs.union(weakVerbs).union(quoteVerbs).union(WordKey.set([
        "called", "calls", "calling", "described", "describes", "describing", "dubbed", "branded", "promised",
        "pledged", "condemned", "praised", "hailed", "criticized", "criticised", "slammed", "decried", "denounced",
        "reaffirmed", "affirmed", "termed", "characterized", "characterised", "noting", "warning", "arguing",
        "insisting", "claiming", "describing", "admitting", "conceding", "vowing", "urging", "stressing",
        "explaining", "suggesting", "recalling", "acknowledging", "reasoned", "describe", "pointed", "points",
    ]))

    /// Forms of verbs of saying that are also plural nouns: "the explanatory notes", "local news reports".
    static let nounForms: Set<UInt64> = WordKey.set([
        "notes", "reports", "claims", "states", "estimates", "shows", "comments", "remarks", "statements",
        "points", "warnings", "writes", "tells", "indicates", "suggests", "responses", "replies", "concludes",
    ])

    /// Lowercase nouns that put a name after them in apposition: "the Internet security firm Secunia.com",
    /// "whale rescue group Project Jonah".
    static let appositiveHeads: Set<UInt64> = WordKey.set([
        "firm", "company", "group", "agency", "organisation", "organization", "website", "site", "magazine",
        "newspaper", "paper", "network", "broadcaster", "charity", "party", "union", "startup", "maker", "retailer",
        "chain", "outlet", "publication", "service", "app", "blog", "agency", "institute", "thinktank", "tank",
        "association", "coalition", "movement", "foundation", "consultancy", "giant", "operator", "provider",
        "developer", "publisher", "studio", "label", "band", "team", "club", "station", "channel", "newsletter",
    ])

    /// Words before a subject that leave no one to attribute to: "no group claimed", "neither side said".
    static let noSourceBefore: Set<UInt64> = WordKey.set(["no", "neither", "nor", "any", "not"])

    /// Subjects that are no one in particular: "nobody said", "some say", "few would argue".
    static let noSource: Set<UInt64> = WordKey.set([
        "no", "nobody", "none", "noone", "neither", "nor", "any", "anyone", "anybody", "everyone", "everybody",
        "someone", "somebody", "few", "some", "many", "most", "others", "all", "both", "each",
    ])

    /// Nouns after a person's name that make the name a modifier, not the subject: "the Obama administration",
    /// "the Netanyahu government".
    static let modifierHeads: Set<UInt64> = WordKey.set([
        "administration", "government", "campaign", "family", "team", "camp", "aides", "era", "presidency", "regime",
        "cabinet", "allies", "supporters", "foundation", "estate",
    ])

    /// Subject pronouns that open a reported clause without "that": "elders say they are not listened to".
    static let clauseSubjects: Set<UInt64> = WordKey.set(["he", "she", "they", "it", "we", "i", "there"])

    /// Heads of a definite description that stands for an organisation the article names: "the company said".
    static let organisationHeads: Set<UInt64> = WordKey.set([
        "company", "firm", "agency", "ministry", "department", "group", "organisation", "organization", "party",
        "council", "committee", "union", "bank", "newspaper", "paper", "magazine", "network", "broadcaster",
        "website", "airline", "club", "team", "court", "board", "commission", "authority", "retailer", "chain",
        "carrier", "manufacturer", "maker", "charity", "institute", "university", "foundation", "office",
    ])

    /// Capitalised words that head an organisation's name and may take an "of", "on", "for" or "and" inside it:
    /// "Joint Committee on Intelligence and Security", "Council on Foreign Relations".
    static let nameHeads: Set<UInt64> = WordKey.set([
        "committee", "council", "department", "ministry", "institute", "center", "centre", "association", "office",
        "bureau", "board", "agency", "commission", "society", "union", "foundation", "school", "university",
        "academy", "court", "party", "organisation", "organization", "federation", "authority", "service", "league",
        "conference", "fund", "bank", "alliance", "coalition", "network", "forum", "corporation", "company",
    ])

    /// Documents that speak for whoever issued them: "according to the statement".
    static let documents: Set<UInt64> = WordKey.set(["statement", "release", "letter", "memo", "communique", "notice"])

    /// Days and times that may stand where a subject would: "from Friday theorized", "said Thursday".
    static let timeWords: Set<UInt64> = WordKey.set([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
        "tomorrow", "earlier", "later", "recently", "now", "then",
    ])

    /// Nouns for people, that "who" may follow: "the source, who said".
    static let personNouns: Set<UInt64> = WordKey.set([
        "source", "sources", "official", "officials", "witness", "witnesses", "resident", "residents", "person",
        "people", "man", "woman", "men", "women", "friend", "neighbour", "neighbor", "relative", "employee", "worker",
        "workers", "student", "students", "parent", "parents", "victim", "victims", "survivor", "survivors",
        "insider", "insiders", "diplomat", "diplomats", "expert", "experts", "analyst", "analysts",
    ])

    /// Singular nouns that name a group and so a source by themselves: "police said".
    static let collectives: Set<UInt64> = WordKey.set([
        "police", "government", "military", "army", "staff", "management", "media", "press", "public", "family",
        "crew", "security", "personnel", "people", "leadership", "opposition", "prosecution", "defence", "defense",
        "parliament", "congress", "cabinet",
    ])

    /// Words that open a reported clause after a weak verb: "added that", "noted what", "explained how".
    static let clauseOpeners: Set<UInt64> = WordKey.set(["that", "what", "how", "whether", "why"])

    /// Words that start a short phrase of time or place between a verb and its clause: "announced on Friday that".
    static let clauseLeads: Set<UInt64> = WordKey.set([
        "on", "in", "at", "during", "yesterday", "today", "last", "this", "earlier", "late", "tonight",
    ])

    /// Verbs whose right-hand phrase is their object, not an inverted subject: "told reporters".
    static let objectVerbs: Set<UInt64> = WordKey.set(["told", "tells", "tell", "asked", "asks", "urged", "warned"])

    /// Verbs that introduce a direct quote (a subset; "believes" or "showed" do not quote anyone).
    static let quoteVerbs: Set<UInt64> = WordKey.set([
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "stated", "states", "wrote",
        "writes", "tweeted", "tweets", "posted", "declared", "declares", "explained", "explains", "replied",
        "replies", "answered", "continued", "continues", "remarked", "noted", "notes", "insisted", "insists",
        "warned", "warns", "argued", "argues", "recalled", "commented", "acknowledged", "admitted", "responded",
        "announced", "announces", "urged", "claimed", "claims", "saying", "adding", "telling", "writing",
        "joked", "exclaimed", "shouted", "wrote", "concluded", "stressed", "emphasised", "emphasized", "instructed",
        "reasoned", "reasons", "written", "recalls",
        "vowed", "conceded", "cautioned", "countered", "quipped", "mused", "pleaded", "demanded", "wondered",
        "declared", "noting", "warning",
    ])

    /// Participles of saying that trail a clause: "…, saying “…”".
    static let participles: Set<UInt64> = WordKey.set([
        "saying", "adding", "telling", "writing", "noting", "warning", "arguing", "insisting", "claiming", "calling",
        "describing", "admitting", "conceding", "vowing", "urging", "stressing", "explaining", "suggesting",
        "recalling", "acknowledging",
    ])

    /// Personal pronouns: a speaker or source to resolve, not a name.
    static let personalPronouns: Set<UInt64> = WordKey.set(["he", "she"])
    static let otherPronouns: Set<UInt64> = WordKey.set(["they", "we", "i", "it", "you", "who", "one", "which"])

    /// Words between a subject and its verb of saying: "police also said", "officials have previously said".
    static let adverbs: Set<UInt64> = WordKey.set([
        "also", "later", "previously", "earlier", "further", "then", "had", "has", "have", "subsequently",
        "reportedly", "initially", "first", "separately", "publicly", "privately", "recently", "once", "again",
        "repeatedly", "twice", "thrice", "would", "will", "officially", "yesterday", "today", "now", "never", "not", "always",
        "still", "did", "does", "do", "may", "might", "could", "should",
    ])

    /// Auxiliaries that make "said" or "told" passive: "is said to", "was told".
    static let passives: Set<UInt64> = WordKey.set(["is", "are", "was", "were", "be", "been", "being"])

    /// Words that end a subject phrase when reading leftwards from the verb.
    static let subjectStops: Set<UInt64> = WordKey.set([
        "that", "which", "who", "whom", "and", "but", "or", "as", "when", "while", "because", "if", "after",
        "before", "since", "although", "though", "where", "so", "than", "what", "how", "why", "whether", "to",
        "with", "by", "for", "on", "in", "at", "from", "into", "about", "against", "during", "per", "not",
        "is", "are", "was", "were", "has", "have", "had", "be", "been", "this", "these", "those", "there", "here",
    ])

    /// Words that may lead a subject phrase: kept when reading leftwards, then the phrase stops.
    static let determiners: Set<UInt64> = WordKey.set([
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "some", "several", "many", "two",
        "three", "other", "local", "senior",
    ])
}
