import Foundation
import LedeCore

/// One article of the library, as the list shows it. Built from the index, or a placeholder for a file
/// that is still being analysed (`isAnalysed` false: only the file name is known).
public struct LibraryEntry: Hashable, Sendable, Identifiable {
    /// The article's key: the file's absolute path and the article's position in it (feeds hold several).
    public struct Key: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
        public var file: String
        public var item: Int

        public init(file: String, item: Int = 0) {
            self.file = file
            self.item = item
        }

        public static func < (a: Key, b: Key) -> Bool { (a.file, a.item) < (b.file, b.item) }
        public var description: String { item == 0 ? file : "\(file)#\(item)" }
    }

    public var key: Key
    public var id: Key { key }
    public var title: String
    public var published: CalendarDate?
    /// Where it comes from, as the list shows it: the host of its link, else the file name.
    public var source: String
    public var format: ArticleFormat?
    public var wordCount: Int?
    /// The most salient entities' names, most salient first.
    public var topEntities: [String]
    public var attribution: String?
    public var isAnalysed: Bool
    /// Why the file's analysis failed (one line naming it), for a file listed as failed.
    public var failure: String?

    public init(key: Key, title: String, published: CalendarDate? = nil, source: String, format: ArticleFormat? = nil,
                wordCount: Int? = nil, topEntities: [String] = [], attribution: String? = nil, isAnalysed: Bool,
                failure: String? = nil) {
        self.key = key
        self.title = title
        self.published = published
        self.source = source
        self.format = format
        self.wordCount = wordCount
        self.topEntities = topEntities
        self.attribution = attribution
        self.isAnalysed = isAnalysed
        self.failure = failure
    }

    /// The row shown for a file before its analysis arrives.
    public static func placeholder(file: String) -> LibraryEntry {
        let name = (file as NSString).lastPathComponent
        return LibraryEntry(key: Key(file: file), title: name, source: name, isAnalysed: false)
    }

    /// The row of a file whose analysis failed: its name, and the reason.
    public static func failed(file: String, message: String) -> LibraryEntry {
        let name = (file as NSString).lastPathComponent
        return LibraryEntry(key: Key(file: file), title: name, source: name, isAnalysed: false, failure: message)
    }
}
