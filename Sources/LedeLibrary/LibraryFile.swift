import Foundation
import LedeCore

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
        let cwd = FileManager.default.currentDirectoryPath
        for p in Ingestor.expand(paths) where p != "-" {
            let abs = absolute(p, in: cwd)
            if seen.insert(abs).inserted { out.append(LibraryFile(path: abs)) }
        }
        return out
    }

    /// The folders among the paths named on the command line, made absolute as `expand` makes their files: the
    /// places where a stored file that is no longer listed was deleted.
    public static func folders(_ paths: [String]) -> [String] {
        let cwd = FileManager.default.currentDirectoryPath
        return paths.filter { p in
            var isDir: ObjCBool = false
            return p != "-" && FileManager.default.fileExists(atPath: p, isDirectory: &isDir) && isDir.boolValue
        }.map { absolute($0, in: cwd) }
    }

    /// `path` made absolute with `.` and `..` resolved, by string alone: no file-system call per file (symbolic
    /// links are kept as named, so a file keeps the key it was opened under).
    static func absolute(_ path: String, in cwd: String) -> String {
        let full = path.hasPrefix("/") ? path : cwd + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The built-in sample library, each file with its attribution.
    public static func samples() -> [LibraryFile] {
        SampleLibrary.paths().map { LibraryFile(path: $0, attribution: SampleLibrary.attribution(for: $0)) }
    }
}
