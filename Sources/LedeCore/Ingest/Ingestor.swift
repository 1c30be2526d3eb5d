import Foundation

/// Turns files, folders, stdin and raw bytes into articles. The single entry point of ingestion.
public enum Ingestor {
    /// One input the user named, expanded: a file path or "-" for stdin.
    public static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            if p != "-" && fm.fileExists(atPath: p, isDirectory: &isDir) && isDir.boolValue {
                out.append(contentsOf: filesInFolder(p))
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// Every supported file under a folder, recursively, in a stable (sorted) order; hidden files skipped.
    public static func filesInFolder(_ folder: String) -> [String] {
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let rel = e.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") { e.skipDescendants(); continue }
            let full = (folder as NSString).appendingPathComponent(rel)
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue,
               supportedExtensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append(full)
            }
        }
        return files.sorted()
    }

    public static let supportedExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "mdown", "html", "htm", "xhtml", "rss", "atom", "xml", "feed",
    ]

    /// Reads one path ("-" for stdin) into one or more articles (a feed gives several).
    public static func load(_ path: String, options: IngestOptions = IngestOptions()) throws -> [Article] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > options.maxSize {
                throw IngestError(source: "stdin", reason: .tooLarge(size: data.count, limit: options.maxSize))
            }
            return try articles(from: data, source: "stdin", hint: nil, options: options)
        }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw IngestError(source: path, reason: .missing)
        }
        if isDir.boolValue { throw IngestError(source: path, reason: .unsupported("is a directory")) }
        let size = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > options.maxSize {
            throw IngestError(source: path, reason: .tooLarge(size: size, limit: options.maxSize))
        }
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw IngestError(source: path, reason: .unreadable(String(describing: (error as NSError).localizedDescription)))
        }
        return try articles(from: data, source: path, hint: (path as NSString).pathExtension.lowercased(),
                            options: options)
    }

    /// Detects the format of raw bytes and extracts the article(s). Binary data is refused; empty data gives
    /// one empty article.
    public static func articles(from data: Data, source: String, hint: String?,
                                options: IngestOptions = IngestOptions()) throws -> [Article] {
        if data.count > options.maxSize {
            throw IngestError(source: source, reason: .tooLarge(size: data.count, limit: options.maxSize))
        }
        if TextDecoder.looksBinary(data) { throw IngestError(source: source, reason: .binary) }
        var decoded = TextDecoder.decode(data)
        let format = FormatSniffer.detect(decoded.text, hint: hint)
        if format == .html, TextDecoder.byteOrderMark(data) == nil, let declared = TextDecoder.declaredCharset(data) {
            // The page's own charset declaration wins over the UTF-8 guess (no BOM said otherwise).
            let redone = TextDecoder.decode(data, declaredCharset: declared)
            if redone.text != decoded.text { decoded = redone }
        }
        switch format {
        case .text:
            return [PlainTextIngestor.article(text: decoded.text, source: source)]
        case .markdown:
            return [MarkdownIngestor.article(text: decoded.text, source: source)]
        case .html:
            return [try HTMLIngestor.article(html: decoded.text, source: source)]
        case .rss, .atom:
            return try FeedIngestor.articles(xml: decoded.text, source: source, format: format)
        }
    }
}
