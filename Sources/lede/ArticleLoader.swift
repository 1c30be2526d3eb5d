import Foundation
import LedeCore

/// Loads every input in order, reporting each bad one on stderr as one line and carrying on with the rest.
struct ArticleLoader {
    var options: IngestOptions
    private(set) var failures = 0

    init(options: IngestOptions) {
        self.options = options
    }

    mutating func load(_ paths: [String]) -> [Article] {
        var out: [Article] = []
        for path in Ingestor.expand(paths) {
            do {
                out.append(contentsOf: try Ingestor.load(path, options: options))
            } catch {
                failures += 1
                Stderr.line("lede: \(error)")
            }
        }
        return out
    }
}

/// One-line messages on standard error.
enum Stderr {
    static func line(_ s: String) {
        FileHandle.standardError.write(Data((TextSanitizer.singleLine(s) + "\n").utf8))
    }
}

/// Buffered writes to standard output (print() per article would be slow for big JSON).
enum Stdout {
    static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }
}
