import ArgumentParser
import Foundation
import LedeCore

/// `lede analysis-worker` (hidden): the child side of `AnalysisWorker`. Reads framed articles on standard
/// input, writes each one's framed analysis on standard output, and exits at the end of its input.
struct AnalysisWorkerCommand: ParsableCommand {
    static let name = "analysis-worker"
    static let configuration = CommandConfiguration(
        commandName: name, abstract: "Analyse articles sent by another lede process (internal).", shouldDisplay: false)

    @OptionGroup var analysis: AnalysisArguments

    func run() throws {
        // No parent-death signal: Linux sends it when the spawning *thread* ends, which for the reader's effect
        // threads is right after the first article. The parent's end of the socket closes however it dies,
        // and the end of input ends this loop.
        let options = try analysis.setup().options
        // Results go out on a descriptor of their own; anything printed to standard output goes to standard
        // error instead of into the stream of frames.
        let out = dup(1)
        dup2(2, 1)
        while let message = Self.readFrame(0) {
            var r = WireReader(message)
            var w = WireWriter()
            do {
                guard try r.byte() == WorkerMessage.analyze else { throw AnalysisWire.Malformed() }
                let article = try AnalysisWire.decodeArticle(&r)
                let analysis = LedeAnalysis.analyze(article, options: options)
                w.byte(WorkerMessage.analysed)
                try AnalysisWire.encode(analysis, into: &w)
            } catch {
                w = WireWriter()
                w.byte(WorkerMessage.failed)
                w.string("\(error)")
            }
            guard Self.writeAll(out, WorkerMessage.frame(w.data)) else { return }
        }
    }

    /// One whole frame, or nil at the end of the input (or a short frame: the parent is gone).
    static func readFrame(_ fd: Int32) -> [UInt8]? {
        guard let header = readExactly(fd, 8) else { return nil }
        let length = WorkerMessage.length(header[...])
        guard length <= WorkerMessage.maxLength else { return nil }
        return readExactly(fd, Int(length))
    }

    private static func readExactly(_ fd: Int32, _ count: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: count)
        var at = 0
        while at < count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + at, count - at) }
            if n > 0 { at += n } else if n < 0 && errno == EINTR { continue } else { return nil }
        }
        return out
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var at = 0
        while at < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + at, bytes.count - at) }
            if n > 0 { at += n } else if n < 0 && errno == EINTR { continue } else { return false }
        }
        return true
    }
}
