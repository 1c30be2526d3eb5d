import Foundation

/// The built-in sample articles: openly licensed news from the project's corpus, shipped as package resources,
/// each with its attribution. `lede` with no file argument opens these.
public enum SampleLibrary {
    struct Entry: Decodable {
        var file: String
        var attribution: String
        var license: String?
    }

    /// The folder holding the sample files.
    public static var folder: URL? {
        Bundle.module.url(forResource: "Samples", withExtension: nil)
    }

    /// Paths of the sample files, in a stable order.
    public static func paths() -> [String] {
        guard let folder, let entries = manifest() else { return [] }
        return entries.map { folder.appendingPathComponent($0.file).path }
    }

    static func manifest() -> [Entry]? {
        guard let folder,
              let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")) else { return nil }
        return try? JSONDecoder().decode([Entry].self, from: data)
    }

    /// The attribution line for a sample path, if it is one.
    public static func attribution(for path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        return manifest()?.first { $0.file == name }?.attribution
    }

    /// Loads every sample article, attribution attached.
    public static func articles(options: IngestOptions = IngestOptions()) -> [Article] {
        guard let folder, let entries = manifest() else { return [] }
        var out: [Article] = []
        for entry in entries {
            let path = folder.appendingPathComponent(entry.file).path
            guard var loaded = try? Ingestor.load(path, options: options) else { continue }
            for k in loaded.indices { loaded[k].attribution = entry.attribution }
            out.append(contentsOf: loaded)
        }
        return out
    }
}
