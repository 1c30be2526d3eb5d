import Foundation
import LedeCore

/// The bytes an article and its analysis travel in between `lede` and its analysis worker process.
///
/// The bulk (the text, the tokens and the sentences) is packed by hand: a token is three varints, and a big
/// article has millions. The rest (entities, times, facts, timeline, blocks, sections) is small and goes as
/// JSON through the types' own Codable conformance, so a field added to one of them travels without a change
/// here.
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

    private struct AnalysisFields: Codable {
        var entities: [Entity]
        var times: [TimeExpression]
        var facts: [Fact]
        var timeline: [TimelineEvent]
        var referenceDate: ReferenceDate
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

    static func encode(_ analysis: Analysis, into w: inout WireWriter) throws {
        let fields = AnalysisFields(entities: analysis.entities, times: analysis.times, facts: analysis.facts,
                                    timeline: analysis.timeline, referenceDate: analysis.referenceDate)
        w.bytes(try JSONEncoder().encode(fields))
        w.ranges(analysis.sentences)
        w.varint(UInt64(analysis.tokens.count))
        // Tokens are in text order: each start as the gap from the previous end keeps the varints short.
        var previous = 0
        for t in analysis.tokens {
            let r = t.range
            w.varint(UInt64(max(0, r.start - previous)))
            w.varint(UInt64(max(0, r.end - r.start)))
            w.byte(t.kind.rawValue)
            previous = r.end
        }
    }

    static func decodeAnalysis(_ r: inout WireReader) throws -> Analysis {
        let fields = try JSONDecoder().decode(AnalysisFields.self, from: try r.bytes())
        let sentences = try r.ranges()
        let count = try r.count()
        var tokens: [Token] = []
        tokens.reserveCapacity(count)
        var previous = 0
        for _ in 0..<count {
            let start = previous + (try r.int())
            let end = start + (try r.int())
            guard let kind = Token.Kind(rawValue: try r.byte()) else { throw Malformed() }
            tokens.append(Token(range: TextRange(start, end), kind: kind))
            previous = end
        }
        return Analysis(sentences: sentences, tokens: tokens, entities: fields.entities, times: fields.times,
                        facts: fields.facts, timeline: fields.timeline, referenceDate: fields.referenceDate)
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

    mutating func ranges(_ rs: [TextRange]) {
        varint(UInt64(rs.count))
        for r in rs {
            varint(UInt64(max(0, r.start)))
            varint(UInt64(max(0, r.end - r.start)))
        }
    }
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

    mutating func ranges() throws -> [TextRange] {
        let n = try count()
        var out: [TextRange] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            let start = try int()
            out.append(TextRange(start, start + (try int())))
        }
        return out
    }
}
