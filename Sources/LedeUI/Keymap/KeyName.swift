import LedeScreen

/// Key names as config files write them: "j", "ctrl-d", "shift-tab", "pagedown", "space", "f1", "enter".
public enum KeyName {
    public static func parse(_ name: String) -> Key? {
        let n = name.lowercased()
        switch n {
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "pageup", "pgup", "page-up": return .pageUp
        case "pagedown", "pgdn", "page-down": return .pageDown
        case "home": return .home
        case "end": return .end
        case "enter", "return": return .enter
        case "esc", "escape": return .escape
        case "tab": return .tab
        case "shift-tab", "backtab": return .backTab
        case "backspace": return .backspace
        case "delete", "del": return .delete
        case "insert", "ins": return .insert
        case "space": return .character(" ")
        default: break
        }
        if n.hasPrefix("ctrl-") || n.hasPrefix("c-") {
            let rest = n.hasPrefix("ctrl-") ? n.dropFirst(5) : n.dropFirst(2)
            if rest.count == 1, let c = rest.first { return .control(c) }
            return nil
        }
        if n.hasPrefix("f"), n.count > 1, let k = Int(n.dropFirst()), (1...24).contains(k) { return .function(k) }
        if name.count == 1, let c = name.first { return .character(c) }
        return nil
    }

    /// The name shown in the help overlay and the README.
    public static func describe(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c)"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .function(let n): return "F\(n)"
        }
    }
}
