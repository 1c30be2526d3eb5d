import Foundation

/// Locates test fixtures relative to this source file, so tests run without ../shared.
enum FixturePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func corpus(_ name: String) -> String { root.appendingPathComponent("corpus/\(name)").path }
    static func gold(_ name: String) -> String { root.appendingPathComponent("gold/\(name)").path }
}
