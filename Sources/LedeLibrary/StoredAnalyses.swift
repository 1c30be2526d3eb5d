import Foundation
import LedeCore

/// The library's analyses kept whole, one file per article (`AnalysisArchive`), so opening an article from the
/// list shows its highlights without analysing it again: a 5 MB article's analysis takes seconds, reading its
/// stored one a few tens of milliseconds.
///
/// A stored analysis is found by the article itself: a fingerprint of its text and of what else the analysis
/// reads (title, date, format, blocks), the analyser's version and the reference date asked for. A changed
/// article, a new analyser or another `--date` finds nothing and is analysed (and stored) again. Files are
/// written whole under a temporary name and renamed, so a reader never sees half a file; one that does not
/// decode against its article is ignored. They live in `$XDG_CACHE_HOME/lede/analyses` (default
/// `~/.cache/lede/analyses`): derived data, safe to delete.
public struct StoredAnalyses: Sendable {
    public let folder: String
    /// Bump when the archive's layout changes; part of every file name.
    static let formatVersion = 1

    public init(folder: String) {
        self.folder = folder
    }

    /// `$XDG_CACHE_HOME/lede/analyses`, else `~/.cache/lede/analyses`.
    public static func defaultFolder(environment: [String: String]) -> String {
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".cache")
        return ((cache as NSString).appendingPathComponent("lede") as NSString).appendingPathComponent("analyses")
    }

    /// The stored analysis of `article` when there is one (and `reuse`), else `analyze(article)`, stored for next
    /// time (a failure to store is ignored: the analysis is still returned).
    public func analysis(of article: Article, referenceDate: CalendarDate?, reuse: Bool = true,
                         analyze: (Article) throws -> Analysis) rethrows -> Analysis {
        let path = self.path(article, referenceDate: referenceDate)
        if reuse, let stored = load(path, textCount: article.text.count) { return stored }
        let a = try analyze(article)
        save(a, to: path)
        return a
    }

    /// Whether `article` has a stored analysis (for tests and the benchmark).
    public func has(_ article: Article, referenceDate: CalendarDate?) -> Bool {
        FileManager.default.fileExists(atPath: path(article, referenceDate: referenceDate))
    }

    func path(_ article: Article, referenceDate: CalendarDate?) -> String {
        let name = "\(Self.fingerprint(article))-v\(LibraryStore.analyzerVersion)-a\(Self.formatVersion)-"
            + (referenceDate?.iso ?? "own") + ".analysis"
        return (folder as NSString).appendingPathComponent(name)
    }

    private func load(_ path: String, textCount: Int) -> Analysis? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return AnalysisArchive.decode([UInt8](data), textCount: textCount)
    }

    private func save(_ a: Analysis, to path: String) {
        let fm = FileManager.default
        try? fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard fm.createFile(atPath: temporary, contents: Data(AnalysisArchive.encode(a))) else { return }
        if rename(temporary, path) != 0 { try? fm.removeItem(atPath: temporary) }
    }

    /// The text's content hash (`ContentHash`), then a 64-bit FNV-1a over the rest the analysis reads.
    static func fingerprint(_ article: Article) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ v: UInt64) {
            var x = v
            for _ in 0..<8 {
                h = (h ^ (x & 0xFF)) &* 0x0000_0100_0000_01b3
                x >>= 8
            }
        }
        func mix(_ s: String?) {
            guard let s else { return mix(UInt64.max) }
            mix(UInt64(s.utf8.count))
            for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        mix(article.title)
        mix(article.format.rawValue)
        mix(article.published.map { $0.date.iso + " " + $0.source.rawValue })
        mix(UInt64(article.blocks.count))
        for b in article.blocks {
            mix(UInt64(b.range.start))
            mix(UInt64(b.range.end))
            mix(b.kind.rawValue)
            mix(UInt64(bitPattern: Int64(b.level ?? -1)))
            mix(b.boilerplate?.rawValue)
        }
        let hex = String(h, radix: 16)
        return ContentHash.of(article.text.string.utf8) + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
