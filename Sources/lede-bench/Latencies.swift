import Foundation

/// Per-event times, in thread CPU time and in wall time, summarised as median, 99th percentile and maximum.
/// CPU time does not count time the scheduler gave to other processes, which on a shared machine dominates
/// the tail of wall times.
struct Latencies {
    private(set) var cpu: [Double] = []
    private(set) var wall: [Double] = []

    var count: Int { wall.count }

    /// Times `body` once.
    @discardableResult
    mutating func measure<T>(_ body: () -> T) -> T {
        let c0 = ReaderBenchmark.threadCPUTime(), t0 = DispatchTime.now().uptimeNanoseconds
        let result = body()
        let t1 = DispatchTime.now().uptimeNanoseconds, c1 = ReaderBenchmark.threadCPUTime()
        wall.append(Double(t1 - t0) / 1e6)
        cpu.append((c1 - c0) * 1e3)
        return result
    }

    static func stats(_ t: [Double]) -> (median: Double, p99: Double, max: Double) {
        guard !t.isEmpty else { return (0, 0, 0) }
        let s = t.sorted()
        return (s[s.count / 2], s[min(s.count - 1, Int(Double(s.count) * 0.99))], s.last ?? 0)
    }

    /// "n=… cpu median … p99 … max … | wall median … p99 … max …" (milliseconds).
    var summary: String {
        let (cm, cp, cx) = Self.stats(cpu), (wm, wp, wx) = Self.stats(wall)
        return String(format: "n=%5d  cpu median %.3f ms p99 %.3f ms max %.3f ms | wall median %.3f ms p99 %.3f ms max %.3f ms",
                      count, cm, cp, cx, wm, wp, wx)
    }
}
