import Foundation
import TOMLKit
import LedeScreen

/// Finds, parses, merges (`inherits`) and resolves theme files.
struct ThemeLoader {
    let environment: [String: String]
    /// Built-in themes inherit only from built-in themes, so they never depend on the user's files.
    var builtInOnly = false

    init(environment: [String: String], builtInOnly: Bool = false) {
        self.environment = environment
        self.builtInOnly = builtInOnly
    }

    /// A theme file before resolution: palette entries and element specs still name palette colours.
    struct RawTheme {
        var inherits: String?
        var palette: [String: String] = [:]
        var elements: [String: RawSpec] = [:]
    }

    struct RawSpec {
        var foreground: String?
        var background: String?
        var modifiers: [String] = []
        var file: String
        var line: Int?
    }

    static let modifiers: Set<String> = ["bold", "underline", "reverse", "dim", "italic"]

    /// The user's theme folder: `$XDG_CONFIG_HOME/lede/themes`, or `~/.config/lede/themes`.
    var userThemeFolder: String? {
        if let x = environment["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/lede/themes" }
        if let h = environment["HOME"], !h.isEmpty { return h + "/.config/lede/themes" }
        return nil
    }

    static func isPath(_ s: String) -> Bool { s.contains("/") || s.hasSuffix(".toml") }

    func load(_ nameOrPath: String) throws -> Theme {
        if ThemeLoader.isPath(nameOrPath) {
            let text = try read(nameOrPath)
            let name = ((nameOrPath as NSString).lastPathComponent as NSString).deletingPathExtension
            return try parse(toml: text, name: name, file: nameOrPath)
        }
        if let t = try userTheme(nameOrPath) { return t }
        if let t = Theme.builtIn(nameOrPath) { return t }
        let known = Theme.builtInNames.joined(separator: ", ")
        throw ThemeError(file: nameOrPath, line: nil, message: "no such theme (built-in themes: \(known))")
    }

    private func userTheme(_ name: String) throws -> Theme? {
        guard !builtInOnly, let folder = userThemeFolder else { return nil }
        let path = folder + "/" + name + ".toml"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try parse(toml: try read(path), name: name, file: path)
    }

