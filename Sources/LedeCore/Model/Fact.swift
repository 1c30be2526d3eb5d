/// A fact the article states, linked to its sentence and the entities it involves.
public struct Fact: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case quantity, role, attribution, quote
    }

    public var kind: Kind
    public var range: TextRange
    public var sentence: TextRange
    public var entities: [String]

    // quantity
    public var value: Double?
    /// "over", "more than", "at least", "approximately", "about", "nearly", "up to".
    public var approx: String?
    public var what: String?
    public var action: String?
    /// "$", "USD", "percent", "km" ... for money, percentages and measures.
    public var unit: String?
    /// A score or vote count as written ("74–25").
    public var score: String?
    /// The timeline entry this figure is dated by (index into `Analysis.timeline`), when it has one.
    public var timelineIndex: Int?

    // role
    public var person: String?
    public var role: String?
    public var of: String?

    // attribution and quote
    public var source: String?
    public var quote: String?
    public var speaker: String?

    /// Which rule made the fact and, for quotes and attributions, chose the speaker (only with
    /// `AnalysisOptions.explain`).
    public var explanation: Explanation?

    public init(kind: Kind, range: TextRange, sentence: TextRange, entities: [String] = []) {
        self.kind = kind
        self.range = range
        self.sentence = sentence
        self.entities = entities
    }
}
