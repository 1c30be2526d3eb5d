/// A named entity: one thing, many mentions.
public struct Entity: Hashable, Codable, Sendable, Identifiable {
    /// Stable within one analysis: "e1", "e2", ... in order of first mention.
    public var id: String
    /// The canonical (longest, de-obfuscated) name: "Herzi Halevi", "Israel".
    public var name: String
    public var type: EntityType
    /// Other names used for it: "Halevi", "Is-rael", "IDF".
    public var aliases: [String]
    public var roles: [Role]
    /// How central the entity is to the article, 0...1; lists are ordered by it.
    public var salience: Double
    public var mentions: [Mention]
    /// For a group tied to one country or region, that place: "Israel" for "Israeli"; otherwise nil.
    public var place: String?
    /// The id of that place's entity when the article mentions it too.
    public var placeEntity: String?
    /// What decided the entity's type: the rules' summed votes, the typer, a default (only with
    /// `AnalysisOptions.explain`).
    public var explanation: Explanation?

    public init(id: String, name: String, type: EntityType, aliases: [String] = [], roles: [Role] = [],
                salience: Double = 0, mentions: [Mention] = [], place: String? = nil, placeEntity: String? = nil,
                explanation: Explanation? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
        self.salience = salience
        self.mentions = mentions
        self.place = place
        self.placeEntity = placeEntity
        self.explanation = explanation
    }
}