    private func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: path, line: nil, message: "cannot read the file")
        }
        return String(decoding: data, as: UTF8.self)
    }

    func parse(toml: String, name: String, file: String) throws -> Theme {
        var chain: [String] = [name]
        let raw = try merged(toml: toml, file: file, chain: &chain)
        return try resolve(raw, name: name, file: file)
    }

    /// This file over everything it inherits.
    private func merged(toml: String, file: String, chain: inout [String]) throws -> RawTheme {
        let own = try ThemeLoader.rawTheme(toml: toml, file: file)
        guard let parentName = own.inherits else { return own }
        if chain.contains(parentName) {
            throw ThemeError(file: file, line: TOMLLines.line(of: "inherits", in: toml),
                             message: "inherits loops back to '\(parentName)'")
        }
        chain.append(parentName)
        let (parentText, parentFile) = try source(of: parentName, from: file, toml: toml)
        var base = try merged(toml: parentText, file: parentFile, chain: &chain)
        base.palette.merge(own.palette) { $1 }
        base.elements.merge(own.elements) { $1 }
        base.inherits = nil
        return base
    }

    private func source(of name: String, from file: String, toml: String) throws -> (String, String) {
        if !builtInOnly, let folder = userThemeFolder {
            let path = folder + "/" + name + ".toml"
            if path != file, FileManager.default.fileExists(atPath: path) { return (try read(path), path) }
        }
        if let b = BuiltInThemes.sources.first(where: { $0.name == name }) { return (b.toml, "built-in theme \(name)") }
        throw ThemeError(file: file, line: TOMLLines.line(of: "inherits", in: toml),
                         message: "inherits unknown theme '\(name)'")
    }

    /// Reads the TOML into palette names and element specs, checking every key.
    static func rawTheme(toml: String, file: String) throws -> RawTheme {
        let table: TOMLTable
        do {
            table = try TOMLLines.parse(toml)
        } catch {
            throw ThemeError(file: file, line: error.line, message: error.message)
        }
        var raw = RawTheme()
        let known = Set(ThemeElement.allCases.map(\.rawValue))
        let lines = TOMLLineIndex(toml)
        for (key, value) in table {
            switch key {
            case "inherits":
                guard let s = value.string else {
                    throw ThemeError(file: file, line: TOMLLines.line(of: key, in: toml), message: "inherits must be a theme name")
                }
                raw.inherits = s
            case "name", "description":
                continue
            case "palette":
                guard let p = value.table else {
                    throw ThemeError(file: file, line: TOMLLines.line(of: key, in: toml), message: "palette must be a table")
                }
                for (pk, pv) in p {
                    let at = lines.line(of: pk, inTable: "palette")
                    guard let hex = pv.string, Color(hex: hex) != nil else {
                        throw ThemeError(file: file, line: at,
                                         message: "palette colour '\(pk)' must be a hex colour like \"#1e88e5\"")
                    }
                    raw.palette[pk] = hex
                }
            case "ui", "entity", "highlight":
                guard let t = value.table else {
                    throw ThemeError(file: file, line: TOMLLines.line(of: key, in: toml), message: "[\(key)] must be a table")
                }
                for (ek, ev) in t {
                    let full = key + "." + ek
                    let at = lines.line(of: ek, inTable: key)
                    guard known.contains(full) else {
                        let names = ThemeElement.allCases.filter { $0.table == key }.map(\.key).joined(separator: ", ")
                        throw ThemeError(file: file, line: at, message: "unknown element '\(ek)' in [\(key)] (known: \(names))")
                    }
                    raw.elements[full] = try spec(ev, element: full, file: file, line: at)
                }
            default:
                throw ThemeError(file: file, line: TOMLLines.line(of: key, in: toml),
                                 message: "unknown key '\(key)' (expected inherits, [palette], [ui], [entity], [highlight])")
            }
        }
        return raw
    }

    private static func spec(_ v: TOMLValueConvertible, element: String, file: String, line: Int?) throws -> RawSpec {
        if let s = v.string { return RawSpec(foreground: s, file: file, line: line) }
        guard let t = v.table else {
            throw ThemeError(file: file, line: line,
                             message: "'\(element)' must be a colour name or a table like { fg = \"blue\", modifiers = [\"bold\"] }")
        }
        var spec = RawSpec(file: file, line: line)
        for (k, x) in t {
            switch k {
            case "fg", "bg":
                guard let s = x.string else {
                    throw ThemeError(file: file, line: line, message: "'\(element)' \(k) must be a colour name")
                }
                if k == "fg" { spec.foreground = s } else { spec.background = s }
            case "modifiers":
                guard let arr = x.array else {
                    throw ThemeError(file: file, line: line, message: "'\(element)' modifiers must be a list")
                }
                for m in arr {
                    guard let ms = m.string, modifiers.contains(ms) else {
                        throw ThemeError(file: file, line: line,
                                         message: "'\(element)' has an unknown modifier (use bold, underline, reverse, dim, italic)")
                    }
                    spec.modifiers.append(ms)
                }
            default:
                throw ThemeError(file: file, line: line, message: "'\(element)' has an unknown key '\(k)' (use fg, bg, modifiers)")
            }
        }
        return spec
    }

    private func resolve(_ raw: RawTheme, name: String, file: String) throws -> Theme {
        var specs: [ThemeElement: StyleSpec] = [:]
        func colour(_ ref: String?, _ raw: RawTheme, _ r: RawSpec, element: String) throws -> Color? {
            guard let ref else { return nil }
            if ref == "default" { return .default }
            if ref.hasPrefix("#") {
                guard let c = Color(hex: ref) else {
                    throw ThemeError(file: r.file, line: r.line, message: "'\(element)' has a bad hex colour '\(ref)'")
                }
                return c
            }
            guard let hex = raw.palette[ref], let c = Color(hex: hex) else {
                throw ThemeError(file: r.file, line: r.line, message: "'\(element)' names '\(ref)', which is not in the palette")
            }
            return c
        }
        for e in ThemeElement.allCases {
            guard let r = raw.elements[e.rawValue] else { continue }
            var s = StyleSpec(foreground: try colour(r.foreground, raw, r, element: e.rawValue),
                              background: try colour(r.background, raw, r, element: e.rawValue))
            for m in r.modifiers {
                switch m {
                case "bold": s.bold = true
                case "underline": s.underline = true
                case "reverse": s.reverse = true
                case "dim": s.dim = true
                default: s.italic = true
                }
            }
            specs[e] = s
        }
        return Theme(name: name, specs: specs)
    }
}
