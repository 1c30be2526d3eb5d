import Foundation
import Testing
@testable import LedeUI

@Suite struct KeymapTests {
    @Test func defaultsCoverTheIssueKeys() {
        let k = Keymap.default
        #expect(k.action(for: .character("j")) == .lineDown)
        #expect(k.action(for: .down) == .lineDown)
        #expect(k.action(for: .character(" ")) == .pageDown)
        #expect(k.action(for: .control("d")) == .halfPageDown)
        #expect(k.action(for: .tab) == .nextMention)
        #expect(k.action(for: .backTab) == .previousMention)
        #expect(k.action(for: .character("*")) == .nextSameEntity)
        #expect(k.action(for: .character("f")) == .focus(.facts))
        #expect(k.action(for: .character("?")) == .searchBackward)
        #expect(k.action(for: .function(1)) == .help)
        #expect(k.action(for: .character("q")) == .quit)
    }

    @Test func configRemapsActions() throws {
        let k = try Keymap.load(configTOML: """
        theme = "light"

        [keys]
        line-down = ["n", "down"]
        next-hit = "ctrl-n"
        help = "f2"
        """)
        #expect(k.action(for: .character("n")) == .lineDown)
        #expect(k.action(for: .character("j")) == nil)         // replaced, not added
        #expect(k.action(for: .control("n")) == .nextHit)
        #expect(k.action(for: .function(2)) == .help)
        #expect(k.action(for: .function(1)) == nil)
        #expect(k.action(for: .character("k")) == .lineUp)      // untouched actions keep their keys
    }

    @Test func remappedKeysDriveTheReader() throws {
        let k = try Keymap.load(configTOML: "[keys]\nnext-mention = \"m\"\n")
        let (article, analysis) = ReaderFixture.handMade()
        var s = ReaderState(document: ReaderDocument(article: article, analysis: analysis), theme: .default, keymap: k,
                            width: 100, height: 30)
        s = Reader.update(s, .key(.tab)).state
        #expect(s.selection == nil)
        s = Reader.update(s, .key(.character("m"))).state
        #expect(s.selectedEntity?.name == "Alice Smith")
        s = Reader.update(s, .key(.function(1))).state
        #expect(Reader.render(s).trimmedLines().joined().contains("m "))
    }

    @Test func badConfigsNameTheLine() {
        #expect(throws: KeymapError.self) { try Keymap.load(configTOML: "[keys]\nfly = \"x\"\n") }
        do {
            _ = try Keymap.load(configTOML: "[keys]\nline-down = \"j\"\nline-up = \"hyper-k\"\n")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("line 3") && "\(error)".contains("hyper-k"), "\(error)")
        }
        do {
            _ = try Keymap.load(configTOML: "[keys\nline-down = \"j\"\n")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("line 1"), "\(error)")
        }
        #expect((try? Keymap.load(configTOML: ""))?.action(for: .character("j")) == .lineDown)
    }

    @Test func keyNamesRoundTrip() {
        for name in ["j", "ctrl-d", "shift-tab", "pagedown", "space", "f1", "enter", "esc", "up", "G"] {
            let k = KeyName.parse(name)
            #expect(k != nil, "\(name)")
            if let k { #expect(KeyName.parse(KeyName.describe(k)) == k, "\(name)") }
        }
        #expect(KeyName.parse("ctrl-") == nil)
        #expect(KeyName.parse("f99") == nil)
    }
}
