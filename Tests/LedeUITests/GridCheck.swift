@testable import LedeUI
import LedeScreen

/// Structural checks on a rendered frame: wide cells are followed by their continuation, nothing else is a
/// continuation, and no cell holds a control character (C0, C1, DEL) or a bidi control (embeddings and
/// overrides U+202A–U+202E, isolates U+2066–U+2069), which would reorder what the terminal shows.
enum GridCheck {
    static func problems(_ g: CellGrid) -> [String] {
        var out: [String] = []
        for y in 0..<g.height {
            var x = 0
            while x < g.width {
                let c = g[x, y]
                if c.isContinuation { out.append("orphan continuation at \(x),\(y)"); x += 1; continue }
                for s in c.text.unicodeScalars where isUnsafe(s.value) {
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

    /// Written out here rather than taken from `CellGrid`, so the check does not trust the code it checks.
    static func isUnsafe(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v <= 0x9F) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
