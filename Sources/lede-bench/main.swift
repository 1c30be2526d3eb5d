import Foundation
import LedeCore

// Throughput of ingestion and analysis, in process. Run with: swift run -c release lede-bench
ResourceBenchmark.main(CommandLine.arguments)  // `lede-bench resources`: first loads, in a fresh process
ReaderModeBenchmark.main(CommandLine.arguments)  // `lede-bench reader-mode` runs only this one
BenchmarkRunner.main(CommandLine.arguments)
