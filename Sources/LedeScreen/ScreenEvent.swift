/// What the screen reports: a key, a mouse event, or a new size. The terminal layer produces these; the
/// interface turns them into its own events.
public enum ScreenEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal changed size, or came back from a suspension and must be drawn again at this size.
    case resize(width: Int, height: Int)
}
