/// A key press, as the terminal layer decodes it.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter: Ctrl-D is `.control("d")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
}
