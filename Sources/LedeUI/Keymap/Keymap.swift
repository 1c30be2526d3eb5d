import LedeScreen
import TOMLKit

/// Which key runs which action: `Keymap` for the reader's article view, `LibraryKeymap` for the library list
/// and the lists opened from it. Typing in prompts (search, filter) is not remappable.
///
/// `config.toml` remaps with a table per keymap (`[keys]`, `[library-keys]`): `next-mention = "n"` or
/// `line-down = ["j", "down", "ctrl-e"]`. Naming an action replaces all of its default keys; a key taken by a
/// remapped action leaves its old action.
public struct KeyBindings<Action: KeyAction>: Sendable {
    public private(set) var bindings: [Key: Action]

    public init(bindings: [Key: Action]) {
        self.bindings = bindings
    }

    public func action(for key: Key) -> Action? { bindings[key] }

    /// The keys bound to an action, in a stable order for display.
    public func keys(for action: Action) -> [Key] {
        bindings.filter { $0.value == action }.map { $0.key }
            .sorted { KeyName.describe($0).count != KeyName.describe($1).count
                ? KeyName.describe($0).count < KeyName.describe($1).count
                : KeyName.describe($0) < KeyName.describe($1) }
    }

    /// Every action with its default keys, in the order of the help.
    public static var defaultBindings: [(Action, [Key])] { Action.defaultBindings }

    public static var `default`: KeyBindings {
        var b: [Key: Action] = [:]
        for (action, keys) in Action.defaultBindings { for k in keys { b[k] = action } }
        return KeyBindings(bindings: b)
    }

    /// Binds an action to exactly these keys: its other keys are unbound, and the keys leave other actions.
    public mutating func bind(_ action: Action, to keys: [Key]) {
        for (k, a) in bindings where a == action { bindings[k] = nil }
        for k in keys { bindings[k] = action }
    }

    /// This keymap after the remapping of another keymap's actions of the same name ("line-down", "help"), so
    /// that one key means the same in the reader and in the library.
    public func following<Other: KeyAction>(_ other: KeyBindings<Other>) -> KeyBindings {
        var map = self
        let defaults = KeyBindings<Other>.default
        for action in Other.allCases {
            guard let mine = Action(rawValue: action.rawValue) else { continue }
            let keys = other.keys(for: action)
            if keys != defaults.keys(for: action) { map.bind(mine, to: keys) }
        }
        return map
    }

    /// The default keymap with the config file's table for these actions applied. Other tables are ignored
    /// (they belong to other settings); a config without the table gives the default keymap.
    public static func load(configTOML: String) throws(KeymapError) -> KeyBindings {
        let table: TOMLTable
        do {
            table = try TOMLLines.parse(configTOML)
        } catch {
            throw KeymapError(line: error.line, message: error.message)
        }
        var map = KeyBindings.default
        try map.apply(table, toml: configTOML)
        return map
    }

    /// Applies the config's table for these actions (`Action.configTable`), when there is one.
    public mutating func apply(_ config: TOMLTable, toml: String) throws(KeymapError) {
        let name = Action.configTable
        guard let value = config[name] else { return }
        guard let keys = value.table else {
            throw KeymapError(line: TOMLLines.line(of: name, in: toml), message: "[\(name)] must be a table")
        }
        let lines = TOMLLineIndex(toml)
        for (actionName, value) in keys {
            let line = lines.line(of: actionName, inTable: name)
            guard let action = Action(rawValue: actionName) else {
                throw KeymapError(line: line, message: "unknown action '\(actionName)' in [\(name)] (see the Keys section of the README)")
            }
            var names: [String] = []
            if let s = value.string {
                names = [s]
            } else if let arr = value.array {
                for v in arr {
                    guard let s = v.string else {
                        throw KeymapError(line: line, message: "'\(actionName)' lists a key that is not a string")
                    }
                    names.append(s)
                }
            } else {
                throw KeymapError(line: line, message: "'\(actionName)' must be a key name or a list of key names")
            }
            var newKeys: [Key] = []
            for n in names {
                guard let k = KeyName.parse(n) else { throw KeymapError(line: line, message: "unknown key name '\(n)'") }
                newKeys.append(k)
            }
            bind(action, to: newKeys)
        }
    }
}

/// The reader's keymap (`[keys]`).
public typealias Keymap = KeyBindings<ReaderAction>
/// The library's keymap (`[library-keys]`).
public typealias LibraryKeymap = KeyBindings<LibraryAction>
