import LedeScreen

/// Maps 24-bit colours to the nearest colour number a terminal of a given depth has.
///
/// Colour numbers are what ncurses' colour pairs take: -1 is the terminal's default colour, 0–255 palette
/// entries, and for direct-colour terminals the packed value 0xRRGGBB.
public struct ColorMapper: Sendable {
    public let depth: ColorDepth

    public init(depth: ColorDepth) {
        self.depth = depth
    }

    /// The xterm defaults for the 16 ANSI colours; terminals differ a little, but these are what users expect.
    static let ansi16: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]
    /// The six levels of each axis of the 6×6×6 cube in palette entries 16–231.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The colour number for a colour, or -1 for the default (and for every colour on a monochrome terminal).
    public func number(for color: Color) -> Int32 {
        guard case let .rgb(r, g, b) = color else { return -1 }
        switch depth {
        case .monochrome: return -1
        case .eight: return Int32(Self.nearest(r, g, b, in: Self.ansi16[0..<8]))
        case .sixteen: return Int32(Self.nearest(r, g, b, in: Self.ansi16[0..<16]))
        case .palette256: return Int32(Self.nearest256(r, g, b))
        case .direct:
            let packed = Int32(r) << 16 | Int32(g) << 8 | Int32(b)
            // Direct-colour terminfo entries send values below 8 as the ANSI colours (setaf 30–37), so
            // (0,0,1) would come out red; a value one step off black looks the same and stays literal.
            return packed < 8 ? 8 : packed
        }
    }

    /// Nearest entry of the xterm 256-colour palette, among the cube and the grey ramp only: entries 0–15 are
    /// often redefined by users' terminal themes, so they are not a reliable match for an exact colour.
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func cubeIndex(_ v: UInt8) -> Int {
            let v = Int(v)
            return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40
        }
        let (ri, gi, bi) = (cubeIndex(r), cubeIndex(g), cubeIndex(b))
        let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyIndex = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 8 + 10 * greyIndex
        let cubeDistance = distance(r, g, b, cube.0, cube.1, cube.2)
        let greyDistance = distance(r, g, b, grey, grey, grey)
        return greyDistance < cubeDistance ? 232 + greyIndex : 16 + 36 * ri + 6 * gi + bi
    }

    static func nearest(_ r: UInt8, _ g: UInt8, _ b: UInt8, in palette: ArraySlice<(UInt8, UInt8, UInt8)>) -> Int {
        var best = palette.startIndex, bestDistance = Int.max
        for i in palette.indices {
            let p = palette[i]
            let d = distance(r, g, b, Int(p.0), Int(p.1), Int(p.2))
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }

    static func distance(_ r: UInt8, _ g: UInt8, _ b: UInt8, _ r2: Int, _ g2: Int, _ b2: Int) -> Int {
        let dr = Int(r) - r2, dg = Int(g) - g2, db = Int(b) - b2
        return dr * dr + dg * dg + db * db
    }
}
