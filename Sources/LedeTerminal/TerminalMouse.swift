/// A mouse event at a 0-based cell position.
public struct TerminalMouse: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case press, release, wheelUp, wheelDown
    }

    public var x: Int
    public var y: Int
    public var action: Action

    public init(x: Int, y: Int, action: Action) {
        self.x = x
        self.y = y
        self.action = action
    }
}
