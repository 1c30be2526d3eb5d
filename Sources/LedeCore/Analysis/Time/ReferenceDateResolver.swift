/// Chooses the date relative expressions are resolved against: `--date`, else the publication date from
/// metadata, else a dateline, else the latest explicit full date in the article. (Completed by the time work.)
public enum ReferenceDateResolver {
    public static func resolve(_ context: AnalysisContext) -> ReferenceDate {
        if let d = context.options.referenceDate { return ReferenceDate(date: d, source: .option) }
        if let p = context.article.published {
            return ReferenceDate(date: p.date, source: p.source == .dateline ? .dateline : .metadata)
        }
        return ReferenceDate(date: nil, source: .none)
    }
}
