import Foundation

/// The name lists behind entity recognition, read in place from the compiled resources (`CompiledResources`;
/// the lists themselves are parsed by `GazetteerSource` when the resources are compiled).
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

    let phrases: EntryTable
    /// The same names keyed by skeleton, for obfuscated spellings.
    let skeletons: EntryTable
    let prefixes: CompiledKeyTable
    let words: CompiledKeyTable
    let names: CompiledStrings
    let longestPhrase: Int
    /// The bytes the tables point into.
    private let bytes: ResourceBytes

    /// Loaded on first use; Swift runs a static initializer exactly once, thread-safely.
    static let shared: Gazetteer = Gazetteer(image: CompiledResources.shared)
        ?? Gazetteer(image: CompiledResources.fromSources)!

    /// The gazetteer sections of a compiled resource file; nil when one is missing or damaged.
    init?(image: ResourceImage) {
        guard let meta = image.section("GZMT"), meta.count == 8,
              let entries = image.section("GZEN"), entries.count % Self.entrySize == 0,
              let phrases = image.section("GZPH").flatMap(CompiledKeyTable.init), phrases.valueSize == 4,
              let skeletons = image.section("GZSK").flatMap(CompiledKeyTable.init), skeletons.valueSize == 4,
              let prefixes = image.section("GZPF").flatMap(CompiledKeyTable.init),
              let words = image.section("GZWD").flatMap(CompiledKeyTable.init), words.valueSize == 1,
              let names = image.section("GZNM").flatMap(CompiledStrings.init)
        else { return nil }
        self.phrases = EntryTable(keys: phrases, entries: entries)
        self.skeletons = EntryTable(keys: skeletons, entries: entries)
        self.prefixes = prefixes
        self.words = words
        self.names = names
        self.longestPhrase = Int(meta.load(fromByteOffset: 0, as: UInt64.self).littleEndian)
        self.bytes = image.bytes
    }

    static let entrySize = 24

    /// Phrase or skeleton key to entry: the key table gives an index into the shared entries.
    struct EntryTable: @unchecked Sendable {
        let keys: CompiledKeyTable
        let entries: UnsafeRawBufferPointer

        @inline(__always)
        subscript(_ key: UInt64) -> Entry? {
            guard let i = keys.index(key) else { return nil }
            let e = Int(keys.value(i, as: UInt32.self))
            guard e < entries.count / Gazetteer.entrySize else { return nil }
            return Gazetteer.entry(entries, e * Gazetteer.entrySize)
        }
    }

    /// Entry layout: UInt64 canonical key, Int32 name, group name and place, UInt8 type (index in
    /// `EntityType.allCases`), UInt8 flags (1 ambiguous, 2 minor, 4 short acronym), 2 bytes padding.
    @inline(__always)
    static func entry(_ b: UnsafeRawBufferPointer, _ o: Int) -> Entry {
        let t = Int(b.load(fromByteOffset: o + 20, as: UInt8.self))
        let flags = b.load(fromByteOffset: o + 21, as: UInt8.self)
        var e = Entry(type: t < EntityType.allCases.count ? EntityType.allCases[t] : .place,
                      name: b.load(fromByteOffset: o + 8, as: Int32.self),
                      groupName: b.load(fromByteOffset: o + 12, as: Int32.self),
                      place: b.load(fromByteOffset: o + 16, as: Int32.self),
                      ambiguous: flags & 1 != 0, minor: flags & 2 != 0, shortAcronym: flags & 4 != 0)
        e.key = b.load(fromByteOffset: o, as: UInt64.self)
        return e
    }

    static func encode(_ e: Entry) -> [UInt8] {
        var w = ResourceWriter()
        w.u64(e.key)
        w.i32(e.name)
        w.i32(e.groupName)
        w.i32(e.place)
        let t = EntityType.allCases.firstIndex(of: e.type) ?? 0
        w.append([UInt8(t), (e.ambiguous ? 1 : 0) | (e.minor ? 2 : 0) | (e.shortAcronym ? 4 : 0), 0, 0])
        return w.bytes
    }

    /// The compiled sections for the parsed lists. Entries are shared by the phrase and skeleton tables and
    /// numbered in key order, so the same lists always give the same bytes.
    static func sections(_ source: GazetteerSource) -> [(tag: String, bytes: [UInt8])] {
        var entries = ResourceWriter()
        var entryIndex: [[UInt8]: UInt32] = [:]
        func index(_ e: Entry) -> [UInt8] {
            let b = encode(e)
            if let k = entryIndex[b] { return withUnsafeBytes(of: k.littleEndian) { Array($0) } }
            let k = UInt32(entryIndex.count)
            entryIndex[b] = k
            entries.append(b)
            return withUnsafeBytes(of: k.littleEndian) { Array($0) }
        }
        func table(_ d: [UInt64: Entry]) -> [UInt8] {
            let pairs = d.keys.sorted().map { (key: $0, value: index(d[$0]!)) }
            return CompiledKeyTable.encode(pairs, valueSize: 4)
        }
        let phrases = table(source.phrases), skeletons = table(source.skeletons)
        var meta = ResourceWriter()
        meta.u64(UInt64(source.longestPhrase))
        return [
            ("GZMT", meta.bytes),
            ("GZPH", phrases),
            ("GZSK", skeletons),
            ("GZEN", entries.bytes),
            ("GZPF", CompiledKeyTable.encode(source.prefixes.map { (key: $0, value: []) }, valueSize: 0)),
            ("GZWD", CompiledKeyTable.encode(source.words.map { (key: $0.key, value: [$0.value.rawValue]) }, valueSize: 1)),
            ("GZNM", CompiledStrings.encode(source.names)),
        ]
    }

    @inline(__always)
    func flags(_ word: UInt64) -> WordFlags { words.index(word).map { WordFlags(rawValue: words.byte($0)) } ?? [] }
}
