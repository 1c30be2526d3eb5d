/// Builds the timeline of dated events and links dated quantities to it. (Filled in by the time work.)
public enum TimelineBuilder {
    public static func build(_ context: AnalysisContext, entities: [Entity], times: [TimeExpression],
                             facts: inout [Fact]) -> [TimelineEvent] {
        []
    }
}
