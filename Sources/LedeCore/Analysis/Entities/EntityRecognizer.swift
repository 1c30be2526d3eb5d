/// Finds the named entities of an article and groups their mentions.
///
/// Four steps, all on token keys (no per-token strings): `CandidateFinder` cuts runs of capitalised words into
/// candidate names with clues to their type (gazetteers, titles, head nouns, the words around them);
/// `EntityLinker` groups them into entities (same name, surname, acronym, obfuscated spelling);
/// each entity takes the type its mentions vote for, so a name is typed the same everywhere (in a sports
/// report a country that plays is its team: `TeamReading`; a name no rule can type goes to the
/// `MentionTyper`: `EntityTypeChooser`); and `EntitySalience` scores how central each one is.
public enum EntityRecognizer {
    public static func recognize(_ context: AnalysisContext) -> [Entity] {
        guard let (tokens, candidates, drafts) = link(context) else { return [] }
        return EntityAssembler(context: context, tokens: tokens, gazetteer: Gazetteer.shared)
            .assemble(drafts, candidates)
    }

    /// The first steps, shared with the typer's training: tokens, candidates and linked drafts.
    static func link(_ context: AnalysisContext) -> (EntityTokens, [EntityCandidate], [EntityLinker.Draft])? {
        guard !context.tokens.isEmpty else { return nil }
        let g = Gazetteer.shared
        let tokens = EntityTokens(context)
        var candidates = CandidateFinder(t: tokens, g: g).find()
        let tagger = context.options.nameTagger ?? NameTagger.shared
        if !tagger.isEmpty { candidates = TaggerMerge(t: tokens, g: g, tagger: tagger).merge(candidates) }
        guard !candidates.isEmpty else { return nil }
        var drafts = EntityLinker(t: tokens, g: g).link(&candidates)
        TeamReading(t: tokens).apply(&drafts, candidates)
        return (tokens, candidates, drafts)
    }
}
