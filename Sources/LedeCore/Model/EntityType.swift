/// The kinds of named entity Lede recognises.
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case person
    case organization
    /// Countries, cities, regions, landmarks.
    case place
    /// Nationalities, peoples, religious and political groups ("Israeli", "Palestinians").
    case group
}
