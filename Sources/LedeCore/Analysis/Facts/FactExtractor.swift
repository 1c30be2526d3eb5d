/// Extracts quantities, roles, attributions and quotes. (Filled in by the facts work.)
public enum FactExtractor {
    public struct Result: Sendable {
        public var facts: [Fact]
        /// Roles found for entities, by entity id; the analyzer adds them to `Entity.roles`.
        public var roles: [String: [Role]]

        public init(facts: [Fact] = [], roles: [String: [Role]] = [:]) {
            self.facts = facts
            self.roles = roles
        }
    }

    public static func extract(_ context: AnalysisContext, entities: [Entity], times: [TimeExpression]) -> Result {
        Result()
    }
}
