/// Evidence for each entity type, added up over the clues around a mention and then over an entity's mentions.
struct TypeVotes {
    var person: Float = 0
    var organization: Float = 0
    var place: Float = 0
    var group: Float = 0

    subscript(_ t: EntityType) -> Float {
        get {
            switch t {
            case .person: person
            case .organization: organization
            case .place: place
            case .group: group
            }
        }
        set {
            switch t {
            case .person: person = newValue
            case .organization: organization = newValue
            case .place: place = newValue
            case .group: group = newValue
            }
        }
    }

    static func += (a: inout TypeVotes, b: TypeVotes) {
        a.person += b.person
        a.organization += b.organization
        a.place += b.place
        a.group += b.group
    }

    var total: Float { person + organization + place + group }

    /// The type with the most evidence; ties go to the earlier of person, place, organisation, group.
    var best: EntityType? {
        var top: EntityType? = nil
        var score: Float = 0
        for t in [EntityType.person, .place, .organization, .group] where self[t] > score {
            top = t
            score = self[t]
        }
        return top
    }
}
