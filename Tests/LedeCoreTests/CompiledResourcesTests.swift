import Foundation
import Testing
@testable import LedeCore

/// The compiled resource file (Resources/Compiled/lede-resources.bin) against its sources: the committed file
/// must be exactly what the word lists and the typer model compile to, so a list edited without running
/// `.tools/compile-resources` fails here; and the tables read in place must answer as the parsed lists do.
@Suite struct CompiledResourcesTests {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/LedeCore/Resources")

    @Test func committedFileIsWhatTheSourcesCompileTo() throws {
        let committed = try Data(contentsOf: Self.resources.appendingPathComponent("Compiled/lede-resources.bin"))
        let compiled = CompiledResources.compile(resources: Self.resources)
        #expect(committed.count == compiled.count, "stale: run .tools/compile-resources and commit the output")
        #expect(Array(committed) == compiled, "stale: run .tools/compile-resources and commit the output")
    }

    @Test func theBundledFileIsTheCommittedOne() throws {
        let committed = try Data(contentsOf: Self.resources.appendingPathComponent("Compiled/lede-resources.bin"))
        #expect(Array(CompiledResources.shared.bytes.buffer) == Array(committed))
    }

    /// A copy of the sources with one more common word compiles differently, and the new word is found: the
    /// comparison above would catch a list changed without recompiling.
    @Test func anEditedListCompilesDifferently() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-compiled-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Self.resources, to: dir)
        let words = dir.appendingPathComponent("Gazetteers/common-words.txt")
        var text = try String(contentsOf: words, encoding: .utf8)
        #expect(!text.contains("\nzzyzxqword\n"))
        text += "zzyzxqword\n"
        try text.write(to: words, atomically: true, encoding: .utf8)
        let edited = CompiledResources.compile(resources: dir)
        #expect(edited != CompiledResources.compile(resources: Self.resources))
        let image = try #require(ResourceImage(ResourceBytes(edited)))
        let g = try #require(Gazetteer(image: image))
        #expect(g.flags(NameKey.word("zzyzxqword")).contains(.common))
        #expect(!Gazetteer.shared.flags(NameKey.word("zzyzxqword")).contains(.common))
    }

    /// Every key of the parsed lists is found in the compiled tables with the same value.
    @Test func tablesAnswerAsTheParsedListsDo() throws {
        let source = GazetteerSource(folder: Self.resources.appendingPathComponent("Gazetteers"))
        let g = Gazetteer.shared
        #expect(g.longestPhrase == source.longestPhrase)
        #expect(g.names.count == source.names.count)
        for (k, name) in source.names.enumerated() where k % 97 == 0 { #expect(g.names[k] == name) }
        for (key, e) in source.phrases {
            let c = try #require(g.phrases[key])
            #expect(c.type == e.type && c.name == e.name && c.groupName == e.groupName && c.place == e.place
                    && c.ambiguous == e.ambiguous && c.minor == e.minor && c.shortAcronym == e.shortAcronym
                    && c.key == e.key)
        }
        for (key, e) in source.skeletons { #expect(g.skeletons[key]?.name == e.name) }
        for key in source.prefixes { #expect(g.prefixes.contains(key)) }
        for (key, flags) in source.words { #expect(g.flags(key) == flags) }
        // Keys not in the lists are not found.
        for n in 0..<2000 {
            let key = NameKey.word("notaword\(n)q")
            #expect(source.words[key] == nil && g.flags(key).isEmpty)
            #expect(g.phrases[key] == nil && !g.prefixes.contains(key))
        }
        let genders = GenderLexicon.parseGivenNames(
            try String(contentsOf: Self.resources.appendingPathComponent("Gazetteers/given-name-genders.tsv"), encoding: .utf8))
        #expect(GenderLexicon.givenNames.count == genders.count)
        for (key, g) in genders { #expect(GenderLexicon.givenNames[key] == g) }
    }

    @Test func typerWeightsAreTheTextModels() throws {
        let text = try String(contentsOf: Self.resources.appendingPathComponent("Models/mention-typer.tsv"), encoding: .utf8)
        let parsed = MentionTyper(text: text), shared = MentionTyper.shared
        #expect(parsed.featureCount == shared.featureCount && parsed.featureCount > 500)
        #expect(parsed.hardVote == shared.hardVote && parsed.keepMargin == shared.keepMargin)
        #expect(parsed.dropMargin == shared.dropMargin && parsed.multiWordKeepMargin == shared.multiWordKeepMargin)
        var keys: [UInt64] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("@") {
            let f = line.split(separator: "\t")
            guard let cell = f.first, let eq = cell.firstIndex(of: "=") else { continue }
            keys.append(MentionFeatures.key(template: String(cell[..<eq]), value: String(cell[cell.index(after: eq)...])))
        }
        for k in keys { #expect(parsed.scores([k]).values == shared.scores([k]).values) }
        #expect(shared.scores(keys).values != .zero)
    }

    /// Damaged files are refused, never read past their end.
    @Test func damagedFilesAreRefused() {
        let good = CompiledResources.compile(resources: Self.resources)
        #expect(ResourceImage(ResourceBytes(Array(good.prefix(12)))) == nil)
        var badMagic = good
        badMagic[0] = 0x58
        #expect(ResourceImage(ResourceBytes(badMagic)) == nil)
        // A truncated file: the directory points past the end.
        #expect(ResourceImage(ResourceBytes(Array(good.prefix(good.count / 2)))) == nil)
        // A section whose table lengths do not add up.
        var w = ResourceWriter()
        w.u64(5)
        w.u64(2)
        w.u64(1)
        w.u64(0)
        let image = ResourceImage(ResourceBytes(ResourceImage.write([("GZWD", w.bytes)])))
        #expect(image != nil)
        #expect(image?.section("GZWD").flatMap(CompiledKeyTable.init) == nil)
        #expect(image.flatMap { Gazetteer(image: $0) } == nil)
    }
}
