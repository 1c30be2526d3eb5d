/// Training sequences for the name tagger, made from annotated documents: the rules run exactly as at run time
/// (their candidates become features), and the annotated mentions become BILOU tags in Lede's conventions.
///
/// Annotations differ from Lede's spans: GUM and MEANTIME mark whole noun phrases and nest them ("Airbus parent
/// company European Aeronautic Defence and Space Company EADS N.V. (EADS" holds "Airbus" and "EADS"). The
/// innermost names are taken first; an outer mention is kept for the part before a nested one when that part
/// ends in a capitalised word before "(" or "," ("the United States Air Force (USAF" gives "United States Air
/// Force"); a leading "the", a title ("Senator", "Spokeswoman") or lowercase words, and a trailing "'s" or
/// punctuation, are cut off, so the model learns Lede's spans. A mention the constraints forbid is left out.
public struct TaggerTrainingSet {
    public struct GoldMention: Sendable {
        public var start: Int, end: Int, type: EntityType
        public init(start: Int, end: Int, type: EntityType) { self.start = start; self.end = end; self.type = type }
    }

    struct Sequence {
        var features: TaggerFeatures
        var gold: [Int]
    }

    private(set) var sequences: [Sequence] = []
    /// Fingerprint of the rules' candidates on every document added (`TaggerFingerprint`).
    public private(set) var fingerprint = TaggerFingerprint()

    public init() {}

    public var count: Int { sequences.count }

    /// Adds one article; only text before `annotatedEnd` is annotated (MEANTIME), when given.
    /// `fingerprinted`: false for a repeat of a document already added (news documents weighted up).
    public mutating func add(_ article: Article, gold: [GoldMention], annotatedEnd: Int? = nil, fingerprinted: Bool = true) {
        let context = TaggerTrainingSet.context(article)
        let g = Gazetteer.shared
        let t = EntityTokens(context)
        let candidates = CandidateFinder(t: t, g: g).find()
        if fingerprinted { fingerprint.add(t, candidates) }
        var features = TaggerFeatures(t: t, g: g, candidates: candidates)
        var n = t.count
        if let end = annotatedEnd {
            n = 0
            while n < t.count && t.tokens[n].range.end <= end { n += 1 }
        }
        let spans = Self.spans(gold, t).filter { $0.1 <= n }
        var tags = NameTag.encode(spans, count: t.count)
        // A gold tag the constraints forbid: the whole mention is left out.
        for (f, e, _) in spans where (f..<e).contains(where: { features.allowed[$0] & (1 << UInt16(tags[$0])) == 0 }) {
            for k in f..<e { tags[k] = NameTag.outside }
        }
        if n < t.count { features.truncate(to: n) }
        sequences.append(Sequence(features: features, gold: Array(tags.prefix(n))))
    }

    static func context(_ article: Article) -> AnalysisContext {
        let tokens = Tokenizer.tokenize(article.text.scalars)
        let sentences = SentenceSplitter.split(text: article.text, tokens: tokens, blocks: article.blocks)
        return AnalysisContext(article: article, tokens: tokens, sentences: sentences, options: AnalysisOptions())
    }

    /// Gold mentions as token spans in Lede's conventions, not overlapping.
    static func spans(_ gold: [GoldMention], _ t: EntityTokens) -> [(Int, Int, Int)] {
        typealias V = EntityVocabulary
        func tokenSpan(_ s: Int, _ e: Int) -> (Int, Int)? {
            var lo = 0, hi = t.count
            while lo < hi { let m = (lo + hi) / 2; if t.tokens[m].range.start < s { lo = m + 1 } else { hi = m } }
            var f = lo, end = f
            while end < t.count && t.tokens[end].range.end <= e { end += 1 }
            // Trim: articles, lowercase words and titles in front; possessives, punctuation, lowercase at the end.
            while f < end && (!t.isCapitalized(f) || V.articles.contains(t.folded[f])
                              || ((V.titles.contains(t.folded[f]) || V.titleModifiers.contains(t.folded[f]))
                                  && f + 1 < end && t.isCapitalized(f + 1)
                                  && !V.organizationHeads.contains(t.folded[f + 1]))) { f += 1 }
            while end > f && (!t.isCapitalized(end - 1) || t.has(end - 1, .possessive)) {
                if t.tokens[end - 1].kind == .word && t.isCapitalized(end - 1) { break }
                end -= 1
            }
            return f < end ? (f, end) : nil
        }
        let sorted = gold.filter { $0.type != .group }.sorted { ($0.end - $0.start) < ($1.end - $1.start) }
        var taken: [(Int, Int, Int)] = []
        func free(_ f: Int, _ e: Int) -> Bool { !taken.contains { $0.0 < e && f < $0.1 } }
        for m in sorted {
            guard let ty = NameTag.types.firstIndex(of: m.type), var (f, e) = tokenSpan(m.start, m.end) else { continue }
            if !free(f, e) {
                // The part before the first nested name, when it ends on a capital before "(" or ",".
                guard let inner = taken.filter({ $0.0 < e && f < $0.1 }).map(\.0).min(), inner > f else { continue }
                var cut = inner
                while cut > f && !t.isCapitalized(cut - 1) {
                    if !(t.isPunctuation(cut - 1, "(") || t.isPunctuation(cut - 1, ",")) { cut = f; break }
                    cut -= 1
                }
                guard cut > f, cut < inner else { continue }
                e = cut
                guard free(f, e) else { continue }
            }
            taken.append((f, e, ty))
        }
        return taken.sorted { $0.0 < $1.0 }
    }
}

/// A fingerprint of what the rules find: every candidate's span, span rule, cues and votes, over a list of
/// documents. A shipped tagger records the fingerprint of its training documents; when the rules change, the
/// fingerprint of the same documents changes and the stale-model test fails until the tagger is retrained.
public struct TaggerFingerprint: Sendable, Equatable {
    public private(set) var value: UInt64 = NameKey.seed

    public init() {}

    mutating func add(_ t: EntityTokens, _ candidates: [EntityCandidate]) {
        var h = value
        func mix(_ v: UInt64) { h = NameKey.extend(h, v) }
        mix(UInt64(t.count))
        for c in candidates {
            mix(UInt64(c.first) << 32 | UInt64(c.end))
            mix(UInt64(c.rule.rawValue) | (c.weak ? 256 : 0) | (c.vessel ? 512 : 0))
            let cues = c.votes.allCues
            mix(cues.low)
            mix(cues.high)
            for ty in [EntityType.person, .organization, .place, .group] {
                mix(UInt64(UInt32(bitPattern: Int32((c.votes[ty] * 10).rounded()))))
            }
        }
        value = h
    }

    /// The fingerprint of one article's rule candidates, added in.
    public mutating func add(_ article: Article) {
        let context = TaggerTrainingSet.context(article)
        let t = EntityTokens(context)
        add(t, CandidateFinder(t: t, g: Gazetteer.shared).find())
    }
}
