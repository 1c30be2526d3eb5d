import LedeScreen

/// What a keymap binds keys to: the reader's actions, the library's. Each has the name config files use and its
/// default keys.
public protocol KeyAction: Hashable, Sendable, CaseIterable {
    /// The name in the config file's table ("line-down").
    var rawValue: String { get }
    init?(rawValue: String)
    /// Every action with its default keys, in the order the help lists them.
    static var defaultBindings: [(Self, [Key])] { get }
    /// The config table that remaps these actions ("keys", "library-keys").
    static var configTable: String { get }
}
