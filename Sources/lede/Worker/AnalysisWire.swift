import Foundation
import LedeCore

/// The bytes an article and its analysis travel in between `lede` and its analysis worker process.
///
/// The article's text is sent as it is and the rest of the article (blocks, sections, metadata) as JSON through
/// the types' own Codable conformance; the analysis comes back as `AnalysisArchive` bytes (a field added to a
/// model type must be added there too: its round-trip test over the corpus fails until it is).
enum AnalysisWire {
    struct Malformed: Error, CustomStringConvertible {
        var description: String { "the analysis process sent a malformed message" }
    }

    private struct ArticleFields: Codable {
        var source: String
        var format: ArticleFormat
        var title: String?
        var published: PublicationDate?
        var link: String?
        var attribution: String?
        var blocks: [Block]
        var sections: [Section]
    }

    static func encode(_ article: Article, into w: inout WireWriter) throws {
        let fields = ArticleFields(source: article.source, format: article.format, title: article.title,
                                   published: article.published, link: article.link,
                                   attribution: article.attribution, blocks: article.blocks,
                                   sections: article.sections)
        w.bytes(try JSONEncoder().encode(fields))
        w.string(article.text.string)
    }

    static func decodeArticle(_ r: inout WireReader) throws -> Article {
        let fields = try JSONDecoder().decode(ArticleFields.self, from: try r.bytes())
        return Article(source: fields.source, format: fields.format, title: fields.title, published: fields.published,
                       link: fields.link, attribution: fields.attribution, text: try r.string(),
                       blocks: fields.blocks, sections: fields.sections)
    }

    /// The analysis travels as `AnalysisArchive` bytes: packed by hand, several times faster both ways than the
    /// JSON it replaced, which was most of the cost per article of `lede analyze` on many files.
    static func encode(_ analysis: Analysis, into w: inout WireWriter) throws {
        w.bytes(AnalysisArchive.encode(analysis))
    }

    /// The analysis of an article of `textCount` scalars: every range is checked against it.
    static func decodeAnalysis(_ r: inout WireReader, textCount: Int) throws -> Analysis {
        guard let a = AnalysisArchive.decode(try r.byteArray(), textCount: textCount) else { throw Malformed() }
        return a
    }
}

/// Appends varints, strings and byte runs to a message.
struct WireWriter {
    private(set) var data: [UInt8] = []

    mutating func byte(_ b: UInt8) { data.append(b) }

    mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            data.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        data.append(UInt8(v))
    }

    mutating func bytes<C: Collection>(_ b: C) where C.Element == UInt8 {
        varint(UInt64(b.count))
        data.append(contentsOf: b)
    }

    mutating func string(_ s: String) { bytes(s.utf8) }
}

/// Reads what `WireWriter` wrote; every read checks the bounds, so a short or garbled message is an error.
struct WireReader {
    private let data: [UInt8]
    private var at = 0

    init(_ data: [UInt8]) { self.data = data }

    var isAtEnd: Bool { at == data.count }

    mutating func byte() throws -> UInt8 {
        guard at < data.count else { throw AnalysisWire.Malformed() }
        defer { at += 1 }
        return data[at]
    }

    mutating func varint() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw AnalysisWire.Malformed() }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    /// A varint that must fit an offset or a length.
    mutating func int() throws -> Int {
        let v = try varint()
        guard v <= UInt64(Int32.max) * 4 else { throw AnalysisWire.Malformed() }
        return Int(v)
    }

    /// An element count, which cannot be more than the bytes left.
    mutating func count() throws -> Int {
        let n = try int()
        guard n <= data.count - at else { throw AnalysisWire.Malformed() }
        return n
    }

    mutating func byteArray() throws -> [UInt8] {
        let n = try count()
        defer { at += n }
        return Array(data[at..<at + n])
    }

    mutating func bytes() throws -> Data {
        let n = try count()
        defer { at += n }
        return Data(data[at..<at + n])
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { at += n }
        return String(decoding: data[at..<at + n], as: UTF8.self)
    }
}
