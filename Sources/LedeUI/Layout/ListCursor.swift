/// Where a list stands: the selected row and the first row on screen (ratatui's `ListState`). Every list in
/// Lede keeps one (the reader's panels and overlays, the library list and the lists opened from it), so the
/// scrolling rules live here once: the selection stays inside the list and on screen, and the view never
/// leaves empty rows below the last one while rows above it are hidden.
public struct ListCursor: Hashable, Sendable {
    /// The selected row (0 in an empty list).
    public internal(set) var selected: Int
    /// The first row on screen.
    public internal(set) var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = max(0, selected)
        self.offset = max(0, offset)
    }

    /// Selects a row (clamped to the list) and scrolls as little as needed to show it among `height` rows.
    mutating func select(_ row: Int, count: Int, height: Int) {
        selected = count > 0 ? max(0, min(count - 1, row)) : 0
        reveal(height: height)
        clampOffset(count: count, height: height)
    }

    /// Moves the selection by `delta` rows.
    mutating func move(by delta: Int, count: Int, height: Int) {
        select(selected + max(-count, min(count, delta)), count: count, height: height)
    }

    /// Scrolls the view by `delta` rows (the mouse wheel), taking the selection along when it would leave.
    mutating func scroll(by delta: Int, count: Int, height: Int) {
        let h = max(1, height)
        offset = max(0, min(max(0, count - h), offset + delta))
        selected = max(offset, min(selected, offset + h - 1, max(0, count - 1)))
    }

    /// After the list or the screen changed: the selection inside the list and on screen.
    mutating func settle(count: Int, height: Int) {
        select(selected, count: count, height: height)
    }

    /// Scrolls as little as needed to put the selection among the `height` rows shown.
    mutating func reveal(height: Int) {
        let h = max(1, height)
        if selected < offset { offset = selected }
        if selected >= offset + h { offset = selected - h + 1 }
    }

    /// No empty rows below the last one while rows above are hidden.
    mutating func clampOffset(count: Int, height: Int) {
        offset = max(0, min(offset, max(0, count - max(1, height))))
    }

    /// The rows on screen, for a list of `count` rows shown `height` at a time.
    func visibleRows(count: Int, height: Int) -> Range<Int> {
        let start = min(offset, count)
        return start..<min(count, start + max(0, height))
    }
}
