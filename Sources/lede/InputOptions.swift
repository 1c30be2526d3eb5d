import Foundation
import ArgumentParser
import LedeCore

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Refuse files larger than this (bytes, or with K, M, G).", valueName: "SIZE"),
            transform: InputOptions.parseSize)
    var maxSize: Int = 64 * 1024 * 1024

    @Option(name: .long, help: ArgumentHelp(
        "Read input in this charset (e.g. GBK, KOI8-R, windows-1256), whatever a page declares.",
        valueName: "NAME"), transform: InputOptions.parseCharset)
    var charset: String?

    static func parseCharset(_ s: String) throws -> String {
        guard TextDecoder.knowsCharset(s) else { throw ValidationError("unknown charset '\(s)'") }
        return s
    }

    static func parseSize(_ s: String) throws -> Int {
        let t = s.trimmingCharacters(in: .whitespaces).uppercased()
        var digits = t
        var factor = 1
        if let last = t.last, "KMG".contains(last) {
            digits = String(t.dropLast())
            factor = last == "K" ? 1024 : last == "M" ? 1024 * 1024 : 1024 * 1024 * 1024
        } else if t.hasSuffix("B") {
            digits = String(t.dropLast())
        }
        guard let n = Int(digits), n >= 0 else { throw ValidationError("invalid size '\(s)'") }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw ValidationError("size '\(s)' is too large") }
        return bytes
    }

    var ingest: IngestOptions { IngestOptions(maxSize: maxSize, charset: charset) }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard argument.utf8.count == 10 else { return nil }
        self.init(iso: argument)
    }
}
