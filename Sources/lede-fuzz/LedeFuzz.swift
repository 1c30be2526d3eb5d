#if !LEDE_LIBFUZZER
import Foundation

/// `lede-fuzz`, built without libFuzzer: replays inputs, or runs the deterministic mutation loop.
///
///     lede-fuzz FILE|DIR...                         run each input once (regressions, a finding)
///     lede-fuzz --mutate [--seconds N] [--runs N] [--seed N] [--dict FILE]... [--artifacts DIR] CORPUS...
///
/// With libFuzzer (`.tools/fuzz`) the same entry point runs under libFuzzer's own `main` instead.
@main
struct LedeFuzz {
    static func main() {
        var args = Array(CommandLine.arguments.dropFirst())
        var mutate = false, seconds = 60.0, runs = Int.max, seed: UInt64 = 1, timeout = 10.0
        var dicts: [String] = [], artifacts = ".", paths: [String] = []
        func value() -> String {
            guard !args.isEmpty else { fail("missing value") }
            return args.removeFirst()
        }
        while !args.isEmpty {
            let a = args.removeFirst()
            switch a {
            case "--mutate": mutate = true
            case "--seconds": seconds = number(value(), a)
            case "--runs": runs = number(value(), a)
            case "--seed": seed = number(value(), a)
            case "--timeout": timeout = number(value(), a)
            case "--dict": dicts.append(value())
            case "--artifacts": artifacts = value()
            case "-h", "--help": print(usage); return
            default:
                if a.hasPrefix("-") { fail("unknown option \(a)") }
                paths.append(a)
            }
        }
        let inputs = files(paths)
        guard !inputs.isEmpty else { fail("no inputs (give files or corpus folders)") }
        if !mutate {
            for file in inputs { replay(file) }
            print("lede-fuzz: \(inputs.count) inputs ran without a finding")
            return
        }
        var dictionary: [[UInt8]] = []
        for d in dicts {
            do { dictionary += try FuzzDictionary.load(d) } catch { fail("\(d): \(error.localizedDescription)") }
        }
        let loop = MutationLoop(seeds: inputs.map { Array(FileManager.default.contents(atPath: $0) ?? Data()) },
                                dictionary: dictionary, seed: seed, timeout: timeout,
                                crashFile: (artifacts as NSString).appendingPathComponent("crash-seed\(seed)"))
        let stats = loop.run(seconds: seconds, runs: runs)
        print("lede-fuzz: deterministic mutation loop (seed \(seed)): \(stats.runs) inputs in "
              + String(format: "%.1f", stats.seconds) + " s, \(inputs.count) seeds, \(dictionary.count) dictionary words, "
              + "no finding")
    }

    static let usage = """
        usage: lede-fuzz FILE|DIR...
               lede-fuzz --mutate [--seconds N] [--runs N] [--seed N] [--timeout S] [--dict FILE]... [--artifacts DIR] CORPUS...
        The first byte of an input picks the ingestor (low three bits mod 6: text, markdown, html, rss, atom,
        sniffed) and bit 3 a reference date; the rest is the file.
        """

    /// Runs one saved input, naming it first so a crash is easy to attribute.
    static func replay(_ file: String) {
        guard let data = FileManager.default.contents(atPath: file) else { fail("\(file): cannot read") }
        CrashReport.current(Array(data))
        data.withUnsafeBytes { FuzzInput($0).run() }
    }

    /// Files named, and the files in folders named (sorted, hidden ones skipped).
    static func files(_ paths: [String]) -> [String] {
        var out: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { fail("\(p): no such file") }
            if !isDir.boolValue { out.append(p); continue }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []
            out += names.filter { !$0.hasPrefix(".") }.sorted().map { (p as NSString).appendingPathComponent($0) }
        }
        return out
    }

    static func number<N: LosslessStringConvertible>(_ s: String, _ option: String) -> N {
        guard let v = N(s) else { fail("\(option): not a number: \(s)") }
        return v
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("lede-fuzz: \(message)\n".utf8))
        exit(2)
    }
}
#endif
