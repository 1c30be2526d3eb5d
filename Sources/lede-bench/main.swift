import Foundation
import LedeCore

// Throughput of ingestion and analysis, in process. Run with: swift run -c release lede-bench
ReaderModeBenchmark.main(CommandLine.arguments)  // `lede-bench reader-mode` runs only this one
BenchmarkRunner.main(CommandLine.arguments)
