import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import LedeCore

/// Every charset the web still uses, decoded exactly as HTML (`<meta charset>`), as a feed (the XML declaration)
/// and as plain text with the charset given. Each page is built in the test: one UTF-8 text per script,
/// converted with glibc's iconv.
@Suite("Ingest: charsets through iconv")
struct IngestCharsetTests {
    static let chinese = "北京市政府周三宣布了新的交通计划，地铁将延长运营时间"
    static let traditional = "台北市政府週三宣布了新的交通計畫，捷運將延長營運時間"
    static let japanese = "東京都は水曜日に新しい交通計画を発表し、地下鉄の運行時間を延長する"
    static let korean = "서울시는 수요일 새로운 교통 계획을 발표했고 지하철 운행 시간을 연장한다"
    static let russian = "Правительство Москвы в среду объявило новый план, метро будет работать дольше"
    static let greek = "Η κυβέρνηση ανακοίνωσε την Τετάρτη νέο σχέδιο για τις συγκοινωνίες"
    static let hebrew = "הממשלה הודיעה ביום רביעי על תוכנית תחבורה חדשה"
    static let arabic = "أعلنت الحكومة يوم الأربعاء عن خطة جديدة للنقل"
    static let turkish = "Hükümet çarşamba günü yeni bir ulaşım planı açıkladı: İstanbul'da metro uzayacak"
    static let thai = "รัฐบาลประกาศแผนการขนส่งใหม่ในวันพุธ รถไฟใต้ดินจะเปิดนานขึ้น"
    static let polish = "Rząd ogłosił w środę nowy plan: metro będzie jeździć dłużej, żółć gęślą jaźń"
    static let latin1 = "Le café à côté de l'église ouvre à huit heures, dit la propriétaire âgée"
    static let latin9 = "Le billet coûte 5 € et l'œuvre complète est exposée à Šibenik"
    static let cp1252 = "“The café’s owner”, he said naïvely, “won’t close” … for €5"

    /// Each charset the issue names, with a text it can encode.
    static let cases: [(String, String)] = [
        ("GBK", chinese), ("GB2312", chinese), ("GB18030", chinese), ("Big5", traditional),
        ("EUC-KR", korean), ("EUC-JP", japanese), ("Shift_JIS", japanese), ("KOI8-R", russian),
        ("ISO-8859-5", russian), ("windows-1251", russian), ("ISO-8859-7", greek), ("windows-1253", greek),
        ("ISO-8859-8", hebrew), ("windows-1255", hebrew), ("windows-1256", arabic), ("ISO-8859-9", turkish),
        ("windows-1254", turkish), ("TIS-620", thai), ("ISO-8859-2", polish), ("windows-1250", polish),
        ("ISO-8859-1", latin1), ("ISO-8859-15", latin9), ("windows-1252", cp1252),
    ]

