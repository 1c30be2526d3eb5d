/// What `Terminal.nextEvent` reports.
public enum TerminalEvent: Hashable, Sendable {
    case key(TerminalKey)
    case mouse(TerminalMouse)
    /// The terminal changed size, or came back from a suspension and must be drawn again at this size.
    case resize(width: Int, height: Int)
}
