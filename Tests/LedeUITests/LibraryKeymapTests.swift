import Foundation
import LedeCore
import Testing
@testable import LedeUI
import LedeScreen

/// The library's keys go through a keymap like the reader's: `[library-keys]` remaps them, and the actions the
/// two share by name follow the reader's `[keys]` unless `[library-keys]` names them.
@Suite struct LibraryKeymapTests {
    typealias D = LibraryTestData

    func library(_ config: String) throws -> LibraryState {
        let c = try ReaderConfig.parse(toml: config)
        return LibraryState(entries: D.entries, theme: .default, width: 120, height: 30, indexing: false,
                            keymap: c.libraryKeymap)
    }

    @Test func libraryKeysAreRemappedAndTheScreenSaysSo() throws {
        var s = try library("[library-keys]\nactivate = \"o\"\nsort-by-title = \"T\"\nfilter = \"f\"\n")
        let lines = Library.render(s).trimmedLines()
        #expect(lines[1].contains("T Title") && lines[1].contains("1 Date"))
        #expect(lines[29].contains("o open") && lines[29].contains("f filter"))
        s = D.press(s, .character("T"))
        #expect(s.sort == .title)
        s = D.press(s, .enter)
        #expect(s.request == nil)
        s = D.press(s, .character("o"))
        // The selection follows the article through the sort.
        #expect(s.request == .open(ArticleTarget(key: .init(file: "/lib/a.txt"))))
        s = D.press(s, .character("f"), .character("m"))
        #expect(s.filterInput == "m")
        // The help lists the keys as bound.
        s = D.press(s, .escape, .character("h"))
        let help = Library.render(s).trimmedLines().joined(separator: "\n")
        #expect(help.contains("o ") && help.contains("open the article"))
    }

    @Test func sharedActionsFollowTheReaderUnlessTheLibraryNamesThem() throws {
        var s = try library("[keys]\nline-down = \"n\"\nhelp = \"?\"\n\n[library-keys]\nhelp = \"H\"\n")
        s = D.press(s, .character("j"))
        #expect(s.cursor == 0)
        s = D.press(s, .character("n"))
        #expect(s.cursor == 1)
        s = D.press(s, .character("?"))
        #expect(s.helpScroll == nil)
        s = D.press(s, .character("H"))
        #expect(s.helpScroll == 0)
    }

    @Test func theListsOpenedFromTheLibraryUseItsKeys() throws {
        let c = try ReaderConfig.parse(toml: "[library-keys]\nactivate = \"o\"\nquit = \"x\"\n")
        var a = D.app(library: D.library(), keymap: c.keymap)
        a = .app(LedeApp(library: D.library(), keymap: c.keymap, libraryKeymap: c.libraryKeymap), services: D.services())
        a = a.pressing([.character("t")])
        #expect(a.frame.trimmedLines()[0].contains("Timeline of 3 articles"))
        #expect(a.frame.trimmedLines()[29].contains("o open · x back"))
        a = a.pressing([.character("o")])
        #expect(a.reader?.document.article.source == "/lib/b.txt")
        a = a.pressing([.character("q"), .character("x")])
        #expect(a.stack.isEmpty && !a.isFinished)
    }

    @Test func aBadLibraryKeyIsReportedWithItsLine() {
        #expect(throws: KeymapError.self) { try ReaderConfig.parse(toml: "[library-keys]\nopen-it = \"o\"\n") }
        do {
            _ = try ReaderConfig.parse(toml: "theme = \"dark\"\n\n[library-keys]\nfilter = \"nope-key\"\n", file: "c.toml")
        } catch {
            #expect(error.description == "c.toml, line 4: unknown key name 'nope-key'")
        }
    }

    @Test func theReadmeNamesEveryLibraryAction() throws {
        let readme = try String(contentsOf: ReadmeTests.readme, encoding: .utf8)
        for (action, defaults) in LibraryKeymap.defaultBindings {
            #expect(readme.contains("`\(action.rawValue)`"), "\(action.rawValue)")
            for k in defaults { #expect(readme.contains("`\(KeyName.describe(k))`"), "\(KeyName.describe(k))") }
        }
    }
}
