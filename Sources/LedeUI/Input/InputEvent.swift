/// Everything that can change the reader's state arrives as one of these (Model / Update / View).
public enum InputEvent: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// A periodic tick, for progress indicators.
    case tick
}
