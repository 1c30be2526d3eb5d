import Foundation

/// The name lists behind entity recognition, loaded once from the package's Gazetteers resources.
///
/// Names are stored by key (see `NameKey`): `phrases` maps a whole name (one or more words) to what it is,
/// `prefixes` holds every proper prefix of a multi-word name so a longest-match scan knows when to stop,
/// and `words` carries per-word facts (a common English word, a first name, a surname).
/// The lists and their sources are described in Resources/Gazetteers/ATTRIBUTION.md; `.tools/make-gazetteers.py`
/// regenerates them.
final class Gazetteer: Sendable {
    /// What a gazetteer name is.
    struct Entry: Sendable {
        var type: EntityType
        /// Index into `names`: the name as the list spells it ("Israel" for "Is-rael").
        var name: Int32
        /// For a group, index into `names` of its canonical plural ("Israelis"); otherwise -1.
        var groupName: Int32
        /// For a group, index into `names` of the place it belongs to ("Israel"); otherwise -1.
        var place: Int32
        /// A place that is also a person's name ("Jackson"): a weak clue only.
        var ambiguous = false
        /// A town of under 100,000 people ("Obama", Japan): a person's surname met in full wins over it.
        var minor = false

        /// An acronym of two or three capitals ("WHO", "IDF"): it only matches a word written in capitals.
        var shortAcronym = false

        /// Skeleton phrase key of the canonical name: mentions with this key are one entity (`EntityLinker`), so
        /// "UK" meets "United Kingdom" and an unlisted mention spelled like the canonical name.
        var key: UInt64 = 0

        /// May a person's surname claim this name ("Obama" after "Barack Obama")?
        var yieldsToSurname: Bool { ambiguous || minor }
    }

    struct WordFlags: OptionSet, Sendable {
        let rawValue: UInt8
        static let common = WordFlags(rawValue: 1)
        static let firstName = WordFlags(rawValue: 2)
        static let surname = WordFlags(rawValue: 4)
    }

    let phrases: [UInt64: Entry]
    /// The same names keyed by skeleton, for obfuscated spellings.
    let skeletons: [UInt64: Entry]
    let prefixes: Set<UInt64>
    let words: [UInt64: WordFlags]
    let names: [String]
    let longestPhrase: Int

    /// Loaded on first use; Swift runs a static initializer exactly once, thread-safely.
    static let shared = Gazetteer(bundle: Bundle.module)

    init(bundle: Bundle) {
        var phrases: [UInt64: Entry] = [:]
        var skeletons: [UInt64: Entry] = [:]
        var prefixes = Set<UInt64>()
        var words: [UInt64: WordFlags] = [:]
        var names: [String] = []
        var nameIndex: [String: Int32] = [:]
        var longest = 1

        func intern(_ s: String) -> Int32 {
            if let k = nameIndex[s] { return k }
            let k = Int32(names.count)
            names.append(s)
            nameIndex[s] = k
            return k
        }
        func lines(_ file: String) -> [Substring] {
            guard let folder = bundle.url(forResource: "Gazetteers", withExtension: nil),
                  let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            else { return [] }
            return text.split(separator: "\n", omittingEmptySubsequences: true)
        }
        var canonicalKeys: [Int32: UInt64] = [:]
        /// The skeleton keys of a name's words chained, as `EntityLinker.key` computes them for a mention.
        func canonicalKey(_ index: Int32) -> UInt64 {
            if let k = canonicalKeys[index] { return k }
            let s = Array(names[Int(index)].unicodeScalars)
            var h = NameKey.phraseSeed
            for t in Tokenizer.tokenize(s) where t.kind == .word {
                h = NameKey.extend(h, NameKey.word(s, t.range.start, t.range.end).skeleton)
            }
            canonicalKeys[index] = h
            return h
        }
        func add(_ name: String, _ entry: Entry) {
            var entry = entry
            entry.key = canonicalKey(entry.name)
            let s = Array(name.unicodeScalars)
            let tokens = Tokenizer.tokenize(s)
            guard !tokens.isEmpty else { return }
            var key = NameKey.phraseSeed, skel = NameKey.phraseSeed
            for (n, t) in tokens.enumerated() {
                if n > 0 { prefixes.insert(key) }
                let w = NameKey.word(s, t.range.start, t.range.end)
                key = NameKey.extend(key, w.folded)
                skel = NameKey.extend(skel, w.skeleton)
            }
            longest = max(longest, tokens.count)
            // The first list to claim a name wins: organisations and groups are added before places.
            if phrases[key] == nil { phrases[key] = entry }
            if skeletons[skel] == nil { skeletons[skel] = entry }
        }

        // Written form, canonical name, "ambiguous" for a one-word form that is also a person's name ("Ford").
        for line in lines("organizations.tsv") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            let n = String(f[0])
            let canonical = f.count > 1 && !f[1].isEmpty ? String(f[1]) : n
            let letters = n.unicodeScalars.filter { ScalarClass.isLetter($0) }
            let acronym = (2...3).contains(letters.count) && letters.allSatisfy { ScalarClass.isUpper($0) }
                && !n.contains(" ")
            add(n, Entry(type: .organization, name: intern(canonical), groupName: -1, place: -1,
                         ambiguous: f.count > 2 && f[2] == "ambiguous", shortAcronym: acronym))
        }
        for line in lines("groups.tsv") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 2 else { continue }
            let form = String(f[0])
            let place = f.count > 2 && !f[2].isEmpty ? intern(String(f[2])) : -1
            add(form, Entry(type: .group, name: intern(form), groupName: intern(String(f[1])), place: place))
        }
        var saints: [(String, Entry)] = []
        for line in lines("places.tsv") {
            let f = line.split(separator: "\t")
            let n = String(f.first ?? line)
            // A third column is the canonical name of a short form: "UK" -> "United Kingdom".
            let entry = Entry(type: .place, name: intern(f.count > 2 ? String(f[2]) : n), groupName: -1, place: -1,
                              ambiguous: f.count > 1 && f[1] == "ambiguous", minor: f.count > 1 && f[1] == "town")
            add(n, entry)
            if n.hasPrefix("Saint ") || n.hasPrefix("St. ") || n.hasPrefix("St ") { saints.append((n, entry)) }
        }
        // "Saint Petersburg" is written "St. Petersburg" and, in British style, "St Petersburg"; a spelling the
        // list has itself keeps its own entry, so these go in last.
        for (n, entry) in saints {
            let rest = n.drop(while: { $0 != " " }).dropFirst()
            for other in ["Saint ", "St. ", "St "] { add(other + rest, entry) }
        }
        for line in lines("common-words.txt") { words[NameKey.word(String(line)), default: []].insert(.common) }
        for line in lines("first-names.txt") { words[NameKey.word(String(line)), default: []].insert(.firstName) }
        for line in lines("surnames.txt") { words[NameKey.word(String(line)), default: []].insert(.surname) }

        self.phrases = phrases
        self.skeletons = skeletons
        self.prefixes = prefixes
        self.words = words
        self.names = names
        self.longestPhrase = longest
    }

    @inline(__always)
    func flags(_ word: UInt64) -> WordFlags { words[word] ?? [] }
}
