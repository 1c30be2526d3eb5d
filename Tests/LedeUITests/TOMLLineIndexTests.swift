import Testing
@testable import LedeUI

/// The one-pass line index of a TOML text answers as the per-key scan it replaced did.
@Suite struct TOMLLineIndexTests {
    static let toml = """
        inherits = "dark"
        # a comment = not a key

        [palette]
          blue = "#1e88e5"
        "quoted" = "#000000"
        [ui]
        text = "blue"
        'single' = { fg = "blue" }
        [entity]
        person = "blue"
        text = "later"
        """

    @Test func findsKeysInTheirTablesAndHeaders() {
        let index = TOMLLineIndex(Self.toml)
        #expect(index.line(of: "inherits") == 1)
        #expect(index.line(of: "blue", inTable: "palette") == 5)
        #expect(index.line(of: "quoted", inTable: "palette") == 6)
        #expect(index.line(of: "single", inTable: "ui") == 9)
        #expect(index.line(of: "ui") == 7)                       // a table's header counts at the top level
        #expect(index.line(of: "text", inTable: "entity") == 12) // the first in that table, not the first anywhere
        #expect(index.line(of: "text") == 8)
        #expect(index.line(of: "person", inTable: "ui") == nil)
        #expect(index.line(of: "missing") == nil)
        #expect(index.line(of: "a comment") == nil)
    }

    @Test func theOldEntryPointAgrees() {
        for (key, table) in [("inherits", nil), ("blue", "palette"), ("text", "entity"), ("ui", nil), ("nope", "ui")]
            as [(String, String?)] {
            #expect(TOMLLines.line(of: key, inTable: table, in: Self.toml) == TOMLLineIndex(Self.toml).line(of: key, inTable: table))
        }
    }
}
