/// Extracts the facts an article states: quantities (counts, money, percentages, measures, scores), the roles
/// of people, attributions of claims, and direct quotes with their speakers.
///
/// One pass over the tokens finds the places worth a closer look (numbers, number words, speech verbs,
/// "according to", quotation marks); each extractor then looks only at the few tokens around them.
/// Roles are found around person mentions, so they need the entity recognizer's output.
public enum FactExtractor {
    /// The facts of one article, in text order, and the roles found for its entities.
    public struct Result: Sendable {
        public var facts: [Fact]
        /// Roles found for entities, by entity id; the analyzer adds them to `Entity.roles`.
        public var roles: [String: [Role]]

        public init(facts: [Fact] = [], roles: [String: [Role]] = [:]) {
            self.facts = facts
            self.roles = roles
        }
    }

    public static func extract(_ context: AnalysisContext, entities: [Entity], times: [TimeExpression]) -> Result {
        let t = FactTokens(scalars: context.scalars, tokens: context.tokens)
        let mentions = MentionIndex(entities)
        let skipped = excludedRanges(context, times)
        var quantities = QuantityExtractor(tokens: t, context: context, mentions: mentions)
        var speechVerbs: [Int] = []
        var according: [Int] = []
        var quoteMarks: [Int] = []
        var singleMarks: [Int] = []

        let triggers = Self.triggers
        var s = 0
        var i = 0
        while i < t.count {
            let tok = t.tokens[i]
            while s < skipped.count && skipped[s].end <= tok.range.start { s += 1 }
            if s < skipped.count && skipped[s].start <= tok.range.start {
                i += 1
                continue
            }
            switch tok.kind {
            case .number:
                i = quantities.consider(i)
                continue
            case .word:
                switch Trigger(rawValue: triggers.code(t.keys[i])) {
                case .number?:
                    i = quantities.consider(i)
                    continue
                case .speech?: speechVerbs.append(i)
                case .according?: according.append(i)
                case nil: break
                }
            case .punctuation:
                let c = t.scalars[tok.range.start]
                if FactTokens.isQuoteMark(c) {
                    quoteMarks.append(i)
                } else if c == "\u{2018}" || c == "\u{2019}" || c == "'" {
                    singleMarks.append(i)
                }
            case .symbol:
                break
            }
            i += 1
        }

        var facts = withoutRepeatedCaptions(quantities.facts, context.article.blocks)

        var roles: [String: [Role]] = [:]
        let found = RoleExtractor(t: t, context: context, mentions: mentions).extract()
        for r in found {
            roles[r.entity, default: []].append(r.role)
            facts.append(r.fact)
        }

        facts += Claims(t: t, context: context, mentions: mentions).extract(
            quoteMarks: quoteMarks, singleMarks: singleMarks, speechVerbs: speechVerbs, according: according,
            roles: found.map { ($0.entity, $0.role) })

        facts.sort { $0.range < $1.range }
        return Result(facts: facts, roles: roles)
    }

    /// A caption that repeats a figure of the body ("killing at least 19 people" under a photo and in the text)
    /// states it once: the body's.
    static func withoutRepeatedCaptions(_ facts: [Fact], _ blocks: [Block]) -> [Fact] {
        guard blocks.contains(where: { $0.kind == .caption }) else { return facts }
        let index = BlockIndex(blocks, scalars: [])
        func inCaption(_ f: Fact) -> Bool {
            let b = index.index(f.range.start)
            return b >= 0 && blocks[b].kind == .caption
        }
        var body = Set<String>()
        for f in facts where !inCaption(f) { body.insert(key(f)) }
        return facts.filter { !inCaption($0) || !body.contains(key($0)) }
    }

    private static func key(_ f: Fact) -> String {
        "\(f.value ?? -1)|\(f.what?.lowercased() ?? "")|\(f.unit ?? "")|\(f.approx ?? "")"
    }

    /// What a word starts: a number, a claim ("said"), or an "according to".
    enum Trigger: UInt8 {
        case number = 1, speech, according
    }

    /// One look-up per word token decides whether anything needs a closer look.
    static let triggers: KeyTable = {
        var out: [UInt64: Trigger] = [:]
        for k in SpeechLexicon.verbs { out[k] = .speech }
        for k in SpeechLexicon.weakVerbs { out[k] = .speech }
        for k in SpeechLexicon.participles { out[k] = .speech }
        for k in NumberWord.triggers { out[k] = .number }
        out[Keys.according] = .according
        out[Keys.per] = .according
        return KeyTable(out.map { ($0.key, $0.value.rawValue) })
    }()

    /// Time expressions and boilerplate blocks, sorted and merged: no fact starts inside them.
    static func excludedRanges(_ context: AnalysisContext, _ times: [TimeExpression]) -> [TextRange] {
        var ranges = times.map(\.range)
        for b in context.article.blocks where b.kind == .boilerplate || b.boilerplate != nil { ranges.append(b.range) }
        ranges.sort()
        var merged: [TextRange] = []
        for r in ranges where !r.isEmpty {
            if let last = merged.last, r.start <= last.end {
                merged[merged.count - 1].end = max(last.end, r.end)
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}
