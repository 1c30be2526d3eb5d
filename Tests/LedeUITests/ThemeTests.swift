import Foundation
import Testing
@testable import LedeUI
import LedeScreen

@Suite struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

    @Test func builtInThemesMatchTheThemesFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: ThemeTests.themesFolder.path)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        #expect(Set(files) == Set(Theme.builtInNames))
        for (name, toml) in BuiltInThemes.sources {
            let file = try String(contentsOf: ThemeTests.themesFolder.appendingPathComponent(name + ".toml"), encoding: .utf8)
            #expect(file.trimmingCharacters(in: .newlines) == toml.trimmingCharacters(in: .newlines),
                    "Themes/\(name).toml changed: run python3 .tools/gen-themes.py")
        }
    }

    @Test func everyBuiltInThemeLoadsAndDefinesEveryElement() {
        #expect(Theme.builtInNames.prefix(4) == ["dark", "light", "high-contrast", "monochrome"])
        for name in Theme.builtInNames {
            let t = Theme.builtIn(name)
            #expect(t != nil, "\(name)")
        }
        let dark = Theme.builtIn("dark")!, light = Theme.builtIn("light")!
        #expect(dark.style(.person).foreground != dark.style(.place).foreground)
        #expect(dark.style(.person).foreground != light.style(.person).foreground)   // light replaces the palette
        #expect(light.spec(.selected).reverse)                                        // and inherits the mapping
    }

    @Test func monochromeUsesOnlyBoldUnderlineAndReverse() {
        let m = Theme.builtIn("monochrome")!
        for e in ThemeElement.allCases {
            let s = m.style(e)
            #expect(s.foreground == .default && s.background == .default, "\(e)")
            #expect(!s.dim && !s.italic, "\(e)")
        }
        #expect(m.style(.person) != m.style(.organization))
        #expect(m.style(.selected).reverse)
    }

    @Test func noColorSelectsMonochromeUnlessAThemeIsNamed() {
        #expect(Theme.load(nameOrPath: nil, environment: ["NO_COLOR": "1"]).0.name == "monochrome")
        #expect(Theme.load(nameOrPath: nil, environment: ["NO_COLOR": ""]).0.name == "dark")
        #expect(Theme.load(nameOrPath: nil, environment: [:]).0.name == "dark")
        #expect(Theme.load(nameOrPath: "light", environment: ["NO_COLOR": "1"]).0.name == "light")
    }

    @Test func aBrokenThemeNamesTheLineAndFallsBack() throws {
        let dir = try TempDir()
        let path = dir.write("broken.toml", """
        inherits = "dark"
        [palette]
        blue = "#0000ff"

        [entity]
        person = { fg = "blue"
        """)
        let (theme, warning) = Theme.load(nameOrPath: path, environment: [:])
        #expect(theme.name == "dark")
        #expect(warning?.contains("line 6") == true, "\(warning ?? "")")
        #expect(warning?.contains(path) == true)
    }

    @Test func unknownPaletteNamesAndElementsAreErrorsWithLines() throws {
        let dir = try TempDir()
        let bad = dir.write("bad.toml", "[palette]\nred = \"#ff0000\"\n\n[entity]\nperson = \"crimson\"\n")
        let w1 = Theme.load(nameOrPath: bad, environment: [:]).warning ?? ""
        #expect(w1.contains("line 5") && w1.contains("crimson"), "\(w1)")
        let typo = dir.write("typo.toml", "[ui]\ntext = \"#ffffff\"\nheadng-1 = \"#ffffff\"\n")
        let w2 = Theme.load(nameOrPath: typo, environment: [:]).warning ?? ""
        #expect(w2.contains("line 3") && w2.contains("headng-1"), "\(w2)")
        let hex = dir.write("hex.toml", "[palette]\nred = \"#ff00zz\"\n")
        let w3 = Theme.load(nameOrPath: hex, environment: [:]).warning ?? ""
        #expect(w3.contains("line 2"), "\(w3)")
        let unknown = Theme.load(nameOrPath: "no-such-theme", environment: [:])
        #expect(unknown.0.name == "dark" && unknown.warning?.contains("no such theme") == true)
    }

    @Test func userThemesLiveUnderXDGConfigHomeAndInherit() throws {
        let dir = try TempDir()
        try FileManager.default.createDirectory(atPath: dir.path + "/lede/themes", withIntermediateDirectories: true)
        _ = dir.write("lede/themes/mine.toml", """
        inherits = "light"
        [palette]
        orange = "#123456"
        """)
        let (t, warning) = Theme.load(nameOrPath: "mine", environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(warning == nil)
        #expect(t.name == "mine")
        #expect(t.style(.person).foreground == Color(hex: "#123456"))
        #expect(t.style(.place).foreground == Theme.builtIn("light")!.style(.place).foreground)
    }

    @Test func inheritanceLoopsAreReported() throws {
        let dir = try TempDir()
        try FileManager.default.createDirectory(atPath: dir.path + "/lede/themes", withIntermediateDirectories: true)
        _ = dir.write("lede/themes/a.toml", "inherits = \"b\"\n")
        _ = dir.write("lede/themes/b.toml", "inherits = \"a\"\n")
        let (t, warning) = Theme.load(nameOrPath: "a", environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(t.name == "dark")
        #expect(warning?.contains("loops") == true, "\(warning ?? "")")
    }
}
