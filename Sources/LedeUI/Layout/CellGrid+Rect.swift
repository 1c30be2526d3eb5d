import LedeScreen

extension CellGrid {
    /// Fills a rectangle with blanks in a style.
    mutating func fill(_ r: Rect, style: Style) {
        fill(x: r.x, y: r.y, width: r.width, height: r.height, style: style)
    }
}
