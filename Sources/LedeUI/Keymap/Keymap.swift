import TOMLKit
import LedeScreen

/// Which key runs which action in the article view. Typing in prompts and lists is not remappable.
///
/// `config.toml` remaps with a `[keys]` table: `next-mention = "n"` or `line-down = ["j", "down", "ctrl-e"]`.
/// Naming an action replaces all of its default keys; a key taken by a remapped action leaves its old action.
public struct Keymap: Sendable {
    public private(set) var bindings: [Key: ReaderAction]

    public init(bindings: [Key: ReaderAction]) {
        self.bindings = bindings
    }

    public func action(for key: Key) -> ReaderAction? { bindings[key] }

    /// The keys bound to an action, in a stable order for display.
    public func keys(for action: ReaderAction) -> [Key] {
        bindings.filter { $0.value == action }.map(\.key)
            .sorted { KeyName.describe($0).count != KeyName.describe($1).count
                ? KeyName.describe($0).count < KeyName.describe($1).count
                : KeyName.describe($0) < KeyName.describe($1) }
    }

    /// Every action with its default keys, in the order of the help. The side panels bring their own.
    public static let defaultBindings: [(ReaderAction, [Key])] = [
        (.lineDown, [.character("j"), .down]),
        (.lineUp, [.character("k"), .up]),
        (.pageDown, [.character(" "), .pageDown]),
        (.pageUp, [.character("b"), .pageUp]),
        (.halfPageDown, [.control("d")]),
        (.halfPageUp, [.control("u")]),
        (.top, [.character("g"), .home]),
        (.bottom, [.character("G"), .end]),
        (.nextMention, [.tab]),
        (.previousMention, [.backTab]),
        (.nextSameEntity, [.character("*")]),
        (.previousSameEntity, [.character("#")]),
        (.linkedPlace, [.character("p")]),
        (.entityList, [.character("e")]),
        (.nextSection, [.character("]")]),
        (.previousSection, [.character("[")]),
        (.sectionList, [.character("s")]),
        (.clearSectionFilter, [.character("S")]),
    ] + Pane.panels.map { (.focus($0), $0.panel?.focusKeys ?? []) } + [
        (.back, [.escape]),
        (.activate, [.enter]),
        (.searchForward, [.character("/")]),
        (.searchBackward, [.character("?")]),
        (.nextHit, [.character("n")]),
        (.previousHit, [.character("N")]),
        (.toggleBoilerplate, [.character("B")]),
        (.cycleTheme, [.character("T")]),
        (.help, [.function(1), .character("h")]),
        (.quit, [.character("q")]),
        (.otherArticles, [.character("a")]),
    ]

    public static let `default`: Keymap = {
        var b: [Key: ReaderAction] = [:]
        for (action, keys) in defaultBindings { for k in keys { b[k] = action } }
        return Keymap(bindings: b)
    }()

    /// The default keymap with the `[keys]` table of a config file applied. Other tables are ignored (they
    /// belong to other settings); a config without `[keys]` gives the default keymap.
    public static func load(configTOML: String) throws -> Keymap {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: configTOML)
        } catch let e as TOMLParseError {
            throw KeymapError(line: e.source.begin.line, message: e.description)
        } catch {
            throw KeymapError(line: nil, message: "not valid TOML")
        }
        guard let keysValue = table["keys"] else { return .default }
        guard let keys = keysValue.table else {
            throw KeymapError(line: ThemeLoader.line(of: "keys", in: configTOML), message: "[keys] must be a table")
        }
        var map = Keymap.default
        for (name, value) in keys {
            let line = ThemeLoader.line(of: name, inTable: "keys", in: configTOML)
            guard let action = ReaderAction(rawValue: name) else {
                throw KeymapError(line: line, message: "unknown action '\(name)' (see the Keys section of the README)")
            }
            var names: [String] = []
            if let s = value.string {
                names = [s]
            } else if let arr = value.array {
                for v in arr {
                    guard let s = v.string else { throw KeymapError(line: line, message: "'\(name)' lists a key that is not a string") }
                    names.append(s)
                }
            } else {
                throw KeymapError(line: line, message: "'\(name)' must be a key name or a list of key names")
            }
            var newKeys: [Key] = []
            for n in names {
                guard let k = KeyName.parse(n) else { throw KeymapError(line: line, message: "unknown key name '\(n)'") }
                newKeys.append(k)
            }
            for (k, a) in map.bindings where a == action { map.bindings[k] = nil }
            for k in newKeys { map.bindings[k] = action }
        }
        return map
    }
}
