/// Training examples for the mention typer, made from annotated documents: the rules find their candidates
/// and link them exactly as at run time, and each candidate is labelled with the annotated mention it overlaps
/// best (most shared characters over the two spans together), or `none` when no person, organisation or
/// place mention overlaps it. Overlap rather than equal spans, because annotation conventions differ (GUM
/// spans hold "the", titles and trailing "of" phrases).
public struct TyperTrainingSet {
    /// An annotated mention: scalar offsets and class.
    public struct GoldMention: Sendable {
        public var start: Int
        public var end: Int
        public var type: MentionClass

        public init(start: Int, end: Int, type: MentionClass) {
            self.start = start
            self.end = end
            self.type = type
        }
    }

    public private(set) var examples: [MentionTyperTrainer.Example] = []
    /// Feature names by key, for the model file.
    public private(set) var names: [UInt64: String] = [:]
    /// Only mentions of entities the rules cannot type on hard evidence, the ones the typer decides.
    public var softOnly: Bool
    /// Feature templates left out ("p2", "suf4"), to measure what each family is worth.
    public var excluded: Set<String>

    public init(softOnly: Bool = false, excluded: Set<String> = []) {
        self.softOnly = softOnly
        self.excluded = excluded
    }

    /// Adds the candidates of one article. `hardVote` must match the model's setting when `softOnly` is set.
    public mutating func add(_ article: Article, gold: [GoldMention], hardVote: Float = 3) {
        let tokens = Tokenizer.tokenize(article.text.scalars)
        let sentences = SentenceSplitter.split(text: article.text, tokens: tokens, blocks: article.blocks)
        let context = AnalysisContext(article: article, tokens: tokens, sentences: sentences,
                                      options: AnalysisOptions())
        guard let (t, candidates, drafts) = EntityRecognizer.link(context) else { return }
        let g = Gazetteer.shared
        let features = MentionFeatures(t: t, g: g)
        // A typer with no weights but this hard threshold, to tell hard from soft mentions.
        let chooser = EntityTypeChooser(tokens: t, gazetteer: g, typer: MentionTyper(text: "@hard\t\(hardVote)\n"))
        var sink = MentionFeatures.Sink(names: [])
        for d in drafts {
            if softOnly && (d.votes.best == .group || d.mentions.contains { chooser.isHard(candidates[$0]) }) {
                continue
            }
            for i in d.mentions {
                let c = candidates[i]
                sink.removeAll()
                features.extract(c, mentions: d.mentions.count, draftWords: d.words, into: &sink)
                var keys: [UInt64] = []
                for (k, name) in zip(sink.keys, sink.names!) {
                    if !excluded.isEmpty, let eq = name.firstIndex(of: "="), excluded.contains(String(name[..<eq])) {
                        continue
                    }
                    keys.append(k)
                    if names[k] == nil { names[k] = name }
                }
                examples.append(.init(keys: keys, label: Self.label(c.range, gold)))
            }
        }
    }

    static func label(_ r: TextRange, _ gold: [GoldMention]) -> MentionClass {
        var best = MentionClass.none
        var bestScore = 0.0
        for m in gold where m.start < r.end && r.start < m.end {
            let shared = min(m.end, r.end) - max(m.start, r.start)
            let union = max(m.end, r.end) - min(m.start, r.start)
            let score = Double(shared) / Double(union)
            if score > bestScore { bestScore = score; best = m.type }
        }
        return best
    }
}
