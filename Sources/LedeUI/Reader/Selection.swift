import LedeCore

/// The selected entity and, when one was picked in the text, the mention shown reversed.
public struct Selection: Hashable, Sendable {
    /// Index into `Analysis.entities`.
    public var entity: Int
    public var mention: TextRange?

    public init(entity: Int, mention: TextRange?) {
        self.entity = entity
        self.mention = mention
    }
}
