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
        if path == "-" {
            let data = try readAll(fd: STDIN_FILENO, source: "stdin", knownSize: nil, limit: options.maxSize)
            return try articles(from: data, source: "stdin", hint: nil, options: options)
        }
        let data = try readFile(path, limit: options.maxSize)
        return try articles(from: data, source: path, hint: (path as NSString).pathExtension.lowercased(),
                            options: options)
    }

    /// Reads a regular file with POSIX calls, so errors carry the system's reason and the size limit holds
    /// even for files that grow or report no size. FIFOs, devices and sockets are refused: reading them could
    /// block forever or never end.
    public static func readFile(_ path: String, limit: Int) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            let e = errno
            if e == ENOENT || e == ENOTDIR { throw IngestError(source: path, reason: .missing) }
            throw IngestError(source: path, reason: .unreadable(String(cString: strerror(e))))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            throw IngestError(source: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw IngestError(source: path, reason: .unsupported("is a directory"))
        default: throw IngestError(source: path, reason: .unsupported("not a regular file"))
        }
        if Int(st.st_size) > limit {
            throw IngestError(source: path, reason: .tooLarge(size: Int(st.st_size), limit: limit))
        }
        return try readAll(fd: fd, source: path, knownSize: Int(st.st_size), limit: limit)
    }

    /// Reads to end of file, refusing more than `limit` bytes.
    static func readAll(fd: Int32, source: String, knownSize: Int?, limit: Int) throws -> Data {
        var bytes = [UInt8]()
        bytes.reserveCapacity(min(knownSize ?? 65536, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // Standard input opened non-blocking by someone else: wait for data.
                    var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                throw IngestError(source: source, reason: .unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit {
                throw IngestError(source: source, reason: .tooLarge(size: max(bytes.count, knownSize ?? 0), limit: limit))
            }
        }
        return Data(bytes)
    }

    /// Detects the format of raw bytes and extracts the article(s). Binary data is refused; empty data gives
    /// one empty article.
    public static func articles(from data: Data, source: String, hint: String?,
                                options: IngestOptions = IngestOptions()) throws -> [Article] {
        if data.count > options.maxSize {
            throw IngestError(source: source, reason: .tooLarge(size: data.count, limit: options.maxSize))
        }
        if TextDecoder.looksBinary(data) { throw IngestError(source: source, reason: .binary) }
        let decoded = TextDecoder.decode(data, givenCharset: options.charset)
        let format = FormatSniffer.detect(decoded.text, hint: hint)
        return try articles(decoded: decoded, data: data, source: source, format: format, options: options)
    }

    /// Extracts the article(s) of decoded bytes in a format already chosen.
    static func articles(decoded: TextDecoder.Decoded, data: Data, source: String,
                         format: ArticleFormat, options: IngestOptions) throws -> [Article] {
        var decoded = decoded
        if options.charset == nil, format == .html || format == .rss || format == .atom,
           TextDecoder.byteOrderMark(data) == nil, let declared = TextDecoder.declaredCharset(data),
           let charset = TextDecoder.webCharset(declared, declaredInDocument: true), charset != decoded.charset,
           !(charset == "CP1252" && decoded.charset == "UTF-8") {
            // The page's own declaration (`<meta>`, the XML declaration) wins over the UTF-8 guess.
            decoded = TextDecoder.decode(data, declaredCharset: declared)
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

    /// Reads raw bytes as the given format, whatever they look like (the fuzzer drives every ingestor this
    /// way). Binary data and the size limit are refused as for any other input.
    public static func articles(from data: Data, source: String, as format: ArticleFormat,
                                options: IngestOptions = IngestOptions()) throws -> [Article] {
        if data.count > options.maxSize {
            throw IngestError(source: source, reason: .tooLarge(size: data.count, limit: options.maxSize))
        }
        if TextDecoder.looksBinary(data) { throw IngestError(source: source, reason: .binary) }
        return try articles(decoded: TextDecoder.decode(data, givenCharset: options.charset), data: data,
                            source: source, format: format, options: options)
    }
}
