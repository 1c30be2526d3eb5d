/// What the mention typer decides a candidate name is: one of the three entity types GUM annotates, or no
/// entity at all ("Islam", "T-shirt", "HTML").
public enum MentionClass: Int, CaseIterable, Sendable {
    case person = 0, organization, place, none

    public var name: String {
        switch self {
        case .person: "person"
        case .organization: "organization"
        case .place: "place"
        case .none: "none"
        }
    }

    /// From a class or annotation type name ("person", "ORG", "PLACE"...).
    public init?(name: String) {
        switch name {
        case "person", "PERSON", "PER": self = .person
        case "organization", "ORG": self = .organization
        case "place", "PLACE", "LOC", "GPE": self = .place
        case "none": self = .none
        default: return nil
        }
    }

    init(_ t: EntityType) {
        switch t {
        case .person: self = .person
        case .organization: self = .organization
        case .place: self = .place
        case .group: self = .none
        }
    }

    var entityType: EntityType? {
        switch self {
        case .person: .person
        case .organization: .organization
        case .place: .place
        case .none: nil
        }
    }
}
