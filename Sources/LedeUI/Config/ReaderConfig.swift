import Foundation
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/lede/config.toml` (or `~/.config/lede/config.toml`):
/// `theme = "NAME"` or a path, and a `[keys]` table (see `Keymap.load`).
public struct ReaderConfig: Sendable {
    public var theme: String?
    public var keymap: Keymap

    public init(theme: String? = nil, keymap: Keymap = .default) {
        self.theme = theme
        self.keymap = keymap
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

    public static func parse(toml: String, file: String = "config.toml") throws -> ReaderConfig {
        var config = ReaderConfig()
        do {
            config.keymap = try Keymap.load(configTOML: toml)
        } catch var e as KeymapError {
            e.file = file
            throw e
        }
        // Keymap.load parsed the text already, so this cannot fail on syntax.
        let table = try TOMLTable(string: toml)
        if let t = table["theme"] {
            guard let name = t.string, !name.isEmpty else {
                throw KeymapError(file: file, line: ThemeLoader.line(of: "theme", in: toml),
                                  message: "theme must be a theme name or a path")
            }
            config.theme = name
        }
        return config
    }

    /// The theme to use: `--theme` first, then the config file, then `NO_COLOR`, then the default.
    public func theme(option: String?, environment: [String: String]) -> (Theme, warning: String?) {
        Theme.load(nameOrPath: option ?? theme, environment: environment)
    }
}
