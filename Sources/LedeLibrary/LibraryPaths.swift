import Foundation

/// Where Lede keeps its files, following the XDG base directory specification.
///
/// The environment is passed in (never read implicitly) so tests can point every path into a temporary folder.
public struct LibraryPaths: Sendable, Equatable {
    /// `$XDG_DATA_HOME/lede` (default `~/.local/share/lede`): the library database.
    public var dataFolder: String
    /// `$XDG_STATE_HOME/lede` (default `~/.local/state/lede`): reading positions and the last library view.
    public var stateFolder: String

    public init(dataFolder: String, stateFolder: String) {
        self.dataFolder = dataFolder
        self.stateFolder = stateFolder
    }

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        // The spec says relative values are invalid and must be ignored.
        func base(_ key: String, _ fallback: String) -> String {
            if let v = environment[key], v.hasPrefix("/") { return v }
            return (home as NSString).appendingPathComponent(fallback)
        }
        dataFolder = (base("XDG_DATA_HOME", ".local/share") as NSString).appendingPathComponent("lede")
        stateFolder = (base("XDG_STATE_HOME", ".local/state") as NSString).appendingPathComponent("lede")
    }

    /// The library database (unless `--library PATH` names another).
    public var database: String { (dataFolder as NSString).appendingPathComponent("library.sqlite") }
    /// Reading position per article.
    public var positions: String { (stateFolder as NSString).appendingPathComponent("positions.json") }
    /// The last library view: sort, filter and selected row.
    public var libraryView: String { (stateFolder as NSString).appendingPathComponent("library-view.json") }
}
