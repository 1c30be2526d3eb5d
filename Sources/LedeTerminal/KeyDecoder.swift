import CNcursesw
import LedeScreen

/// Turns what `get_wch` returns into keys: a table from ncurses' key codes, and the control characters that
/// arrive as plain characters.
public enum KeyDecoder {
    /// Decodes one `get_wch` result: `status` is `OK` for a character or `KEY_CODE_YES` for a key code.
    /// Returns nil for input that is not a key (resize and mouse codes are handled by `Terminal`).
    public static func decode(status: Int32, value: UInt32) -> Key? {
        if status == KEY_CODE_YES { return keyCode(Int32(bitPattern: value)) }
        if status == OK { return character(value) }
        return nil
    }

    /// Keys that arrive as characters: Enter, Tab, Escape, Backspace and Ctrl-letters are control characters.
    public static func character(_ value: UInt32) -> Key? {
        switch value {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0x1C...0x1F: return .control(Character(Unicode.Scalar(value + 0x40)!))
        case 0x00, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Keys that arrive as ncurses key codes (with `keypad` on).
    public static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_SPREVIOUS: return .pageUp
        case KEY_NPAGE, KEY_SNEXT: return .pageDown
        case KEY_HOME, KEY_A1, KEY_SHOME: return .home
        case KEY_END, KEY_C1, KEY_LL, KEY_SEND: return .end
        case KEY_A3: return .pageUp
        case KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_F0 + 1...KEY_F0 + 63: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}
