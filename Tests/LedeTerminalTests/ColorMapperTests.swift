import Testing
@testable import LedeTerminal

@Suite struct ColorMapperTests {
    @Test func defaultStaysDefaultAtEveryDepth() {
        for depth in [ColorDepth.monochrome, .eight, .sixteen, .palette256, .direct] {
            #expect(ColorMapper(depth: depth).number(for: .default) == -1)
        }
    }

    @Test func monochromeDropsColours() {
        #expect(ColorMapper(depth: .monochrome).number(for: .rgb(255, 0, 0)) == -1)
    }

    @Test func palette256UsesTheCubeForSaturatedColours() {
        let m = ColorMapper(depth: .palette256)
        #expect(m.number(for: .rgb(255, 0, 0)) == 196)
        #expect(m.number(for: .rgb(0, 0, 255)) == 21)
        #expect(m.number(for: .rgb(0, 255, 0)) == 46)
        #expect(m.number(for: .rgb(255, 255, 255)) == 231)
        #expect(m.number(for: .rgb(0, 0, 0)) == 16)
        // #5f87af is exactly cube (1, 2, 3).
        #expect(m.number(for: .rgb(0x5f, 0x87, 0xaf)) == 16 + 36 * 1 + 6 * 2 + 3)
        // Near a cube colour, not exactly on it.
        #expect(m.number(for: .rgb(250, 130, 10)) == 16 + 36 * 5 + 6 * 2 + 0)
    }

    @Test func palette256UsesTheGreyRampForGreys() {
        let m = ColorMapper(depth: .palette256)
        #expect(m.number(for: .rgb(0x30, 0x30, 0x30)) == 236)   // 8 + 10 × 4 = 48 = 0x30
        #expect(m.number(for: .rgb(0x80, 0x80, 0x80)) == 244)
        #expect(m.number(for: .rgb(0xee, 0xee, 0xee)) == 255)
        #expect(m.number(for: .rgb(0x1c, 0x1d, 0x1c)) == 234)
    }

    @Test func sixteenPicksTheNearestAnsiColour() {
        let m = ColorMapper(depth: .sixteen)
        #expect(m.number(for: .rgb(250, 10, 10)) == 9)      // bright red
        #expect(m.number(for: .rgb(180, 0, 0)) == 1)        // red
        #expect(m.number(for: .rgb(120, 120, 130)) == 8)    // bright black (grey)
        #expect(m.number(for: .rgb(0, 0, 230)) == 4)        // blue
        #expect(m.number(for: .rgb(250, 250, 250)) == 15)
    }

    @Test func eightUsesOnlyTheFirstEight() {
        let m = ColorMapper(depth: .eight)
        #expect(m.number(for: .rgb(250, 10, 10)) == 1)
        #expect(m.number(for: .rgb(250, 250, 250)) == 7)
        #expect(m.number(for: .rgb(30, 30, 30)) == 0)
        #expect(m.number(for: .rgb(240, 240, 20)) == 3)
        for v in stride(from: 0, through: 255, by: 15) {
            #expect((0..<8).contains(m.number(for: .rgb(UInt8(v), UInt8(255 - v), UInt8(v / 2)))))
        }
    }

    @Test func directPacksRgbAndAvoidsTheAnsiRange() {
        let m = ColorMapper(depth: .direct)
        #expect(m.number(for: .rgb(0x12, 0x34, 0x56)) == 0x123456)
        // 0..7 would be sent as ANSI colours by direct-colour terminfo entries.
        #expect(m.number(for: .rgb(0, 0, 1)) >= 8)
        #expect(m.number(for: .rgb(0, 0, 0)) >= 8)
    }

    @Test func depthFollowsTheTerminfoColourCount() {
        #expect(ColorDepth(colorCount: 0) == .monochrome)
        #expect(ColorDepth(colorCount: 8) == .eight)
        #expect(ColorDepth(colorCount: 16) == .sixteen)
        #expect(ColorDepth(colorCount: 88) == .sixteen)
        #expect(ColorDepth(colorCount: 256) == .palette256)
        #expect(ColorDepth(colorCount: 0x100_0000) == .direct)
    }
}
