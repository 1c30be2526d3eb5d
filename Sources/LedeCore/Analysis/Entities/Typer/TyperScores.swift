/// One score per `MentionClass`, summed over a candidate's features (and over an entity's mentions).
struct TyperScores {
    var values = SIMD4<Float>(repeating: 0)

    subscript(_ c: MentionClass) -> Float {
        get { values[c.rawValue] }
        set { values[c.rawValue] = newValue }
    }

    static func += (a: inout TyperScores, b: TyperScores) { a.values += b.values }

    /// The class with the highest score; ties go to the earlier class.
    var best: MentionClass {
        var top = MentionClass.person
        for c in MentionClass.allCases where self[c] > self[top] { top = c }
        return top
    }
}
