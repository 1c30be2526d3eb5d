import Foundation

/// The gazetteer's lists parsed from their text files (Resources/Gazetteers): what `CompiledResources`
/// compiles into the tables `Gazetteer` reads in place. See `Gazetteer` for what each table holds.
struct GazetteerSource {
    var phrases: [UInt64: Gazetteer.Entry] = [:]
    var skeletons: [UInt64: Gazetteer.Entry] = [:]
    var prefixes = Set<UInt64>()
    var words: [UInt64: Gazetteer.WordFlags] = [:]
    var names: [String] = []
    var longestPhrase = 1

    /// Parses the lists in `folder` (a missing file is an empty list).
    init(folder: URL) {
        typealias Entry = Gazetteer.Entry
        typealias WordFlags = Gazetteer.WordFlags
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
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
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
}
