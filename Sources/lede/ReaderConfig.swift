import Foundation
import LedeUI

/// The user's settings for the reader: theme and keymap, from `--theme`, `NO_COLOR` and
/// `$XDG_CONFIG_HOME/lede/config.toml` (default `~/.config/lede/config.toml`).
struct ReaderConfig {
    var theme: Theme
    var keymap: Keymap
    /// Problems worth telling the user (a broken theme or config), each one line; Lede carries on with defaults.
    var warnings: [String]

    static func load(themeName: String?, environment: [String: String]) -> ReaderConfig {
        var warnings: [String] = []
        let (theme, themeWarning) = Theme.load(nameOrPath: themeName, environment: environment)
        if let themeWarning { warnings.append(themeWarning) }
        var keymap = Keymap.default
        let path = configPath(environment)
        if let data = FileManager.default.contents(atPath: path) {
            do {
                keymap = try Keymap.load(configTOML: String(decoding: data, as: UTF8.self))
            } catch {
                warnings.append("\(path): \(error); using the default keys")
            }
        }
        return ReaderConfig(theme: theme, keymap: keymap, warnings: warnings)
    }

    static func configPath(_ environment: [String: String]) -> String {
        let base: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        }
        return base + "/lede/config.toml"
    }
}
