/// Settings for one analysis run.
public struct AnalysisOptions: Sendable {
    /// Overrides the reference date for relative expressions (`--date`).
    public var referenceDate: CalendarDate?
    /// Replaces the built-in mention typer (training and cross-validation; an empty model means rules alone).
    public var mentionTyper: MentionTyper?
    /// Replaces the built-in name tagger (training and cross-validation; `NameTagger.empty` means rules alone).
    public var nameTagger: NameTagger?
    /// Record which rule or model decided each mention's span and type (`lede analyze --explain`).
    public var explain: Bool

    public init(referenceDate: CalendarDate? = nil, mentionTyper: MentionTyper? = nil, nameTagger: NameTagger? = nil,
                explain: Bool = false) {
        self.referenceDate = referenceDate
        self.mentionTyper = mentionTyper
        self.nameTagger = nameTagger
        self.explain = explain
    }
}
