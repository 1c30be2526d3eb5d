/// A role the text gives an entity: "Prime Minister" of "Israel", "leader" of "Otzma Yehudit".
public struct Role: Hashable, Codable, Sendable {
    public var role: String
    /// The organisation or place the role belongs to, as written or as resolved.
    public var of: String?
    /// The id of the entity named in `of`, when it is one.
    public var ofEntity: String?
    /// Where the text says so.
    public var range: TextRange

    public init(role: String, of: String? = nil, ofEntity: String? = nil, range: TextRange) {
        self.role = role
        self.of = of
        self.ofEntity = ofEntity
        self.range = range
    }
}
