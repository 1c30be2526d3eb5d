import Foundation

/// Whether "he" or "she" can stand for a person of the article: from a courtesy title ("Mr. Reeves", "Ms."),
/// a word that names a man or a woman next to the name ("her mother, Fiona", "spokeswoman Jane Doe"), a pronoun
/// for the person in the same sentence ("Lorenz described it … a talk he gave"), or the given name.
enum Gender: UInt8 {
    case female, male
}

struct PersonGender {
    /// Gender by entity index, when the text or the name tells.
    private(set) var byEntity: [Int: Gender] = [:]

    private typealias G = GenderLexicon

    init(_ t: FactTokens, _ mentions: MentionIndex, sentences: [TextRange], quoted: (Int) -> Bool) {
        var votes: [Int: Int] = [:] // > 0 female, < 0 male
        func vote(_ e: Int, _ g: Gender, _ weight: Int) { votes[e, default: 0] += g == .female ? weight : -weight }

        for (k, e) in mentions.entities.enumerated() where e.type == .person {
            if let first = Self.givenName(e.name), let g = G.givenNames[first] { vote(k, g, 2) }
        }
        var s = 0
        var seen: [Int: Int] = [:]
        for m in mentions.entries where mentions.entities[m.entity].type == .person {
            // A dozen mentions tell as much as a thousand.
            seen[m.entity, default: 0] += 1
            guard seen[m.entity]! <= 12 else { continue }
            let first = t.index(atOrAfter: m.range.start)
            guard first < t.count, !quoted(m.range.start) else { continue }
            var last = first
            while last + 1 < t.count && t.end(last + 1) <= m.range.end { last += 1 }
            // "Mr. Reeves", "Ms Kim": a courtesy title inside the mention or right before it.
            for k in [first, first - 1, first - 2] where k >= 0 {
                if let g = G.titles[t.key(k)] { vote(m.entity, g, 3); break }
            }
            // "her mother, Fiona," / "spokeswoman Jane Doe" / "Hicks, a veteran herself and the wife of …".
            if let g = G.nouns[t.key(first - 1)] { vote(m.entity, g, 2) }
            if t.isMark(first - 1, ","), let g = G.nouns[t.key(first - 2)] { vote(m.entity, g, 2) }
            if t.isMark(last + 1, ",") {
                var k = last + 2
                if SpeechLexicon.determiners.contains(t.key(k)) { k += 1 }
                for j in k..<min(k + 3, t.count) {
                    if let g = G.nouns[t.key(j)] { vote(m.entity, g, 2); break }
                    if t.isClauseBreak(j) { break }
                }
            }
            // A pronoun later in the same sentence, when no other person is named between.
            while s < sentences.count && sentences[s].end <= m.range.start { s += 1 }
            guard s < sentences.count else { continue }
            var j = last + 1
            while j < t.count && j - last <= 16 && t.start(j) < sentences[s].end {
                if let other = mentions.starting(at: t.start(j)), mentions.entities[other.entity].type == .person,
                   other.entity != m.entity { break }
                if FactTokens.isQuoteMark(t.first(j)) && t.isPunctuation(j) { break }
                if let g = G.pronouns[t.key(j)] { vote(m.entity, g, 1); break }
                j += 1
            }
        }
        for (e, v) in votes where v != 0 { byEntity[e] = v > 0 ? .female : .male }
    }

    func gender(_ entity: Int) -> Gender? { byEntity[entity] }

    /// The first word of a name that is not a title: "Fiona" in "Fiona Parry", "Mark" in "Senator Mark Warner".
    static func givenName(_ name: String) -> UInt64? {
        for w in name.split(separator: " ") {
            let k = WordKey.of(String(w).trimmingCharacters(in: CharacterSet(charactersIn: ".")))
            if G.titles[k] != nil || RoleLexicon.isTitleWord(k) { continue }
            return k
        }
        return nil
    }
}

/// The words that tell a man from a woman, and the given names that do (US Census 1990, names used mostly for one
/// sex: Resources/Gazetteers/given-name-genders.tsv).
enum GenderLexicon {
    static let titles: [UInt64: Gender] = WordKey.table([
        ("mr", .male), ("sir", .male), ("lord", .male), ("king", .male), ("prince", .male), ("duke", .male),
        ("messrs", .male), ("mrs", .female), ("ms", .female), ("miss", .female), ("dame", .female), ("lady", .female),
        ("queen", .female), ("princess", .female), ("duchess", .female), ("madam", .female), ("mme", .female),
    ])

    static let nouns: [UInt64: Gender] = WordKey.table([
        ("father", .male), ("husband", .male), ("son", .male), ("brother", .male), ("grandfather", .male),
        ("uncle", .male), ("nephew", .male), ("widower", .male), ("boyfriend", .male), ("man", .male), ("boy", .male),
        ("actor", .male), ("spokesman", .male), ("chairman", .male), ("congressman", .male), ("businessman", .male),
        ("councilman", .male), ("assemblyman", .male), ("himself", .male), ("king", .male), ("prince", .male),
        ("mother", .female), ("wife", .female), ("daughter", .female), ("sister", .female), ("grandmother", .female),
        ("aunt", .female), ("niece", .female), ("widow", .female), ("girlfriend", .female), ("woman", .female),
        ("girl", .female), ("actress", .female), ("spokeswoman", .female), ("chairwoman", .female),
        ("congresswoman", .female), ("businesswoman", .female), ("councilwoman", .female), ("assemblywoman", .female),
        ("herself", .female), ("queen", .female), ("princess", .female), ("mom", .female), ("mum", .female),
        ("dad", .male),
    ])

    static let pronouns: [UInt64: Gender] = WordKey.table([
        ("he", .male), ("him", .male), ("his", .male), ("himself", .male),
        ("she", .female), ("her", .female), ("hers", .female), ("herself", .female),
    ])

    /// Read in place from the compiled resources (`CompiledResources`).
    static let givenNames: GivenNameGenders = GivenNameGenders(image: CompiledResources.shared)
        ?? GivenNameGenders(image: CompiledResources.fromSources)!

    /// The list's text parsed: given name key (`WordKey`) to gender.
    static func parseGivenNames(_ text: String) -> [UInt64: Gender] {
        var out: [UInt64: Gender] = [:]
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t")
            guard f.count == 2 else { continue }
            out[WordKey.of(String(f[0]))] = f[1] == "F" ? .female : .male
        }
        return out
    }
}

/// Given name (`WordKey`) to the sex it is mostly given to, as a compiled table of one byte per name.
struct GivenNameGenders: Sendable {
    private let table: CompiledKeyTable
    private let bytes: ResourceBytes

    init?(image: ResourceImage) {
        guard let table = image.section("GNDR").flatMap(CompiledKeyTable.init), table.valueSize == 1 else { return nil }
        self.table = table
        self.bytes = image.bytes
    }

    var count: Int { table.count }

    subscript(_ key: UInt64) -> Gender? { table.index(key).flatMap { Gender(rawValue: table.byte($0)) } }

    static func section(_ names: [UInt64: Gender]) -> (tag: String, bytes: [UInt8]) {
        ("GNDR", CompiledKeyTable.encode(names.map { (key: $0.key, value: [$0.value.rawValue]) }, valueSize: 1))
    }
}
