import Foundation
import LedeCore

/// Reader mode alone, in process, on one core: pages per second and MB/s of HTML ingestion (decode, parse,
/// metadata, extraction, rendering, structure) over a folder of web pages, by default Mozilla Readability's
/// test pages in `../shared/extraction/readability-pages` (or `$LEDE_READER_PAGES`).
///
/// `lede-bench reader-mode [DIR]` runs only this; `lede-bench reader-mode --dump DIR` prints one JSON line
/// per page (title, date, body as the extraction scorer reads it) for `.tools/reader-mode-score --fast`.
enum ReaderModeBenchmark {
    static func main(_ args: [String]) {
        let rest = Array(args.dropFirst())
        // Part of the whole run (no argument) only: not of `lede-bench memory` (whose children would measure
        // it too), `library` or `reader`.
        guard rest.first == "reader-mode" else { if rest.isEmpty { run(folder: nil) }; return }
        if rest.count >= 3, rest[1] == "--dump" { dump(rest[2]); exit(0) }
        run(folder: rest.count >= 2 ? rest[1] : nil, repeats: 5)
        exit(0)
    }

    static func defaultFolder() -> String? {
        if let env = ProcessInfo.processInfo.environment["LEDE_READER_PAGES"] { return env }
        let candidates = ["../shared/extraction/readability-pages", "../../shared/extraction/readability-pages",
                          "/work/shared/extraction/readability-pages"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Every `source.html` one level below the folder, sorted by page name.
    static func pages(_ folder: String) -> [(name: String, data: Data)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return names.compactMap { name in
            let path = (folder as NSString).appendingPathComponent(name + "/source.html")
            return (try? Data(contentsOf: URL(fileURLWithPath: path))).map { (name, $0) }
        }
    }

    static func run(folder: String?, repeats: Int = 3) {
        guard let folder = folder ?? defaultFolder() else {
            print("reader mode: no pages (set LEDE_READER_PAGES to a folder of page folders with source.html)")
            return
        }
        let inputs = pages(folder)
        guard !inputs.isEmpty else { print("reader mode: no pages in \(folder)"); return }
        let bytes = inputs.reduce(0) { $0 + $1.data.count }
        var times: [Double] = [], cpuTimes: [Double] = []
        for _ in 0..<repeats {
            let cpu0 = threadCPUSeconds()
            times.append(BenchmarkRunner.time {
                for (name, data) in inputs { _ = try? Ingestor.articles(from: data, source: name, hint: "html") }
            })
            cpuTimes.append(threadCPUSeconds() - cpu0)
        }
        times.sort(); cpuTimes.sort()
        let best = times[0], median = times[times.count / 2]
        print(String(format: "reader mode: %d pages, %.1f MB, %.0f pages/s (median of %d: %.0f), %.1f MB/s",
                     inputs.count, Double(bytes) / 1e6, Double(inputs.count) / best, repeats,
                     Double(inputs.count) / median, Double(bytes) / 1e6 / best))
        // On a machine shared with other work, wall time counts the time other processes held the core;
        // the thread's CPU time is what one core spends on reader mode.
        print(String(format: "reader mode, CPU time of the one thread: %.0f pages/s (median %.0f)",
                     Double(inputs.count) / cpuTimes[0], Double(inputs.count) / cpuTimes[cpuTimes.count / 2]))
    }

    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func dump(_ folder: String) {
        for (name, data) in pages(folder) {
            var o: [String: Any] = ["page": name]
            do {
                guard let a = try Ingestor.articles(from: data, source: name, hint: "html").first else { continue }
                var blocks = a.blocks
                if let f = blocks.first, f.kind == .heading, f.level == 1, f.range.start == 0 { blocks.removeFirst() }
                o["title"] = a.title ?? NSNull()
                o["published"] = a.published.map { $0.date.description } ?? NSNull()
                o["published_source"] = a.published?.source.rawValue ?? NSNull()
                o["body"] = blocks.filter { $0.kind != .boilerplate }.map { a.text[$0.range] }.joined(separator: "\n")
            } catch {
                o["error"] = "\(error)"
            }
            if let d = try? JSONSerialization.data(withJSONObject: o), let s = String(data: d, encoding: .utf8) { print(s) }
        }
    }
}
