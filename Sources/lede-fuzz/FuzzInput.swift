import Foundation
import LedeCore

/// One fuzzing input: its first byte chooses how the rest is read, the rest is the file.
///
/// The low bits pick the ingestor (plain text, Markdown, HTML, RSS, Atom, or the sniffer as for a real
/// file); bit 3 sets a reference date, so relative dates are resolved against one as well as without.
struct FuzzInput {
    /// nil: let the sniffer decide, as `lede FILE` does.
    var format: ArticleFormat?
    var referenceDate: CalendarDate?
    var body: Data

    init(_ bytes: UnsafeRawBufferPointer) {
        guard let first = bytes.first else {
            format = nil
            referenceDate = nil
            body = Data()
            return
        }
        let choice = Int(first & 7) % 6
        format = choice < ArticleFormat.allCases.count ? ArticleFormat.allCases[choice] : nil
        referenceDate = first & 8 != 0 ? CalendarDate(year: 2020, month: 2, day: 29) : nil
        body = Data(bytes.dropFirst())
    }

    /// Ingests and analyses the input, renders what `lede analyze` prints, and checks the result's
    /// invariants. Errors are expected outcomes (binary data, a feed with no items); a trap or a broken
    /// invariant is a finding.
    func run() {
        let articles: [Article]
        do {
            if let format {
                articles = try Ingestor.articles(from: body, source: "fuzz", as: format)
            } else {
                articles = try Ingestor.articles(from: body, source: "fuzz", hint: nil)
            }
        } catch {
            _ = String(describing: error)
            return
        }
        let options = AnalysisOptions(referenceDate: referenceDate)
        for article in articles.prefix(16) {
            let analysis = Analyzer.analyze(article, options: options)
            if let broken = AnalysisInvariants.violations(article, analysis).first { fatalError("invariant: \(broken)") }
            var json = ""
            AnalysisJSON.write(article, analysis) { json += $0 }
            _ = AnalysisSummary.render(article, analysis)
        }
    }
}
