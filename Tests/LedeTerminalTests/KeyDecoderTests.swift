import CNcursesw
import Testing
@testable import LedeTerminal
import LedeScreen

@Suite struct KeyDecoderTests {
    @Test func keyCodes() {
        let table: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
            (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)), (lede_key_f(5), .function(5)),
        ]
        for (code, key) in table {
            #expect(KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(code)) == key, "key code \(code)")
        }
        #expect(KeyDecoder.keyCode(KEY_RESIZE) == nil)
        #expect(KeyDecoder.keyCode(KEY_MOUSE) == nil)
    }

    @Test func controlCharacters() {
        #expect(KeyDecoder.decode(status: OK, value: 9) == .tab)
        #expect(KeyDecoder.decode(status: OK, value: 10) == .enter)
        #expect(KeyDecoder.decode(status: OK, value: 13) == .enter)
        #expect(KeyDecoder.decode(status: OK, value: 27) == .escape)
        #expect(KeyDecoder.decode(status: OK, value: 127) == .backspace)
        #expect(KeyDecoder.decode(status: OK, value: 8) == .backspace)
        #expect(KeyDecoder.decode(status: OK, value: 4) == .control("d"))
        #expect(KeyDecoder.decode(status: OK, value: 21) == .control("u"))
        #expect(KeyDecoder.decode(status: OK, value: 26) == .control("z"))
        #expect(KeyDecoder.decode(status: OK, value: 0x9B) == nil)   // C1 CSI is never a key
    }

    @Test func printableCharacters() {
        #expect(KeyDecoder.decode(status: OK, value: UInt32(UInt8(ascii: "q"))) == .character("q"))
        #expect(KeyDecoder.decode(status: OK, value: UInt32(UInt8(ascii: "*"))) == .character("*"))
        #expect(KeyDecoder.decode(status: OK, value: 0x00E9) == .character("é"))
        #expect(KeyDecoder.decode(status: OK, value: 0x6F22) == .character("漢"))
        #expect(KeyDecoder.decode(status: ERR, value: 0) == nil)
    }

    @Test func mouse() {
        #expect(MouseDecoder.decode(x: 3, y: 4, buttonState: lede_button1_pressed())
                == MouseEvent(x: 3, y: 4, action: .press))
        #expect(MouseDecoder.decode(x: 0, y: 0, buttonState: lede_button1_released())?.action == .release)
        #expect(MouseDecoder.decode(x: 0, y: 0, buttonState: lede_button4_pressed())?.action == .wheelUp)
        #expect(MouseDecoder.decode(x: 0, y: 0, buttonState: lede_button5_pressed())?.action == .wheelDown)
        #expect(MouseDecoder.decode(x: 0, y: 0, buttonState: 0) == nil)
    }

    @Test func drawableScalarsDropControlsAndKeepCombiningMarks() {
        setlocale(LC_ALL, "C.UTF-8")
        #expect(Terminal.drawableScalars("\u{1B}") == ["\u{FFFD}"])
        #expect(Terminal.drawableScalars("\u{9B}") == ["\u{FFFD}"])
        #expect(Terminal.drawableScalars("e\u{301}") == ["e", "\u{301}"])
        #expect(Terminal.drawableScalars("") == [" "])
        // A joined emoji keeps its first visible scalar; the spacing scalars after it are not combining.
        #expect(Terminal.drawableScalars("👨\u{200D}👩").first == "👨")
        #expect(!Terminal.drawableScalars("👨\u{200D}👩").contains("👩"))
    }
}
