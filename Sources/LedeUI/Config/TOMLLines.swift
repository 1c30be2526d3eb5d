import Foundation
import TOMLKit

/// Reading Lede's TOML files (the config and the themes) so that every error names its line: the parse with
/// the line of a syntax error, and the line a key is written on.
enum TOMLLines {
    /// A syntax error: the line when TOMLKit knows it, and its message.
    struct SyntaxError: Error {
        var line: Int?
        var message: String
    }

    /// Parses TOML text.
    static func parse(_ toml: String) throws(SyntaxError) -> TOMLTable {
        do {
            return try TOMLTable(string: toml)
        } catch let e as TOMLParseError {
            throw SyntaxError(line: e.source.begin.line, message: e.description)
        } catch {
            throw SyntaxError(line: nil, message: "not valid TOML")
        }
    }

    /// The 1-based line where `key` is defined (first match) in `table` (nil: the top level, where a table's
    /// own `[name]` header counts too), for error messages.
    static func line(of key: String, inTable table: String? = nil, in toml: String) -> Int? {
        TOMLLineIndex(toml).line(of: key, inTable: table)
    }
}
