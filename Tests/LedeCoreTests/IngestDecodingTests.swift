import Foundation
import Testing
@testable import LedeCore

@Suite("Ingest: decoding and sanitising")
struct IngestDecodingTests {
    func decode(_ bytes: [UInt8], hint: String = "txt") throws -> Article {
        try Ingestor.articles(from: Data(bytes), source: "t", hint: hint)[0]
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = Array("Café “quoted”\n".utf8)
        #expect(try decode(plain).text.string == "Café “quoted”\n")
        #expect(try decode([0xEF, 0xBB, 0xBF] + plain).text.string == "Café “quoted”\n")
    }

    @Test func utf16WithBOM() throws {
        let s = "Zürich – 東京\r\nnext line"
        var le: [UInt8] = [0xFF, 0xFE], be: [UInt8] = [0xFE, 0xFF]
        for u in s.utf16 {
            le += [UInt8(u & 0xFF), UInt8(u >> 8)]
            be += [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
        #expect(try decode(le).text.string == "Zürich – 東京\nnext line")
        #expect(try decode(be).text.string == "Zürich – 東京\nnext line")
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // "caf\xE9 \x93quoted\x94 \x80 5" in Windows-1252.
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x20, 0x35]
        let a = try decode(bytes)
        #expect(a.text.string == "café “q” € 5")
    }

    @Test func controlsBecomeReplacementOneForOne() throws {
        let a = try decode(Array("a\u{1B}[31mred\u{7}\u{9B}b\tc\r\nd\re".utf8))
        #expect(a.text.string == "a\u{FFFD}[31mred\u{FFFD}\u{FFFD}b\tc\nd\ne")
        #expect(!a.text.scalars.contains { TextSanitizer.isUnsafe($0.value) })
    }

    @Test func htmlMetaCharsetIsRespected() throws {
        let head = Array("<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><article><p>Caf".utf8)
        let tail = Array(" said the owner of the café on the corner of the square, again.</p></article></body></html>".utf8)
        let a = try decode(head + [0xE9, 0x20, 0x93, 0x71, 0x94] + tail, hint: "html")
        #expect(a.text.string.contains("Café “q” said"))
    }

    @Test func httpEquivCharsetIsFound() {
        let d = Data("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">".utf8)
        #expect(TextDecoder.declaredCharset(d) == "iso-8859-1")
        #expect(TextDecoder.decode(Data([0x41, 0xE9]), declaredCharset: "ISO-8859-1").text == "Aé")
    }

    @Test func bomlessUTF16IsNotBinary() throws {
        var le: [UInt8] = []
        for u in "Plain words in UTF-16 without a byte order mark.".utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(!TextDecoder.looksBinary(Data(le)))
        #expect(try decode(le).text.string == "Plain words in UTF-16 without a byte order mark.")
    }
}
