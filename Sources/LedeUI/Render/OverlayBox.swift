import LedeCore
import LedeScreen

/// The bordered box every overlay is drawn in (the reader's help and lists, the library's help), and the
/// key-and-description lines of a help list, so all help looks alike.
enum OverlayBox {
    /// Fills the box and draws its border with a title on top and a footer below. False when the box is too
    /// small to hold anything.
    @discardableResult
    static func draw(_ frame: OverlayFrame, title: String, footer: String, theme: Theme, into grid: inout CellGrid) -> Bool {
        let b = frame.box
        guard b.width >= 8, b.height >= 3 else { return false }
        let border = theme.style(.overlayBorder)
        grid.fill(b, style: theme.style(.overlay))
        let right = b.x + b.width - 1, bottom = b.y + b.height - 1
        for x in b.x...right {
            grid.put("─", x: x, y: b.y, maxX: right + 1, style: border)
            grid.put("─", x: x, y: bottom, maxX: right + 1, style: border)
        }
        for y in b.y...bottom {
            grid.put("│", x: b.x, y: y, maxX: b.x + 1, style: border)
            grid.put("│", x: right, y: y, maxX: right + 1, style: border)
        }
        grid.put("┌", x: b.x, y: b.y, maxX: b.x + 1, style: border)
        grid.put("┐", x: right, y: b.y, maxX: right + 1, style: border)
        grid.put("└", x: b.x, y: bottom, maxX: b.x + 1, style: border)
        grid.put("┘", x: right, y: bottom, maxX: right + 1, style: border)
        grid.putTruncated(" \(title) ", x: b.x + 2, y: b.y, maxX: right - 1, style: border)
        let fw = DisplayWidth.of(footer) + 2
        grid.putTruncated(" \(footer) ", x: max(b.x + 2, right - 1 - fw), y: bottom, maxX: right - 1, style: border)
        return true
    }

    /// Help lines from `scroll` on: the keys in a column of their own, then what they do.
    static func keyLines(_ lines: [(keys: String, text: String)], scroll: Int, in frame: OverlayFrame, theme: Theme,
                         into grid: inout CellGrid) {
        let l = frame.list, body = theme.style(.overlay)
        let keyW = min(18, max(8, l.width / 3))
        for i in 0..<l.height {
            let k = scroll + i
            guard k >= 0, k < lines.count else { break }
            let y = l.y + i
            grid.putTruncated(lines[k].keys, x: l.x, y: y, maxX: l.x + keyW, style: theme.spec(.titleFocused).applied(to: body))
            grid.putTruncated(lines[k].text, x: l.x + keyW + 1, y: y, maxX: l.x + l.width, style: body)
        }
    }
}
