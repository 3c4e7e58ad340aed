import Foundation

/// Two small run output folders, `a` and `b`, written identically into a fresh temporary folder;
/// tests then change `b` and compare. Removed when released.
final class RunFolderFixture {
    let root: URL
    var a: URL { root.appendingPathComponent("a") }
    var b: URL { root.appendingPathComponent("b") }

    static let summary = """
        variant,strategy,total_return,sharpe,trades
        ic_30,iron_condor,0.0125,1.42,1
        strangle,short_strangle,-0.004,-0.3,1

        """
    static let equity = """
        timestamp,cash,positions_value,equity,drawdown
        2024-01-01T15:30:00+05:30,1000000,0,1000000,0
        2024-01-02T15:30:00+05:30,1001250.5,-1200.25,1000050.25,0
        2024-01-03T15:30:00+05:30,999000,0,999000,-0.0010504948

        """
    static let fills = """
        timestamp,trade_id,leg,expiry,strike,option_type,side,quantity,price,fees,reason
        2024-01-02T15:30:00+05:30,1,1,2024-01-25,21500,CE,SELL,50,101.25,20.5,entry
        2024-01-02T15:30:00+05:30,1,2,2024-01-25,21700,CE,BUY,50,45.5,20.5,entry

        """
    static let trades = """
        trade_id,strategy,entry_time,exit_time,legs,entry_credit,exit_debit,fees,pnl,exit_reason,entry_regime
        1,iron_condor,2024-01-02T15:30:00+05:30,2024-01-03T15:30:00+05:30,"21500CE,21700CE",2787.5,1500,82,\
        1205.5,profit_target,range

        """
    static let decisions = """
        timestamp,regime,chain_timestamp,action,detail
        2024-01-02T15:30:00+05:30,range,2024-01-02T15:30:00+05:30,enter,"short 21500 CE, long 21700 CE"

        """
    static let metrics = """
        {"by_regime":{"range":{"bars":3,"pnl":1205.5,"trades":1}},"cagr":0.5,"sharpe":1.42,"win_rate":null}

        """

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("MidasReportTests-\(UUID().uuidString)", isDirectory: true)
        for run in [a, b] {
            try write(Self.summary, to: run, "summary.csv")
            try write("{\"pipeline\":\"\(run.lastPathComponent)\"}\n", to: run, "manifest.json")
            try write("<html>\(run.lastPathComponent)</html>\n", to: run, "report.html")
            for variant in ["ic_30", "strangle"] {
                try writeVariant(variant, in: run)
            }
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes a complete variant folder with the standard contents.
    func writeVariant(_ variant: String, in run: URL) throws {
        try write(Self.equity, to: run, "\(variant)/equity.csv")
        try write(Self.fills, to: run, "\(variant)/fills.csv")
        try write(Self.trades, to: run, "\(variant)/trades.csv")
        try write(Self.decisions, to: run, "\(variant)/decisions.csv")
        try write(Self.metrics, to: run, "\(variant)/metrics.json")
    }

    /// Writes `text` to `relative` inside `run`, creating folders as needed.
    func write(_ text: String, to run: URL, _ relative: String) throws {
        let url = run.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Rewrites `relative` inside `b` by replacing `old` with `new` (which must occur).
    func change(_ relative: String, _ old: String, _ new: String) throws {
        let url = b.appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        precondition(text.contains(old), "\(old) not in \(relative)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }
}
