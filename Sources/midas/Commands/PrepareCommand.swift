import ArgumentParser
import MidasCore
import MidasData

/// `midas prepare`: validate a symbol's raw files and write the prepared store.
struct PrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Validate raw CSV files and write the prepared store (SQLite).",
        discussion: """
            Reads DIR/<SYMBOL>/ (bars_<timeframe>.csv, vix.csv, optional fii.csv and usdinr.csv, \
            chain/<YYYY-MM-DD>.csv: canonical chains or NSE F&O bhavcopies). Incremental: files whose \
            content fingerprint is unchanged are copied from the previous store instead of re-read (a file \
            whose size and mtime match the record costs one stat); files no longer there are dropped and \
            listed. A second prepare of the same store at once fails (exit 70): it holds <out>.lock.
            """)

    @Option(name: .customLong("raw"), help: "The raw data folder holding <SYMBOL>/.")
    var rawDirectory: String

    @Option(help: "The index symbol (NIFTY, BANKNIFTY).")
    var symbol: String

    @Option(name: .customLong("out"), help: "The prepared store to write.")
    var output: String

    @Option(help: "The bars' timeframe: 1d, 15m or 5m.")
    var timeframe: String = "1d"

    @Flag(help: "Re-read every file, ignoring the previous store.")
    var full = false

    @Flag(help: "Skip bad rows (and report them by reason) instead of failing.")
    var lenient = false

    @Flag(help: "No progress lines on stderr.")
    var quiet = false

    @Option(help: "Chain days parsed at once (default: the number of cores).")
    var jobs: Int?

    func run() throws {
        guard let timeframe = Timeframe(rawValue: timeframe) else {
            throw InputError(.badValue, file: "--timeframe", detail: "'\(self.timeframe)', expected 1d, 15m or 5m")
        }
        if let jobs, jobs < 1 { throw InputError(.badValue, file: "--jobs", detail: "\(jobs), expected at least 1") }
        let options = PrepareOptions(
            rawDirectory: rawDirectory, symbol: symbol, output: output, timeframe: timeframe, isFull: full,
            isLenient: lenient, jobs: jobs)
        let summary = try Preparation.run(options) { Console.progress($0, quiet: quiet) }
        print(summary.reportLines.joined(separator: "\n"))
    }
}
