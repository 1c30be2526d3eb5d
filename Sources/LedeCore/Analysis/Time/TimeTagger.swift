/// Finds time expressions and normalises them to TIMEX3. (Filled in by the time work.)
public enum TimeTagger {
    public static func tag(_ context: AnalysisContext, reference: ReferenceDate) -> [TimeExpression] {
        []
    }
}
