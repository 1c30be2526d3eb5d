import LedeCore
import LedeScreen

/// Everything that can change the reader's state arrives as one of these (Model / Update / View).
public enum InputEvent: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// A periodic tick, for progress indicators.
    case tick
    /// The background analysis of a large article finished: the text was on screen already, the highlights,
    /// facts and timeline arrive with this.
    case analysisFinished(Analysis)

    /// The event for what the screen reported.
    public init(_ event: ScreenEvent) {
        switch event {
        case .key(let k): self = .key(k)
        case .mouse(let m): self = .mouse(m)
        case let .resize(width, height): self = .resize(width: width, height: height)
        }
    }
}
