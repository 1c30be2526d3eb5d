import LedeTerminal
import LedeUI

/// Converts between LedeUI's types and LedeTerminal's, which know nothing of each other.
enum TerminalBridge {
    static func frame(_ grid: CellGrid) -> TerminalFrame {
        TerminalFrame(width: grid.width, height: grid.height, cells: grid.cells.map(cell))
    }

    static func cell(_ c: Cell) -> TerminalCell {
        var attributes: TerminalAttributes = []
        let s = c.style
        if s.bold { attributes.insert(.bold) }
        if s.underline { attributes.insert(.underline) }
        if s.reverse { attributes.insert(.reverse) }
        if s.dim { attributes.insert(.dim) }
        if s.italic { attributes.insert(.italic) }
        return TerminalCell(text: c.text, width: c.width, foreground: color(s.foreground),
                            background: color(s.background), attributes: attributes)
    }

    static func color(_ c: Color) -> TerminalColor {
        switch c {
        case .default: return .default
        case let .rgb(r, g, b): return .rgb(r, g, b)
        }
    }

    static func event(_ e: TerminalEvent) -> InputEvent? {
        switch e {
        case .key(let k): return key(k).map { .key($0) }
        case .mouse(let m):
            let action: MouseEvent.Action
            switch m.action {
            case .press: action = .press
            case .release: action = .release
            case .wheelUp: action = .wheelUp
            case .wheelDown: action = .wheelDown
            }
            return .mouse(MouseEvent(x: m.x, y: m.y, action: action))
        case let .resize(width, height): return .resize(width: width, height: height)
        }
    }

    static func key(_ k: TerminalKey) -> Key? {
        switch k {
        case .character(let c): return .character(c)
        case .control(let c): return .control(c)
        case .up: return .up
        case .down: return .down
        case .left: return .left
        case .right: return .right
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .home: return .home
        case .end: return .end
        case .enter: return .enter
        case .escape: return .escape
        case .tab: return .tab
        case .backTab: return .backTab
        case .backspace: return .backspace
        case .delete: return .delete
        case .insert: return nil
        case .function(let n): return .function(n)
        }
    }
}
