/// The shared analysis core: one pipeline from an article to everything the reader and `lede analyze` show.
///
/// Stages run in a fixed order, each reading what the earlier ones produced:
/// tokens and sentences, then time expressions (the reference date first), entities, facts and roles,
/// and last the timeline, which links dates, entities and facts.
public enum Analyzer {
    public static func analyze(_ article: Article, options: AnalysisOptions = AnalysisOptions()) -> Analysis {
        let tokens = Tokenizer.tokenize(article.text.scalars)
        let sentences = SentenceSplitter.split(text: article.text, tokens: tokens, blocks: article.blocks)
        let context = AnalysisContext(article: article, tokens: tokens, sentences: sentences, options: options)

        let reference = ReferenceDateResolver.resolve(context)
        let times = TimeTagger.tag(context, reference: reference)
        var entities = EntityRecognizer.recognize(context)
        let extraction = FactExtractor.extract(context, entities: entities, times: times)
        for (id, roles) in extraction.roles {
            if let k = entities.firstIndex(where: { $0.id == id }) { entities[k].roles.append(contentsOf: roles) }
        }
        var facts = extraction.facts
        let timeline = TimelineBuilder.build(context, entities: entities, times: times, facts: &facts)
        return Analysis(sentences: sentences, tokens: tokens, entities: entities, times: times, facts: facts,
                        timeline: timeline, referenceDate: reference)
    }
}
