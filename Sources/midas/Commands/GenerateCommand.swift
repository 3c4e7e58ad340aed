import ArgumentParser
import Foundation
import MidasCore
import MidasData

/// `midas generate --symbol S --from D --to D [--timeframe 1d|15m|5m] [--seed N] --out DIR`.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic raw data set (bars, VIX, FII, USDINR, option chains).",
        discussion: """
            Writes DIR/<SYMBOL>/bars_<timeframe>.csv, vix.csv, fii.csv, usdinr.csv and chain/<YYYY-MM-DD>.csv \
            for every trading day of the NSE calendar in the range. The same seed gives byte-identical files, \
            and a longer --to with the same --from and seed reproduces the shorter set's files.

            With --underlying FILE --vix FILE the path is a real daily history instead of a simulation: bars are \
            copied from FILE (daily only), the real India VIX sets the at-the-money level of the generated \
            chains, and no fii.csv or usdinr.csv is written. Days are the underlying's NSE sessions in the range; \
            a day missing from the VIX file carries the last VIX close forward (the count is printed). A \
            columns.yaml beside a file maps its columns.
            """
    )

    @Option(help: "Index symbol: NIFTY or BANKNIFTY.")
    var symbol: String

    @Option(help: ArgumentHelp("First day (YYYY-MM-DD).", valueName: "date"))
    var from: String

    @Option(help: ArgumentHelp("Last day (YYYY-MM-DD).", valueName: "date"))
    var to: String

    @Option(help: "Bar timeframe: 1d, 15m or 5m.")
    var timeframe: String = Timeframe.daily.rawValue

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Minutes between intraday chain snapshots (a multiple of 5).", valueName: "minutes"))
    var chainEvery: Int = 15

    @Option(help: ArgumentHelp("Listed strikes within ±X of the day's open (a fraction).", valueName: "X"))
    var strikeBand: Double = 0.10

    @Option(help: "Nearest weekly-series expiries listed each day.")
    var weeklies: Int = 4

    @Option(help: "Nearest monthly expiries listed each day.")
    var monthlies: Int = 3

    @Option(help: ArgumentHelp("A real daily history of the index to price the chains around.", valueName: "file"))
    var underlying: String?

    @Option(help: ArgumentHelp("The real India VIX history matching --underlying.", valueName: "file"))
    var vix: String?

    @Option(help: "Output folder (the symbol's files go under DIR/<SYMBOL>/).")
    var out: String

    @Flag(help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        guard let index = IndexSpec.named(symbol) else {
            throw InputError(.badValue, file: "--symbol", detail: "'\(symbol)': want NIFTY or BANKNIFTY")
        }
        guard let first = Day(iso: from) else {
            throw InputError(.badDate, file: "--from", detail: "'\(from)': want YYYY-MM-DD")
        }
        guard let last = Day(iso: to) else {
            throw InputError(.badDate, file: "--to", detail: "'\(to)': want YYYY-MM-DD")
        }
        guard let frame = Timeframe(rawValue: timeframe) else {
            throw InputError(.badValue, file: "--timeframe", detail: "'\(timeframe)': want 1d, 15m or 5m")
        }
        let settings = GenerateSettings(
            index: index, from: first, to: last, timeframe: frame, seed: seed, chainEveryMinutes: chainEvery,
            strikeBand: strikeBand, weeklies: weeklies, monthlies: monthlies)
        var history: RealHistory?
        switch (underlying, vix) {
        case (let underlying?, let vix?): history = try RealHistory.read(underlying: underlying, vix: vix)
        case (nil, nil): history = nil
        case (nil, _): throw InputError(.badValue, file: "--underlying", detail: "--vix needs --underlying")
        case (_, nil): throw InputError(.badValue, file: "--vix", detail: "--underlying needs --vix")
        }
        let summary = try SyntheticMarket.generate(settings, into: URL(fileURLWithPath: out), history: history)
        if let replay = summary.replay {
            Console.progress(
                "generate: real path: \(replay.days) days; \(replay.vixCarried) without a VIX row carried the last "
                    + "VIX close forward; skipped \(replay.notSessions) not NSE sessions and \(replay.beforeVIX) before "
                    + "the first VIX row; \(replay.vixOnly) VIX days without a bar unused; no FII or USDINR written",
                quiet: quiet)
        }
        Console.progress(
            "generate: \(index.symbol) \(first)…\(last): \(summary.days) trading days, \(summary.bars) bars, "
                + "\(summary.chainRows) chain rows (\(summary.chainBytes) bytes) in \(summary.folder.path)",
            quiet: quiet)
    }
}
