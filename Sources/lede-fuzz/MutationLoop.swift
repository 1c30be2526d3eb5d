import Foundation

/// The fallback fuzzer: seeds, then mutations of seeds and of earlier mutants, from one seeded generator,
/// run in process until a time or run budget is spent. A trap saves the input (CrashReport); an input that
/// runs longer than the timeout is saved by a watchdog and ends the run.
struct MutationLoop {
    var seeds: [[UInt8]]
    var dictionary: [[UInt8]]
    var seed: UInt64
    var timeout: Double
    var crashFile: String

    struct Stats {
        var runs = 0
        var seconds = 0.0
    }

    func run(seconds: Double, runs: Int) -> Stats {
        CrashReport.install(savingTo: crashFile)
        let watch = Stopwatch()
        func elapsedMs() -> Int { watch.milliseconds }
        startWatchdog(watch)

        var mutator = Mutator(rng: SplitMix(seed: seed), dictionary: dictionary, maxLength: 64 << 10)
        var pool = seeds
        var stats = Stats()
        func one(_ input: [UInt8]) {
            CrashReport.current(input)
            CrashReport.startedAt.store(elapsedMs(), ordering: .releasing)
            input.withUnsafeBytes { FuzzInput($0).run() }
            CrashReport.startedAt.store(-1, ordering: .releasing)
            stats.runs += 1
        }
        for s in seeds where stats.runs < runs { one(s) }
        while stats.runs < runs, Double(elapsedMs()) < seconds * 1000 {
            let base = pool[mutator.rng.below(pool.count)]
            let other = pool[mutator.rng.below(pool.count)]
            let input = mutator.mutate(base, other: other)
            one(input)
            // Mutants join the pool so mutations stack over generations; the seeds always stay.
            if pool.count < seeds.count + 512 { pool.append(input) } else if mutator.rng.chance(25) {
                pool[seeds.count + mutator.rng.below(512)] = input
            }
        }
        stats.seconds = Double(elapsedMs()) / 1000
        return stats
    }

    /// A thread that saves the input and aborts when one input has run longer than the timeout (a hang).
    private func startWatchdog(_ watch: Stopwatch) {
        let limit = Int(timeout * 1000)
        let thread = Thread {
            while true {
                Thread.sleep(forTimeInterval: 0.25)
                let started = CrashReport.startedAt.load(ordering: .acquiring)
                if started >= 0, watch.milliseconds - started > limit {
                    FileHandle.standardError.write(Data("lede-fuzz: an input ran over \(limit) ms (a hang)\n".utf8))
                    CrashReport.save()
                    exit(3)
                }
            }
        }
        thread.start()
    }
}

/// Milliseconds since it was made; shared with the watchdog thread.
struct Stopwatch: Sendable {
    let start = ContinuousClock.now

    var milliseconds: Int {
        let d = ContinuousClock.now - start
        return Int(d.components.seconds) * 1000 + Int(d.components.attoseconds / 1_000_000_000_000_000)
    }
}
