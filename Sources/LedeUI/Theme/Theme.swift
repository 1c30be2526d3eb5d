import Foundation
import LedeCore
import LedeScreen

/// A colour theme: a style for every `ThemeElement`, resolved from a TOML file (Helix style: a palette of named
/// colours, elements mapped to palette names, `inherits` for variants).
///
/// Themes only produce `Color.rgb`; mapping to what the terminal has (truecolor, 256, 16, 8) is the terminal
/// layer's job.
public struct Theme: Sendable {
    public let name: String
    private let specs: [StyleSpec]
    /// Precomputed full styles (each element over the text style), for the render loop.
    private let styles: [Style]

    init(name: String, specs: [ThemeElement: StyleSpec]) {
        self.name = name
        var list = [StyleSpec](repeating: StyleSpec(), count: ThemeElement.allCases.count)
        for (i, e) in ThemeElement.allCases.enumerated() { list[i] = specs[e] ?? StyleSpec() }
        self.specs = list
        let text = list[0].applied(to: .plain)
        self.styles = list.enumerated().map { i, spec in i == 0 ? text : spec.applied(to: text) }
    }

    /// The element's full style (over the text style).
    public func style(_ e: ThemeElement) -> Style { styles[Theme.elementIndex[e]!] }

    /// The element's own spec, to layer over another style.
    public func spec(_ e: ThemeElement) -> StyleSpec { specs[Theme.elementIndex[e]!] }

    /// The element that colours an entity type.
    public static func element(for type: EntityType) -> ThemeElement {
        switch type {
        case .person: return .person
        case .organization: return .organization
        case .place: return .place
        case .group: return .group
        }
    }

    static let elementIndex: [ThemeElement: Int] = {
        var d: [ThemeElement: Int] = [:]
        for (i, e) in ThemeElement.allCases.enumerated() { d[e] = i }
        return d
    }()

    /// The names of the themes compiled into Lede, in the order `T` cycles through them.
    public static let builtInNames: [String] = BuiltInThemes.sources.map(\.name)

    /// The default theme, used when nothing else is asked for or a theme fails to load.
    public static let defaultName = "dark"

    /// A built-in theme by name (nil for an unknown name).
    public static func builtIn(_ name: String) -> Theme? {
        BuiltInThemeCache.shared.theme(name)
    }

    /// The default dark theme.
    public static var `default`: Theme { builtIn(defaultName)! }

    /// Loads the theme the user asked for.
    ///
    /// `nameOrPath` is a theme name (looked up under `$XDG_CONFIG_HOME/lede/themes/NAME.toml`, then among the
    /// built-in themes) or a path to a TOML file. Without one, `NO_COLOR` (set and not empty) selects
    /// `monochrome`, otherwise `dark`. A theme that cannot be loaded gives a warning naming the file and line,
    /// and the default theme.
    public static func load(nameOrPath: String?, environment: [String: String]) -> (Theme, warning: String?) {
        let requested: String
        if let n = nameOrPath, !n.isEmpty {
            requested = n
        } else if let nc = environment["NO_COLOR"], !nc.isEmpty {
            requested = "monochrome"
        } else {
            requested = defaultName
        }
        let loader = ThemeLoader(environment: environment)
        do {
            return (try loader.load(requested), nil)
        } catch {
            return (Theme.default, "\(error); using the \(defaultName) theme")
        }
    }

    /// Parses theme TOML text (its `inherits` resolved against user and built-in themes).
    public static func parse(toml: String, name: String, environment: [String: String] = [:]) throws -> Theme {
        try ThemeLoader(environment: environment).parse(toml: toml, name: name, file: name)
    }

    /// The theme after this one in `builtInNames` (the first one after a user theme).
    public func next() -> Theme {
        let names = Theme.builtInNames
        let i = names.firstIndex(of: name).map { ($0 + 1) % names.count } ?? 0
        return Theme.builtIn(names[i]) ?? self
    }
}

/// Built-in themes are parsed once, on first use.
final class BuiltInThemeCache: @unchecked Sendable {
    static let shared = BuiltInThemeCache()
    private let lock = NSLock()
    private var parsed: [String: Theme] = [:]

    func theme(_ name: String) -> Theme? {
        lock.lock()
        defer { lock.unlock() }
        if let t = parsed[name] { return t }
        guard let src = BuiltInThemes.sources.first(where: { $0.name == name }) else { return nil }
        // The built-in sources are checked by tests; a failure here is a build defect, not user input.
        guard let t = try? ThemeLoader(environment: [:], builtInOnly: true)
            .parse(toml: src.toml, name: name, file: "built-in theme \(name)") else { return nil }
        parsed[name] = t
        return t
    }
}
