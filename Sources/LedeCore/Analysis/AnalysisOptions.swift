/// Settings for one analysis run.
public struct AnalysisOptions: Sendable {
    /// Overrides the reference date for relative expressions (`--date`).
    public var referenceDate: CalendarDate?

    public init(referenceDate: CalendarDate? = nil) {
        self.referenceDate = referenceDate
    }
}
