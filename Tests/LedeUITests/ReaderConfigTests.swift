import Foundation
import Testing
@testable import LedeUI

@Suite struct ReaderConfigTests {
    @Test func configFileGivesThemeAndKeys() throws {
        let dir = try TempDir()
        try FileManager.default.createDirectory(atPath: dir.path + "/lede", withIntermediateDirectories: true)
        _ = dir.write("lede/config.toml", "theme = \"light\"\n\n[keys]\nquit = \"x\"\n")
        let env = ["XDG_CONFIG_HOME": dir.path]
        let (config, warning) = ReaderConfig.load(environment: env)
        #expect(warning == nil)
        #expect(config.theme == "light")
        #expect(config.keymap.action(for: .character("x")) == .quit)
        #expect(config.theme(option: nil, environment: env).0.name == "light")
        #expect(config.theme(option: "high-contrast", environment: env).0.name == "high-contrast")
        #expect(config.theme(option: nil, environment: env.merging(["NO_COLOR": "1"]) { $1 }).0.name == "light")
    }

    @Test func brokenConfigWarnsWithFileAndLine() throws {
        let dir = try TempDir()
        try FileManager.default.createDirectory(atPath: dir.path + "/lede", withIntermediateDirectories: true)
        let path = dir.write("lede/config.toml", "[keys]\nquit = \"x\"\nnope = \"y\"\n")
        let (config, warning) = ReaderConfig.load(environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(config.keymap.action(for: .character("q")) == .quit)
        #expect(warning?.contains(path) == true && warning?.contains("line 3") == true, "\(warning ?? "")")
        #expect(ReaderConfig.load(environment: ["XDG_CONFIG_HOME": dir.path + "/none"]).warning == nil)
    }
}
