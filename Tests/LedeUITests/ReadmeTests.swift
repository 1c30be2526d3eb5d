import Foundation
import Testing
@testable import LedeUI

/// The README's key table and theme element list stay in step with the code.
@Suite struct ReadmeTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    func section(_ title: String) throws -> String {
        let text = try String(contentsOf: ReadmeTests.readme, encoding: .utf8)
        guard let start = text.range(of: "## " + title + "\n") else { return "" }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func keysSectionNamesEveryActionAndItsDefaultKeys() throws {
        let keys = try section("Keys")
        #expect(!keys.isEmpty)
        for (action, defaults) in Keymap.defaultBindings {
            #expect(keys.contains("`\(action.rawValue)`"), "\(action.rawValue)")
            for k in defaults { #expect(keys.contains("`\(KeyName.describe(k))`"), "\(KeyName.describe(k))") }
        }
    }

    @Test func themesSectionNamesEveryElement() throws {
        let themes = try section("Themes")
        for e in ThemeElement.allCases { #expect(themes.contains("`\(e.key)`"), "\(e.rawValue)") }
        for name in Theme.builtInNames { #expect(themes.contains("`\(name)`"), "\(name)") }
    }
}
