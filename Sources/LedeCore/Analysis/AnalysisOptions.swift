/// Settings for one analysis run.
public struct AnalysisOptions: Sendable {
    /// Overrides the reference date for relative expressions (`--date`).
    public var referenceDate: CalendarDate?
    /// Replaces the built-in mention typer (training and cross-validation; an empty model means rules alone).
    public var mentionTyper: MentionTyper?

    public init(referenceDate: CalendarDate? = nil, mentionTyper: MentionTyper? = nil) {
        self.referenceDate = referenceDate
        self.mentionTyper = mentionTyper
    }
}
