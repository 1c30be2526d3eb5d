/// Turns the speaker phrase found next to a quote or a verb of saying into who it is, in the order of the text:
/// "Mr. Reeves" and "Reeves" to the "Eric Reeves" named before, "he" and "she" to the nearest person who fits,
/// "it" to the organisation just named, "they" to the group that just spoke, "the president" to the person
/// the article gave that title, "the company" to the organisation it is about. Unnamed speakers ("a
/// spokesman", "officials") stay as they are written; a pronoun that fits no one gives no speaker at all.
struct SpeakerResolver {
    let t: FactTokens
    let mentions: MentionIndex
    let blocks: BlockIndex
    /// Gender of the people, worked out the first time a "he" or "she" needs it.
    private let cache: Cache
    private var gender: PersonGender { cache.gender() }
    let sentences: [TextRange]
    /// Whether an offset is inside a quote: names in quoted speech are not who the text is about.
    let quoted: (Int) -> Bool
    /// Entity indices of the people a role word names: "president" -> Barack Obama.
    private let peopleByRole: [UInt64: [Int]]

    /// People named with a given name and a surname, by the key of the surname: who "Mr. Frankel" may be.
    private let fullNamesBySurname: [UInt64: [Int]]
    /// Entities whose name is more than a surname with a courtesy title: nothing to look up for them.
    private let hasFullName: [Bool]

    /// Who has spoken so far, in text order.
    private(set) var speakers: [Speaker] = []

    struct Speaker {
        var name: String
        var entity: String?
        var entityIndex: Int?
        var type: EntityType?
        var plural: Bool
        var block: Int
        var position: Int
    }

    /// A resolved speaker or source, and the rule that resolved it (nil when the phrase named it outright).
    struct Resolved {
        var name: String
        var entity: String?
        var entityIndex: Int?
        var rule: String?
    }

    private typealias S = SpeechLexicon

    init(t: FactTokens, mentions: MentionIndex, blocks: BlockIndex, gender: @escaping () -> PersonGender, sentences: [TextRange],
         roles: [(entity: String, role: Role)], quoted: @escaping (Int) -> Bool) {
        self.t = t
        self.mentions = mentions
        self.blocks = blocks
        self.cache = Cache(gender)
        self.sentences = sentences
        self.quoted = quoted
        var byRole: [UInt64: [Int]] = [:]
        var indexById: [String: Int] = [:]
        for (k, e) in mentions.entities.enumerated() { indexById[e.id] = k }
        for r in roles {
            guard let k = indexById[r.entity], let head = r.role.role.split(separator: " ").last else { continue }
            byRole[WordKey.of(String(head)), default: []].append(k)
        }
        self.peopleByRole = byRole

        var bySurname: [UInt64: [Int]] = [:]
        for (k, e) in mentions.entities.enumerated() where e.type == .person {
            let parts = e.name.split(separator: " ")
            if parts.count >= 2 { bySurname[WordKey.of(String(parts[parts.count - 1])), default: []].append(k) }
        }
        self.fullNamesBySurname = bySurname
        self.hasFullName = mentions.entities.map { e in
            e.name.split(separator: " ").filter { GenderLexicon.titles[WordKey.of(String($0).trimmingDot())] == nil }.count != 1
        }
    }

    /// Mention `m` is the first person, or the first organisation, named in its sentence outside quotes and not as a
    /// modifier: its subject, as a rule, and who a pronoun in the next sentence goes back to.
    private func isSalient(_ m: MentionIndex.Entry) -> Bool {
        if let known = cache.salient[m.range.start] { return known }
        let v = computeSalient(m)
        cache.salient[m.range.start] = v
        return v
    }

    private func computeSalient(_ m: MentionIndex.Entry) -> Bool {
        let type = mentions.entities[m.entity].type
        guard type == .person || type == .organization, let s = sentence(containing: m.range.start) else { return false }
        for o in mentions.overlapping(TextRange(s.start, m.range.end)) where mentions.entities[o.entity].type == type {
            if quoted(o.range.start) || mentions.isModifier(o, t) || mentions.isPossessive(o, t) { continue }
            return o.range == m.range
        }
        return false
    }

    private final class Cache {
        private let make: () -> PersonGender
        private var made: PersonGender?
        /// Whether the mention starting at an offset is salient, once asked.
        var salient: [Int: Bool] = [:]
        init(_ make: @escaping () -> PersonGender) { self.make = make }
        func gender() -> PersonGender {
            if let g = made { return g }
            let g = make()
            made = g
            return g
        }
    }

