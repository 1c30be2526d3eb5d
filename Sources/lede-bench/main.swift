import Foundation
import LedeCore

// Throughput of ingestion and analysis, in process. Run with: swift run -c release lede-bench
BenchmarkRunner.main(CommandLine.arguments)