    /// UTF-8 text converted to `charset` by glibc's iconv; fails the test if iconv cannot encode all of it.
    static func encode(_ text: String, _ charset: String) -> [UInt8] {
        let cd = iconv_open(charset, "UTF-8")
        guard let cd, cd != iconv_t(bitPattern: -1) else { Issue.record("iconv lacks \(charset)"); return [] }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var inLeft = input.count, outLeft = output.count
        let r = input.withUnsafeMutableBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                var ip: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(i.baseAddress!).assumingMemoryBound(to: CChar.self)
                var op: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(o.baseAddress!).assumingMemoryBound(to: CChar.self)
                return iconv(cd, &ip, &inLeft, &op, &outLeft)
            }
        }
        #expect(r != -1 && inLeft == 0, "iconv could not encode the \(charset) text")
        return Array(output[0..<(output.count - outLeft)])
    }

    static func htmlPage(_ text: String, charset: String) -> [UInt8] {
        let head = "<!DOCTYPE html><html><head><meta charset=\"\(charset)\"><title>"
        let mid = "</title></head><body><article><h1>Transport</h1><p>"
        let mid2 = "</p><p>The council said the plan would be reviewed next year, after a public consultation.</p><p>"
        let tail = "</p></article></body></html>"
        return Array(head.utf8) + encode(text, charset) + Array(mid.utf8) + encode(text, charset)
            + Array(mid2.utf8) + encode(text, charset) + Array(tail.utf8)
    }

    static func feed(_ text: String, charset: String) -> [UInt8] {
        let head = "<?xml version=\"1.0\" encoding=\"\(charset)\"?>\n<rss version=\"2.0\"><channel><title>News</title><item><title>"
        let mid = "</title><description>"
        let tail = "</description><link>https://example.com/a</link></item></channel></rss>\n"
        return Array(head.utf8) + encode(text, charset) + Array(mid.utf8) + encode(text, charset) + Array(tail.utf8)
    }

    @Test(arguments: cases.map(\.0))
    func htmlDeclaredByMeta(_ charset: String) throws {
        let text = Self.cases.first { $0.0 == charset }!.1
        let a = try Ingestor.articles(from: Data(Self.htmlPage(text, charset: charset)), source: "p.html", hint: "html")[0]
        #expect(a.title == text)
        #expect(a.text.string.contains(text + "\n"))
        #expect(a.text.string.contains("public consultation"))
        #expect(!a.text.string.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test(arguments: cases.map(\.0))
    func feedDeclaredByXMLDeclaration(_ charset: String) throws {
        let text = Self.cases.first { $0.0 == charset }!.1
        let items = try Ingestor.articles(from: Data(Self.feed(text, charset: charset)), source: "f.xml", hint: "xml")
        #expect(items.count == 1)
        #expect(items.first?.title == text)
        #expect(items.first?.text.string.contains(text) == true)
    }

    @Test(arguments: cases.map(\.0))
    func plainTextWithCharsetGiven(_ charset: String) throws {
        let text = Self.cases.first { $0.0 == charset }!.1
        let bytes = Self.encode(text + "\n\n" + text + "\n", charset)
        let a = try Ingestor.articles(from: Data(bytes), source: "t.txt", hint: "txt",
                                      options: IngestOptions(charset: charset))[0]
        #expect(a.text.string == text + "\n\n" + text + "\n")
    }

    @Test func controlsAreStrippedAfterDecoding() throws {
        // ISO-8859-5 0x9B is U+009B (CSI), KOI8-R has none, so these come only from the decoder.
        let bytes = Self.encode("Москва", "ISO-8859-5") + [0x9B, 0x33, 0x31, 0x6D, 0x1B, 0x5B, 0x32, 0x4A, 0x0A]
        let a = try Ingestor.articles(from: Data(bytes), source: "t.txt", hint: "txt",
                                      options: IngestOptions(charset: "ISO-8859-5"))[0]
        #expect(a.text.string == "Москва\u{FFFD}31m\u{FFFD}[2J\n")
        #expect(!a.text.scalars.contains { TextSanitizer.isUnsafe($0.value) })
    }

    @Test func undefinedBytesBecomeOneReplacementEach() {
        // 0x81 is undefined in windows-1252; a GBK lead byte at the end has no trail byte.
        #expect(TextDecoder.decode(Data([0x41, 0x81, 0x42]), givenCharset: "windows-1252").text == "A\u{FFFD}B")
        let gbk = Self.encode("中文", "GBK")
        #expect(TextDecoder.decode(Data(gbk + [0xD6]), givenCharset: "GBK").text == "中文\u{FFFD}")
    }

    @Test func labelsReadAsBrowsersReadThem() {
        // A GB2312 page using a GBK-only character, a Latin-1 page using windows-1252 quotes.
        let gbkOnly = Self.encode("镕", "GBK")
        #expect(TextDecoder.decode(Data(gbkOnly), declaredCharset: "gb2312").text == "镕")
        #expect(TextDecoder.decode(Data([0x93, 0x61, 0x94]), declaredCharset: "iso-8859-1").text == "“a”")
        #expect(TextDecoder.decode(Data([0x5C, 0x7E]), declaredCharset: "shift_jis").text == "\\~")
        // A page that declares UTF-16 but was readable as ASCII is UTF-8.
        #expect(TextDecoder.decode(Data("é".utf8), declaredCharset: "utf-16").text == "é")
        #expect(TextDecoder.webCharset("../../tmp/x", declaredInDocument: true) == nil)
        #expect(TextDecoder.knowsCharset("KOI8-R") && !TextDecoder.knowsCharset("no-such-charset"))
    }

    @Test func givenCharsetWinsOverDeclaration() throws {
        let page = Self.htmlPage(Self.russian, charset: "KOI8-R")
        // The same bytes, declared as windows-1251 in the page, read as KOI8-R because the user says so.
        var relabelled = page
        let label = Array("KOI8-R".utf8), other = Array("cp1251".utf8)
        if let i = (0...(relabelled.count - label.count)).first(where: { Array(relabelled[$0..<($0 + label.count)]) == label }) {
            relabelled.replaceSubrange(i..<(i + label.count), with: other)
        }
        let a = try Ingestor.articles(from: Data(relabelled), source: "p.html", hint: "html",
                                      options: IngestOptions(charset: "KOI8-R"))[0]
        #expect(a.title == Self.russian)
        let b = try Ingestor.articles(from: Data(relabelled), source: "p.html", hint: "html")[0]
        #expect(b.title != Self.russian)
    }

    /// A page saved again as UTF-8 that still says `charset=gb2312` (Readability's qq page): its bytes are
    /// valid UTF-8, so they are read as UTF-8, not as GB18030 mojibake; the same label on real GBK bytes holds.
    @Test func validUTF8WinsOverAStaleDeclaration() throws {
        let text = "人工智能迈上新台阶"
        let head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>"
        let tail = "</title></head><body><p>x</p></body></html>"
        let resaved = Array((head + text + tail).utf8)
        let a = try Ingestor.articles(from: Data(resaved), source: "p.html", hint: "html")[0]
        #expect(a.title == text)
        let gbk = Array(head.utf8) + Self.encode(text, "GBK") + Array(tail.utf8)
        let b = try Ingestor.articles(from: Data(gbk), source: "p.html", hint: "html")[0]
        #expect(b.title == text)
        // The user's charset still wins over what the bytes look like.
        let c = try Ingestor.articles(from: Data(resaved), source: "p.html", hint: "html",
                                      options: IngestOptions(charset: "GBK"))[0]
        #expect(c.title != text)
    }
}
