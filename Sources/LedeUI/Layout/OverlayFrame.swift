/// The box an overlay (help, entity list, section list) is drawn in: centred, bordered, sized to its rows.
struct OverlayFrame: Sendable {
    var box: Rect
    /// Inside the border.
    var list: Rect
    var listHeight: Int { list.height }

    init(width: Int, height: Int, rows: Int) {
        let w = max(0, min(width - 4, 76))
        let wantH = rows >= Int.max / 2 ? height : rows + 2
        let h = max(0, min(height - 2, wantH))
        box = Rect(x: max(0, (width - w) / 2), y: max(0, (height - h) / 2), width: w, height: h)
        list = Rect(x: box.x + 2, y: box.y + 1, width: w - 4, height: h - 2)
    }
}
