/// Evidence for each entity type, added up over the clues around a mention and then over an entity's mentions.
/// Each vote names its rule, so `--explain` can say which clues decided a type and the models can read them.
struct TypeVotes {
    var person: Float = 0
    var organization: Float = 0
    var place: Float = 0
    var group: Float = 0
    /// The rules that voted for each type (person, organization, place, group).
    private(set) var cues: (RuleSet, RuleSet, RuleSet, RuleSet) = (RuleSet(), RuleSet(), RuleSet(), RuleSet())

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

    /// Adds `weight` for `type`, recording `rule` as one of its clues.
    @inline(__always)
    mutating func add(_ rule: EntityRule, _ type: EntityType, _ weight: Float) {
        self[type] += weight
        switch type {
        case .person: cues.0.insert(rule)
        case .organization: cues.1.insert(rule)
        case .place: cues.2.insert(rule)
        case .group: cues.3.insert(rule)
        }
    }

    /// The rules that voted for `type`.
    func cues(for type: EntityType) -> RuleSet {
        switch type {
        case .person: cues.0
        case .organization: cues.1
        case .place: cues.2
        case .group: cues.3
        }
    }

    /// Every rule that voted, whatever for.
    var allCues: RuleSet {
        var s = cues.0
        s.formUnion(cues.1)
        s.formUnion(cues.2)
        s.formUnion(cues.3)
        return s
    }

    static func += (a: inout TypeVotes, b: TypeVotes) {
        a.person += b.person
        a.organization += b.organization
        a.place += b.place
        a.group += b.group
        a.cues.0.formUnion(b.cues.0)
        a.cues.1.formUnion(b.cues.1)
        a.cues.2.formUnion(b.cues.2)
        a.cues.3.formUnion(b.cues.3)
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

    /// "person 5.5 (title-before, given-name-first); place 1 (place-preposition)": the votes for `--explain`.
    var explained: [String] {
        [EntityType.person, .organization, .place, .group].compactMap { ty in
            let v = self[ty]
            guard v != 0 else { return nil }
            let names = cues(for: ty).rules.map(\.name).joined(separator: ", ")
            let w = v == v.rounded() ? String(Int(v)) : String((v * 10).rounded() / 10)
            return "\(ty.rawValue) \(w)" + (names.isEmpty ? "" : " (\(names))")
        }
    }
}
