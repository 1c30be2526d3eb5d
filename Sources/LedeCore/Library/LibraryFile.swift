import Foundation

/// One file of the library: an absolute path, and the attribution to show with its articles (built-in samples).
public struct LibraryFile: Hashable, Sendable {
    public var path: String
    public var attribution: String?

    public init(path: String, attribution: String? = nil) {
        self.path = path
        self.attribution = attribution
    }

    /// The files named on the command line: folders expanded (recursively, sorted), paths made absolute so
    /// the index and the reading positions find them again from any working directory; duplicates dropped.
    public static func expand(_ paths: [String]) -> [LibraryFile] {
        var seen: Set<String> = []
        var out: [LibraryFile] = []
        for p in Ingestor.expand(paths) where p != "-" {
            let abs = URL(fileURLWithPath: p).standardizedFileURL.path
            if seen.insert(abs).inserted { out.append(LibraryFile(path: abs)) }
        }
        return out
    }

    /// The built-in sample library, each file with its attribution.
    public static func samples() -> [LibraryFile] {
        SampleLibrary.paths().map { LibraryFile(path: $0, attribution: SampleLibrary.attribution(for: $0)) }
    }
}
