@testable import LedeUI
import LedeScreen

/// Structural checks on a rendered frame: wide cells are followed by their continuation, nothing else is a
/// continuation, and no cell holds a control character.
enum GridCheck {
    static func problems(_ g: CellGrid) -> [String] {
        var out: [String] = []
        for y in 0..<g.height {
            var x = 0
            while x < g.width {
                let c = g[x, y]
                if c.isContinuation { out.append("orphan continuation at \(x),\(y)"); x += 1; continue }
                for s in c.text.unicodeScalars where s.value < 0x20 || (s.value >= 0x7F && s.value <= 0x9F) {
                    out.append("control U+\(String(s.value, radix: 16)) at \(x),\(y)")
                }
                if c.width == 2 {
                    if x + 1 >= g.width || !g[x + 1, y].isContinuation { out.append("wide cell without continuation at \(x),\(y)") }
                    x += 2
                } else {
                    if DisplayWidth.of(c.text) > 1 { out.append("cell '\(c.text)' too wide at \(x),\(y)") }
                    x += 1
                }
            }
        }
        return out
    }
}
