import ArgumentParser
import Foundation
import LedeCore
import LedeUI
import LedeLibrary

/// `lede` on several files, a folder, a feed or nothing (the samples): the library list, with the index kept in
/// step in the background (`Effect.indexLibrary`) while the list is already on screen.
enum LibrarySession {
    /// Whether these arguments open the library rather than a single article in the reader.
    static func wants(_ files: [String]) -> Bool {
        if files.isEmpty || files.count > 1 { return true }
        let path = files[0]
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { return true }
        return ["rss", "atom", "feed"].contains((path as NSString).pathExtension.lowercased())
    }

    /// Runs the library until `q`; returns the number of files that could not be read (reported on stderr).
    static func run(files: [String], libraryPath: String?, options: IngestOptions, theme: Theme, keymap: Keymap,
                    libraryKeymap: LibraryKeymap, analysis: AnalysisSetup = AnalysisSetup(referenceDate: nil),
                    reindex: Bool = false,
                    environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int {
        let paths = LibraryPaths(environment: environment)
        let library = files.isEmpty ? LibraryFile.samples() : LibraryFile.expand(files)
        let heading = files.isEmpty
            ? "Sample library: Wikinews and other openly licensed articles (attribution in each article's header)"
            : (files.count == 1 ? "Library · \(TextSanitizer.singleLine(files[0]))" : "Library · \(library.count) files")

        let store: LibraryStore
        var notice: String?
        do {
            store = try LibraryStore.open(path: libraryPath ?? paths.database)
        } catch {
            // Another program's database: said before the screen opens, and nothing is written to it.
            if error.refusesFile {
                Stderr.line("lede: \(error)")
                throw ExitCode(1)
            }
            // The files still open: the index lives in memory for this run.
            Stderr.line("lede: \(error)")
            notice = error.description
            store = .inMemory()
        }
        if let rebuilt = store.notice {
            Stderr.line("lede: \(rebuilt)")
            notice = rebuilt
        }
        let (entries, readError) = LibraryIndexer(store: store, options: options).initialEntries(library)
        if let readError { notice = readError.description }
        let positions = ReadingPositions.load(from: paths.positions)
        let memory = LibraryViewMemory.load(from: paths.libraryView)

        // With `--date`, the index analyses against that day too (and again, when a file was analysed against another).
        // Every analysis (indexing, and the reader opened from the list) runs in worker processes: an article
        // that traps is listed as failed and the library carries on.
        let analyzer = ContainedAnalyzer(analysis)
        // Analyses are kept whole (StoredAnalyses): an unchanged article opens with its highlights at once.
        let services = Services(store: store, options: options, analysis: analysis.options, positionsFile: paths.positions,
                                folders: LibraryFile.folders(files), reindex: reindex,
                                analyze: { article in try analyzer.analyzeOrThrow(article) },
                                stored: StoredAnalyses(folder: StoredAnalyses.defaultFolder(environment: environment)))
        let runner = EffectRunner(services: services)
        let final = try TerminalRunner.run(
            initial: { w, h in
                var state = LibraryState(entries: entries, theme: theme, width: w, height: h, indexing: true,
                                         heading: heading, memory: memory)
                if let notice { state.notice = notice }
                let (app, effects) = LedeApp.start(LedeApp(library: state, positions: positions, keymap: keymap,
                                                                  libraryKeymap: libraryKeymap))
                return (app, [.indexLibrary(library)] + effects)
            },
            update: LedeApp.update,
            render: LedeApp.render,
            isFinished: \.isFinished,
            effects: runner)

        var failures = final.library.failures
        // Files that failed after the list was closed are still reported.
        for case .libraryIndexed(let updates) in runner.inbox.drain() {
            for update in updates {
                switch update {
                case .failed(_, let message), .analysisFailed(_, let message): failures.append(message)
                default: break
                }
            }
        }
        for line in failures { Stderr.line("lede: \(line)") }
        do {
            try final.positions.save(to: paths.positions)
            try final.library.memory.save(to: paths.libraryView)
        } catch {
            Stderr.line("lede: cannot save the reading positions under \(paths.stateFolder): \(error.localizedDescription)")
        }
        return failures.count
    }
}
