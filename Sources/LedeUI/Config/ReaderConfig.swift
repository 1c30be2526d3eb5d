import Foundation
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/lede/config.toml` (or `~/.config/lede/config.toml`):
/// `theme = "NAME"` or a path, a `[keys]` table for the reader and a `[library-keys]` table for the library
/// (see `KeyBindings.apply`).
public struct ReaderConfig: Sendable {
    public var theme: String?
    public var keymap: Keymap
    public var libraryKeymap: LibraryKeymap

    public init(theme: String? = nil, keymap: Keymap = .default, libraryKeymap: LibraryKeymap = .default) {
        self.theme = theme
        self.keymap = keymap
        self.libraryKeymap = libraryKeymap
    }

    /// Where the config file is looked for.
    public static func path(environment: [String: String]) -> String? {
        if let x = environment["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/lede/config.toml" }
        if let h = environment["HOME"], !h.isEmpty { return h + "/.config/lede/config.toml" }
        return nil
    }

    /// Reads the config file when there is one. A broken file gives the defaults and a one-line warning
    /// naming the file and line.
    public static func load(environment: [String: String]) -> (ReaderConfig, warning: String?) {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return (ReaderConfig(), nil)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (ReaderConfig(), "\(path): cannot read the file; using the defaults")
        }
        do {
            return (try parse(toml: String(decoding: data, as: UTF8.self), file: path), nil)
        } catch {
            return (ReaderConfig(), "\(error); using the defaults")
        }
    }

    public static func parse(toml: String, file: String = "config.toml") throws(KeymapError) -> ReaderConfig {
        var config = ReaderConfig()
        do throws(KeymapError) {
            let table: TOMLTable
            do {
                table = try TOMLLines.parse(toml)
            } catch {
                throw KeymapError(line: error.line, message: error.message)
            }
            try config.keymap.apply(table, toml: toml)
            config.libraryKeymap = config.libraryKeymap.following(config.keymap)
            try config.libraryKeymap.apply(table, toml: toml)
            if let t = table["theme"] {
                guard let name = t.string, !name.isEmpty else {
                    throw KeymapError(line: TOMLLines.line(of: "theme", in: toml),
                                      message: "theme must be a theme name or a path")
                }
                config.theme = name
            }
        } catch {
            var e = error
            e.file = file
            throw e
        }
        return config
    }

    /// The theme to use: `--theme` first, then the config file, then `NO_COLOR`, then the default.
    public func theme(option: String?, environment: [String: String]) -> (Theme, warning: String?) {
        Theme.load(nameOrPath: option ?? theme, environment: environment)
    }
}
