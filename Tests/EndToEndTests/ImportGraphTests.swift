import Foundation
import Testing

/// The package's import graph runs one way, as data flows: ingestion, article and analysis (LedeCore) → the
/// library index (LedeLibrary) → reader and library state, update and render (LedeUI) → cells and input events
/// (LedeScreen) ← the terminal (LedeTerminal). Read from the sources' `import` lines, so a stray import fails
/// here with the file that has it, before it becomes a dependency nobody chose.
@Suite struct ImportGraphTests {
    /// What each library target may import (system modules included); executables put them together freely.
    static let allowed: [String: Set<String>] = [
        "LedeCore": ["Foundation", "Glibc", "Synchronization", "CLibXML2"],
        "LedeLibrary": ["Foundation", "Glibc", "Synchronization", "LedeCore", "GRDB"],
        "LedeScreen": [],
        "LedeUI": ["Foundation", "Glibc", "Synchronization", "LedeCore", "LedeLibrary", "LedeScreen", "TOMLKit"],
        "LedeTerminal": ["Glibc", "Synchronization", "LedeScreen", "CNcursesw"],
    ]

    static func imports(of target: String) throws -> [(file: String, module: String)] {
        let root = LedeBinary.packageRoot.appendingPathComponent("Sources/" + target).path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [(String, String)] = []
        for case let path as String in walker where path.hasSuffix(".swift") {
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            for line in text.split(separator: "\n") {
                var l = line.trimmingCharacters(in: .whitespaces)
                for prefix in ["@testable ", "@_exported ", "@preconcurrency "] where l.hasPrefix(prefix) {
                    l = String(l.dropFirst(prefix.count))
                }
                guard l.hasPrefix("import ") else { continue }
                let module = l.dropFirst(7).split(separator: " ").last.map(String.init) ?? ""
                out.append((target + "/" + path, module.split(separator: ".").first.map(String.init) ?? module))
            }
        }
        return out
    }

    @Test(arguments: allowed.keys.sorted())
    func importsFollowTheFlow(_ target: String) throws {
        let found = try Self.imports(of: target)
        #expect(!found.isEmpty || target == "LedeScreen", "no sources read for \(target)")
        for (file, module) in found where !Self.allowed[target]!.contains(module) {
            Issue.record("\(file) imports \(module), which \(target) must not depend on")
        }
    }

    @Test func theAnalysisCoreHasNoStorageOrInterface() throws {
        let modules = Set(try Self.imports(of: "LedeCore").map(\.module))
        #expect(modules.isDisjoint(with: ["GRDB", "TOMLKit", "CNcursesw", "LedeLibrary", "LedeUI", "LedeScreen", "LedeTerminal"]))
    }
}
