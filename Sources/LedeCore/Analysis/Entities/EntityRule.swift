/// The named rules of entity recognition, so that `lede analyze --explain` can say which one found a name's
/// span and which clues voted for its type, and a newcomer can find the rule to change by its name.
///
/// Two kinds: *span rules* say how a candidate's stretch of words was found (each candidate has exactly one);
/// *cues* are the type clues that voted for it (any number; they are also features of the learned models).
/// The raw values are stable bit positions of `RuleSet`; add new rules at the end of their kind's block.
enum EntityRule: UInt8, CaseIterable, Sendable {
    // MARK: span rules (CandidateFinder passes; the pass name is the prefix)
    /// The longest gazetteer match: "United States", "Israeli".
    case knownName = 0
    /// A known place or people, then a name ending in a head noun, is one organisation: "Israeli Defense Forces".
    case knownWithHead
    /// A city and a plural nickname: "Pittsburgh Pirates".
    case teamName
    /// A given name and a one-word known place: "George Washington", "Barack Obama".
    case givenNameAndPlace
    /// A run of capitalised words with no list entry: "Herzi Halevi".
    case nameRun
    /// A name with a head noun before a connector, or merged over "of": "University of Copenhagen".
    case headedName
    /// An institution's name and then a person's, split: "Council on American-Islamic Relations | Alia Salem".
    case institutionThenPerson
    /// A lone common word opening a sentence that may be a surname ("King said"): kept only to join a person.
    case sentenceInitialSurname
    /// In a Title Case heading, common words ending in a head noun: "Alvin Yeung of Civic Party".
    case headingInstitution
    /// In a Title Case heading, a stretch of uncommon capitalised words.
    case headingName
    /// A craft's name after "Space Shuttle", "USS", "the shuttle": dropped with its other mentions.
    case vesselName
    /// A work's title after "the film", "the series": dropped with its other mentions.
    case workTitle
    /// Written elsewhere with a common first word that a sentence start dropped: "Civil Defense Authority".
    case restoredWord
    /// Found by the learned name tagger where no rule found that span (`TaggerMerge`).
    case taggerSpan

    // MARK: type cues
    /// A gazetteer entry for the whole name.
    case gazetteer = 32
    /// A place that is also a person's name, or a small town: a weak gazetteer clue.
    case weakGazetteer
    /// A title right before the name: "Lt. Gen.", "Prime Minister", "Senator".
    case titleBefore
    /// "the Obama administration", "the Trump campaign".
    case leadersNoun
    /// The last word is an organisation head noun: "Ministry", "Party", "Airlines".
    case organizationHead
    /// The last word is a place head noun: "City", "River", "Airport".
    case placeHead
    /// A place head first: "Lake Erie", "Fort Lee".
    case leadingPlaceHead
    /// An organisation head first, mostly other languages: "Instituto Gonzaga".
    case leadingOrganizationHead
    /// An organisation head inside the name: "Major League Baseball".
    case innerOrganizationHead
    /// A lowercase role word before: "coach Alireza Mehraban", "team member".
    case roleBefore
    /// A lowercase kind of organisation before: "the retailer Target", "localist group Youngspiration".
    case organizationCueBefore
    /// A place preposition before: "in", "from", "near".
    case placePreposition
    /// "according to X".
    case accordingTo
    /// A word after that follows organisations: "spokesman", "officials", "shares".
    case organizationFollower
    /// A word after that follows places: "province", "residents".
    case placeFollower
    /// A speech verb after: "said", "told".
    case speechVerbAfter
    /// ", who" after.
    case whoAfter
    /// An author in a citation: "Quilis (1964)", "et al.".
    case citation
    /// A listed given name first in a name of two or more words.
    case givenNameFirst
    /// A listed surname last in a name of two or more words.
    case surnameLast
    /// Two or more capitalised words and nothing else: news writes these mostly for people.
    case multiWordName
    /// One word in capitals: an acronym.
    case acronymShape
    /// One word that is a listed surname.
    case loneSurname
    /// Listed with known names of one kind: "Ubisoft, Microsoft, and PlayStation VR".
    case listNeighbour
    /// An acronym before its bracketed expansion with a head noun: "CEI (Italian Episcopal Conference)".
    case acronymExpansion
    /// A head noun's type for a name built around it ("X of Y", known name + head).
    case nameHead
    /// A team named after its city: "Pittsburgh Pirates".
    case teamHead
    /// In a sports report, a country or city that plays as a side is its team (`TeamReading`).
    case sportsSide
    /// The learned name tagger's type for the span.
    case taggerType

    /// The name shown by `--explain` and used in the model files.
    var name: String {
        switch self {
        case .knownName: "known-name"
        case .knownWithHead: "known-name+head"
        case .teamName: "team-name"
        case .givenNameAndPlace: "given-name+place"
        case .nameRun: "name-run"
        case .headedName: "headed-name"
        case .institutionThenPerson: "institution-then-person"
        case .sentenceInitialSurname: "sentence-initial-surname"
        case .headingInstitution: "heading-institution"
        case .headingName: "heading-name"
        case .vesselName: "vessel-name"
        case .workTitle: "work-title"
        case .restoredWord: "restored-word"
        case .taggerSpan: "tagger-span"
        case .gazetteer: "gazetteer"
        case .weakGazetteer: "weak-gazetteer"
        case .titleBefore: "title-before"
        case .leadersNoun: "leaders-noun"
        case .organizationHead: "organization-head"
        case .placeHead: "place-head"
        case .leadingPlaceHead: "leading-place-head"
        case .leadingOrganizationHead: "leading-organization-head"
        case .innerOrganizationHead: "inner-organization-head"
        case .roleBefore: "role-before"
        case .organizationCueBefore: "organization-cue-before"
        case .placePreposition: "place-preposition"
        case .accordingTo: "according-to"
        case .organizationFollower: "organization-follower"
        case .placeFollower: "place-follower"
        case .speechVerbAfter: "speech-verb-after"
        case .whoAfter: "who-after"
        case .citation: "citation"
        case .givenNameFirst: "given-name-first"
        case .surnameLast: "surname-last"
        case .multiWordName: "multi-word-name"
        case .acronymShape: "acronym-shape"
        case .loneSurname: "lone-surname"
        case .listNeighbour: "list-neighbour"
        case .acronymExpansion: "acronym-expansion"
        case .nameHead: "name-head"
        case .teamHead: "team-head"
        case .sportsSide: "sports-side"
        case .taggerType: "tagger-type"
        }
    }

    var isSpanRule: Bool { rawValue < 32 }

    /// Type cues only, in declaration order (the feature extractors read them).
    static let cues: [EntityRule] = allCases.filter { !$0.isSpanRule }
}

/// A set of `EntityRule`s as two 64-bit words: no allocation, and `+=` on votes unions them.
struct RuleSet: Equatable, Sendable {
    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0

    @inline(__always)
    mutating func insert(_ r: EntityRule) {
        let b = Int(r.rawValue)
        if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
    }

    @inline(__always)
    func contains(_ r: EntityRule) -> Bool {
        let b = Int(r.rawValue)
        return b < 64 ? low & (1 << UInt64(b)) != 0 : high & (1 << UInt64(b - 64)) != 0
    }

    mutating func formUnion(_ o: RuleSet) {
        low |= o.low
        high |= o.high
    }

    var isEmpty: Bool { low == 0 && high == 0 }

    /// The rules in the set, in declaration order.
    var rules: [EntityRule] { EntityRule.allCases.filter { contains($0) } }
}
