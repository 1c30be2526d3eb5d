import Foundation

/// A temporary folder removed when the test ends.
final class TempDir {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "lede-ui-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) -> String {
        let p = path + "/" + name
        FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
        return p
    }
}
