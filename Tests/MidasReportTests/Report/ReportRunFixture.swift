import Foundation

/// A tiny hand-made run folder: two variants over four daily bars across January and February 2024. The
/// first variant's name holds HTML's special characters. Removed when released.
final class ReportRunFixture {
    let root: URL
    /// The variant whose id needs escaping.
    static let specialVariant = "ic_<b>&'x'"

    static let manifest = """
        {"pipeline":"pipelines/demo.yaml","range":"2024-01-30..2024-02-02","source":"dynamic","symbol":"NIFTY",\
        "variants":[],"versions":{"context":1,"midas":"0.1.0"}}

        """
    static let summary = """
        variant,strategy,total_return,sharpe,trades
        flat,iron_condor,-0.1,,0
        \(specialVariant),iron_condor,0.25,1.5,2

        """
    /// Equity 1.1M, 1.2M, 1.15M, 1.25M; the underlying 21500, 21600, 21550, 21700.
    static let equity = """
        timestamp,cash,positions_value,equity,drawdown,underlying
        2024-01-30T15:30:00+05:30,1100000,0,1100000,0,21500
        2024-01-31T15:30:00+05:30,1200000,0,1200000,0,21600
        2024-02-01T15:30:00+05:30,1150000,0,1150000,-0.041666666666666664,21550
        2024-02-02T15:30:00+05:30,1250000,0,1250000,0,21700

        """
    static let trades = """
        trade_id,strategy,entry_time,exit_time,legs,entry_credit,exit_debit,fees,pnl,exit_reason,entry_regime
        1,iron_condor,2024-01-30T15:30:00+05:30,2024-01-31T15:30:00+05:30,x,1,1,0,300000,profit_target,range
        2,iron_condor,2024-02-01T15:30:00+05:30,2024-02-02T15:30:00+05:30,x,1,1,0,-50000,stop_loss,high_vol

        """
    /// Range on the first two bars, high_vol on the last two (the third bar's first line decides).
    static let decisions = """
        timestamp,regime,chain_timestamp,action,detail
        2024-01-30T15:30:00+05:30,range,,enter,a
        2024-01-31T15:30:00+05:30,range,,exit,b
        2024-02-01T15:30:00+05:30,high_vol,,enter,c
        2024-02-01T15:30:00+05:30,range,,hold,d
        2024-02-02T15:30:00+05:30,high_vol,,exit,e

        """
    static let metrics = """
        {"by_regime":{"high_vol":{"bars":2,"pnl":-50000,"trades":1},"range":{"bars":2,"pnl":300000,"trades":1},\
        "trend_down":{"bars":0,"pnl":0,"trades":0},"trend_up":{"bars":0,"pnl":0,"trades":0},\
        "warmup":{"bars":0,"pnl":0,"trades":0}},"final_equity":1250000,"sharpe":1.5,"total_return":0.25,\
        "trades":2,"win_rate":null}

        """
    static let flatEquity = """
        timestamp,cash,positions_value,equity,drawdown
        2024-01-30T15:30:00+05:30,1000000,0,1000000,0
        2024-02-02T15:30:00+05:30,900000,0,900000,-0.1

        """
    static let flatMetrics = """
        {"by_regime":{},"final_equity":900000,"total_return":-0.1,"trades":0}

        """

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("MidasReportTests-\(UUID().uuidString)", isDirectory: true)
        try write(Self.manifest, "manifest.json")
        try write(Self.summary, "summary.csv")
        let special = Self.specialVariant
        try write(Self.equity, "\(special)/equity.csv")
        try write(Self.trades, "\(special)/trades.csv")
        try write(Self.decisions, "\(special)/decisions.csv")
        try write(Self.metrics, "\(special)/metrics.json")
        try write("timestamp,trade_id\n", "\(special)/fills.csv")
        try write(Self.flatEquity, "flat/equity.csv")
        try write(String(Self.trades.prefix { $0 != "\n" }) + "\n", "flat/trades.csv")
        try write("timestamp,regime,chain_timestamp,action,detail\n", "flat/decisions.csv")
        try write(Self.flatMetrics, "flat/metrics.json")
        try write("timestamp,trade_id\n", "flat/fills.csv")
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes `text` to `relative` inside the run folder, creating folders as needed.
    func write(_ text: String, _ relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