    private func sentence(containing offset: Int) -> TextRange? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if offset < sentences[mid].start { hi = mid - 1 } else if offset >= sentences[mid].end { lo = mid + 1 } else { return sentences[mid] }
        }
        return nil
    }

    // MARK: Resolving

    /// Who `p` names, read at `position` in block `block`; nil when it names no one (a pronoun that fits
    /// nobody, "we", "you").
    func resolve(_ p: SpeakerPhrase, at position: Int, block: Int) -> Resolved? {
        if p.isPronoun {
            let key = t.key(p.first)
            if let g = GenderLexicon.pronouns[key] { return person(g, before: position, block: block) }
            switch key {
            case Self.it: return organisation(before: position, block: block)
            case Self.they: return group(before: position, block: block)
            default: return nil
            }
        }
        if let id = p.entity, let k = mentions.index(of: id) {
            let e = mentions.entities[k]
            // "Mr. Reeves", "Reeves": the person named in full before.
            if e.type == .person, let full = fullName(of: e.name, before: position, besides: k) {
                return Resolved(name: Self.display(mentions.entities[full]), entity: mentions.entities[full].id, entityIndex: full,
                                rule: "surname")
            }
            return Resolved(name: Self.display(e), entity: e.id, entityIndex: k, rule: nil)
        }
        // A courtesy title and a capitalised word the recogniser left alone: "Mr. Dejesus".
        if p.last - p.first <= 2, GenderLexicon.titles[t.key(p.first)] != nil, t.isCapitalized(p.last),
           let full = fullName(of: t.text(p.last), before: position, besides: -1) {
            return Resolved(name: Self.display(mentions.entities[full]), entity: mentions.entities[full].id, entityIndex: full,
                            rule: "surname")
        }
        // "the president", "the prime minister": the one person the article gave that title.
        let head = t.key(p.last)
        if t.key(p.first) == Keys.the, p.last - p.first <= 3 {
            if RoleLexicon.heads.contains(head), let k = titled(head, before: position) {
                return Resolved(name: Self.display(mentions.entities[k]), entity: mentions.entities[k].id, entityIndex: k,
                                rule: "title")
            }
            if S.organisationHeads.contains(head), let r = organisation(before: position, block: block, strict: true) {
                return Resolved(name: r.name, entity: r.entity, entityIndex: r.entityIndex, rule: "organisation-noun")
            }
            // "the statement", "the release": who issued it, when someone just spoke.
            if S.documents.contains(head), let last = speakers.last(where: { $0.type == .person || $0.type == .organization }),
               blocks.isNear(last.block, block) {
                return Resolved(name: last.name, entity: last.entity, entityIndex: last.entityIndex, rule: "document")
            }
        }
        return Resolved(name: p.name, entity: nil, entityIndex: nil, rule: nil)
    }

    /// Records who spoke at `position`.
    mutating func record(_ r: Resolved, at position: Int, block: Int) {
        let type = r.entityIndex.map { mentions.entities[$0].type }
        let plural = r.entity == nil && r.name.unicodeScalars.last == "s"
        speakers.append(Speaker(name: r.name, entity: r.entity, entityIndex: r.entityIndex, type: type, plural: plural,
                                block: block, position: position))
    }

    /// The last speaker recorded in block `b`.
    func lastSpeaker(in b: Int) -> Resolved? {
        guard let s = speakers.last(where: { $0.block == b }) else { return nil }
        return Resolved(name: s.name, entity: s.entity, entityIndex: s.entityIndex, rule: nil)
    }

    /// The subject of block `b`'s last sentence that names a person: who a quote in the next paragraph with no
    /// attribution goes on about ("But for Parata and his family …").
    func lastSubject(in b: Int) -> Resolved? {
        guard b >= 0 else { return nil }
        let r = blocks.blocks[b].range
        for m in mentions.overlapping(r).reversed() where mentions.entities[m.entity].type == .person {
            guard isSalient(m), !quoted(m.range.start) else { continue }
            let e = mentions.entities[m.entity]
            return Resolved(name: Self.display(e), entity: e.id, entityIndex: m.entity, rule: nil)
        }
        return nil
    }

    // MARK: Pronouns

    /// The window a pronoun looks back over: its own paragraph and the one before (with a subhead between).
    private func window(before position: Int, block: Int) -> TextRange {
        var start = block >= 0 ? blocks.blocks[block].range.start : position
        if block >= 0 {
            var k = block - 1
            while k >= 0 && (blocks.blocks[k].kind == .caption || blocks.blocks[k].boilerplate != nil
                             || blocks.blocks[k].kind == .boilerplate || blocks.isStray(k)) { k -= 1 }
            if k >= 0 && (blocks.holdsQuotes(k) || blocks.isSubhead(k)) {
                start = blocks.blocks[k].range.start
                if blocks.isSubhead(k), k > 0, blocks.holdsQuotes(k - 1) { start = blocks.blocks[k - 1].range.start }
            }
        }
        return TextRange(start, position)
    }

    /// "he" / "she": among the people named in the window (outside quotes and captions), those whose gender fits,
    /// those known to fit first; of them the one named last as a subject or speaker, else the one named last. With
    /// no one in the window, the last person who spoke and may fit.
    private func person(_ wanted: Gender, before position: Int, block: Int) -> Resolved? {
        let w = window(before: position, block: block)
        let own = block >= 0 ? blocks.blocks[block].range.start : position
        var spokeHere = Set<Int>()
        for s in speakers.reversed() {
            guard s.position >= w.start else { break }
            if let k = s.entityIndex { spokeHere.insert(k) }
        }
        // The pronoun's own paragraph first: the people named in it before the pronoun, those known to fit
        // first, then subjects, then the last named. Only when it names no one who fits, the paragraph before,
        // where who spoke there counts first.
        var best: (key: [Int], entity: Int)?
        for m in mentions.overlapping(w) where m.range.start < position {
            let e = m.entity
            guard mentions.entities[e].type == .person, !quoted(m.range.start), !mentions.isModifier(m, t),
                  blocks.holdsQuotes(blocks.index(m.range.start)) || blocks.isSubhead(blocks.index(m.range.start))
            else { continue }
            let g = gender.gender(e)
            if let g, g != wanted { continue }
            let here = m.range.start >= own
            let spoke = spokeHere.contains(e)
            let isSalient = isSalient(m)
            let key = here ? [1, 0, g == nil ? 0 : 1, isSalient ? 1 : 0, m.range.start]
                           : [0, spoke ? 1 : 0, g == nil ? 0 : 1, isSalient ? 1 : 0, m.range.start]
            if best == nil || key.lexicographicallyPrecedes(best!.key) == false && key != best!.key { best = (key, e) }
        }
        if let b = best {
            let e = mentions.entities[b.entity]
            return Resolved(name: Self.display(e), entity: e.id, entityIndex: b.entity, rule: "pronoun")
        }
        for s in speakers.reversed() where s.type == .person {
            guard let k = s.entityIndex, blocks.isNear(s.block, block, within: 6) else { continue }
            if let g = gender.gender(k), g != wanted { continue }
            return Resolved(name: s.name, entity: s.entity, entityIndex: k, rule: "pronoun")
        }
        // Nobody spoke yet: the last person named who fits, up to three blocks back ("… Waite’s accompanying
        // text. / But here is his text:").
        let from = blocks.blocks[max(0, block - 3)].range.start
        for m in mentions.overlapping(TextRange(from, w.start)).reversed() where mentions.entities[m.entity].type == .person {
            guard !quoted(m.range.start), blocks.holdsQuotes(blocks.index(m.range.start)) else { continue }
            if let g = gender.gender(m.entity), g != wanted { continue }
            let e = mentions.entities[m.entity]
            return Resolved(name: Self.display(e), entity: e.id, entityIndex: m.entity, rule: "pronoun")
        }
        return nil
    }

    /// "it": the organisation named last as a subject in the window, else the last organisation or unnamed
    /// source that spoke.
    private func organisation(before position: Int, block: Int, strict: Bool = false) -> Resolved? {
        var w = window(before: position, block: block)
        if strict, block >= 0, let p = blocks.previousParagraph(before: blocks.index(w.start)) {
            w.start = min(w.start, blocks.blocks[p].range.start)
        }
        let here = sentence(containing: position) ?? TextRange(position, position)
        var best: (near: Bool, salient: Bool, at: Int, entity: Int)?
        for m in mentions.overlapping(w) where m.range.start < position {
            // Organisations, and names typed as people that nothing marks as one: "Whole Foods", "Con Edison".
            let e = mentions.entities[m.entity]
            let unsure = e.type == .person && gender.gender(m.entity) == nil
                && PersonGender.givenName(e.name).flatMap({ GenderLexicon.givenNames[$0] }) == nil && e.name.contains(" ")
            guard e.type == .organization || unsure, !quoted(m.range.start),
                  blocks.holdsQuotes(blocks.index(m.range.start)) || blocks.isSubhead(blocks.index(m.range.start))
            else { continue }
            let isSalient = isSalient(m)
            // The pronoun's own sentence first ("Whole Foods was selling …, prices it said were …").
            let near = here.contains(m.range.start)
            if best == nil || (near ? 1 : 0, isSalient ? 1 : 0, m.range.start) > (best!.near ? 1 : 0, best!.salient ? 1 : 0, best!.at) {
                best = (near, isSalient, m.range.start, m.entity)
            }
        }
        if let b = best {
            let e = mentions.entities[b.entity]
            return Resolved(name: Self.display(e), entity: e.id, entityIndex: b.entity, rule: "pronoun")
        }
        if strict { return nil }
        if let s = speakers.last, s.type != .person, !s.plural, blocks.isNear(s.block, block) {
            return Resolved(name: s.name, entity: s.entity, entityIndex: s.entityIndex, rule: "pronoun")
        }
        return nil
    }

    /// "they": the group or unnamed plural source that spoke last, nearby.
    private func group(before position: Int, block: Int) -> Resolved? {
        guard let s = speakers.last, s.plural || s.type == .group, blocks.isNear(s.block, block) else { return nil }
        return Resolved(name: s.name, entity: s.entity, entityIndex: s.entityIndex, rule: "pronoun")
    }

    // MARK: Names and titles

    /// A person named in full before `position` whose name ends with the last word of `name`, when `name` is a
    /// surname alone (with or without a courtesy title): "Mr. Frankel" -> "Jeffrey Frankel".
    private func fullName(of name: String, before position: Int, besides k: Int) -> Int? {
        guard k < 0 || !hasFullName[k] else { return nil }
        let words = name.split(separator: " ").filter { GenderLexicon.titles[WordKey.of(String($0).trimmingDot())] == nil }
        guard words.count == 1, let surname = words.first.map({ WordKey.of(String($0)) }) else { return nil }
        var best: (at: Int, entity: Int)?
        for j in fullNamesBySurname[surname] ?? [] where j != k {
            guard let last = lastMention(of: j, before: position) else { continue }
            if best == nil || last > best!.at { best = (last, j) }
        }
        return best?.entity
    }

    /// The start of entity `k`'s last mention before `position` (mentions are in text order).
    private func lastMention(of k: Int, before position: Int) -> Int? {
        let ms = mentions.entities[k].mentions
        var lo = 0, hi = ms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ms[mid].range.start < position { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? ms[lo - 1].range.start : nil
    }

    /// The person the article gave title `head`, the one mentioned last before `position`.
    private func titled(_ head: UInt64, before position: Int) -> Int? {
        var best: (at: Int, entity: Int)?
        for k in peopleByRole[head] ?? [] {
            guard let at = lastMention(of: k, before: position) else { continue }
            if best == nil || at > best!.at { best = (at, k) }
        }
        return best?.entity
    }

    /// A person's name as a speaker: without the titles a recognised name may start with ("AS Opposition Leader
    /// Bill Shorten" -> "Bill Shorten", "Senator Mark Warner" -> "Mark Warner").
    static func display(_ e: Entity) -> String {
        guard e.type == .person else { return e.name }
        let words = e.name.split(separator: " ")
        guard words.count > 2 else { return e.name }
        var lastTitle = -1
        for (k, w) in words.enumerated() where k < words.count - 2 {
            let key = WordKey.of(String(w).trimmingDot())
            if RoleLexicon.heads.contains(key) || GenderLexicon.titles[key] != nil { lastTitle = k }
        }
        return lastTitle >= 0 ? words[(lastTitle + 1)...].joined(separator: " ") : e.name
    }

    private static let he = WordKey.of("he")
    private static let she = WordKey.of("she")
    private static let it = WordKey.of("it")
    private static let they = WordKey.of("they")
}

private extension String {
    func trimmingDot() -> String { hasSuffix(".") ? String(dropLast()) : self }
}
