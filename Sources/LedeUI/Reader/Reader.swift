import LedeCore
import LedeScreen

/// The reader's two pure functions: the next state for an event, and the frame for a state.
public enum Reader {
    /// The state after an event. Pure: the same state and event always give the same result.
    public static func update(_ state: ReaderState, _ event: InputEvent) -> ReaderState {
        var s = state
        switch event {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
        case .tick:
            return s
        case .analysisFinished(let analysis):
            s.document.analysis = analysis
            s.index = DocumentIndex(s.document)
            // Entity indices refer to the new analysis; a selection from none cannot carry over.
            s.selection = nil
            s.factsCursor = 0
            s.timelineCursor = 0
        case .key(let key):
            s.message = nil
            s.handle(key)
        case .mouse(let m):
            s.handle(m)
        }
        s.settle()
        return s
    }

    /// The frame for a state: exactly `state.width` x `state.height` cells.
    public static func render(_ state: ReaderState) -> CellGrid {
        ReaderRenderer(state: state).render()
    }
}
