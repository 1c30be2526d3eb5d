import LedeCore

extension Entity {
    /// How the status line names a selected entity: "Herzi Halevi · person", and for a people tied to a
    /// country "Israeli · group · Israel", so the reader sees which place a nationality points to.
    var statusLabel: String {
        var label = TextSanitizer.singleLine(name) + " · " + type.rawValue
        if let place { label += " · " + TextSanitizer.singleLine(place) }
        return label
    }
}
