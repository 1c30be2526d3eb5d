import LedeCore

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
}
