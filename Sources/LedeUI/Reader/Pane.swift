/// The parts of the reader that can have the keyboard.
public enum Pane: Hashable, Sendable {
    case article
    case facts
    case timeline
}
