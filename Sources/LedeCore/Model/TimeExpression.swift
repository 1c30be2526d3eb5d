/// A time expression normalised to TimeML TIMEX3 (TempEval-3 conventions).
public struct TimeExpression: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case date, time, duration, set
    }

    public var range: TextRange
    public var text: String
    public var type: Kind
    /// The TIMEX3 value: "2025-01-21", "2023-01", "2017-W28", "P6W", "PAST_REF", "XXXX-XX-XX" ...
    public var value: String
    /// True when the value was inferred (year completed from context, anaphora, relative to the reference date).
    public var inferred: Bool

    public init(range: TextRange, text: String, type: Kind, value: String, inferred: Bool = false) {
        self.range = range
        self.text = text
        self.type = type
        self.value = value
        self.inferred = inferred
    }
}
