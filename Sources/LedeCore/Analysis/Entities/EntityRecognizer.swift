/// Finds the named entities of an article and groups their mentions.
///
/// Four steps, all on token keys (no per-token strings): `CandidateFinder` cuts runs of capitalised words into
/// candidate names with clues to their type (gazetteers, titles, head nouns, the words around them);
/// `EntityLinker` groups them into entities (same name, surname, acronym, obfuscated spelling);
/// each entity takes the type its mentions vote for, so a name is typed the same everywhere (in a sports
/// report a country that plays is its team: `TeamReading`); and
/// `EntitySalience` scores how central each one is.
public enum EntityRecognizer {
    public static func recognize(_ context: AnalysisContext) -> [Entity] {
        guard !context.tokens.isEmpty else { return [] }
        let g = Gazetteer.shared
        let tokens = EntityTokens(context)
        var candidates = CandidateFinder(t: tokens, g: g).find()
        guard !candidates.isEmpty else { return [] }
        var drafts = EntityLinker(t: tokens, g: g).link(&candidates)
        TeamReading(t: tokens).apply(&drafts, candidates)
        return EntityAssembler(context: context, tokens: tokens, gazetteer: g).assemble(drafts, candidates)
    }
}
