import Foundation
import MidasCore

/// One variant of a run read back from its folder for the report: the equity curve with the underlying and
/// the regime of each bar, the trades' outcomes and the metrics.
struct VariantSeries {
    /// The variant id (its folder name).
    var id: String
    /// The strategy name.
    var strategy: String
    /// Each bar's time as written (`2024-01-02T15:30:00+05:30`), in order.
    var timestamps: [String]
    /// Each bar's equity, rupees.
    var equity: [Double]
    /// Each bar's drawdown, a fraction ≤ 0.
    var drawdown: [Double]
    /// Each bar's underlying close; NaN where `equity.csv` has no `underlying` column or value.
    var underlying: [Double]
    /// Each bar's regime: the first decision line at the bar's time; `nil` where there is none.
    var regimes: [Regime?]
    /// Every trade's P&L (NaN for one still open) and exit reason (empty for one still open).
    var trades: [(pnl: Double, exitReason: String)]
    /// The scalar metrics of `metrics.json` by name; `null` reads as NaN.
    var metrics: [String: Double]
    /// `by_regime` of `metrics.json`.
    var byRegime: [Regime: (bars: Int, trades: Int, pnl: Double)]

    /// The starting capital: final equity / (1 + total return), from the metrics; the first bar's equity when
    /// they do not define it.
    var startingCapital: Double {
        let total = metrics["total_return"] ?? .nan
        if let last = equity.last, total.isFinite, total > -1 {
            let capital = last / (1 + total)
            if capital.isFinite, capital > 0 { return capital }
        }
        return equity.first ?? .nan
    }

    /// Reads the variant folder `folder`.
    ///
    /// - Throws: ``InputError`` for a missing file or column, or a value that does not parse.
    init(folder: URL, id: String, strategy: String) throws {
        self.id = id
        self.strategy = strategy
        let equityTable = try CSVTable(url: folder.appendingPathComponent("equity.csv"))
        let time = try equityTable.requiredPosition(of: "timestamp")
        let equityColumn = try equityTable.requiredPosition(of: "equity")
        let drawdownColumn = try equityTable.requiredPosition(of: "drawdown")
        let underlyingColumn = equityTable.position(of: "underlying")
        let timestamps = equityTable.rows.indices.map { equityTable.text(row: $0, at: time) }
        self.timestamps = timestamps
        equity = try equityTable.rows.indices.map { try equityTable.number(row: $0, at: equityColumn) }
        drawdown = try equityTable.rows.indices.map { try equityTable.number(row: $0, at: drawdownColumn) }
        underlying = try equityTable.rows.indices.map { row in
            guard let underlyingColumn else { return .nan }
            return try equityTable.number(row: row, at: underlyingColumn)
        }

        let decisions = try CSVTable(url: folder.appendingPathComponent("decisions.csv"))
        let decisionTime = try decisions.requiredPosition(of: "timestamp")
        let regimeColumn = try decisions.requiredPosition(of: "regime")
        var regimeAt: [String: Regime] = [:]
        for row in decisions.rows.indices {
            let label = decisions.text(row: row, at: regimeColumn)
            guard let regime = Regime(label: label) else {
                throw InputError(.badValue, file: decisions.file, line: row + 2, field: "regime", detail: label)
            }
            let timestamp = decisions.text(row: row, at: decisionTime)
            if regimeAt[timestamp] == nil { regimeAt[timestamp] = regime }
        }
        regimes = timestamps.map { regimeAt[$0] }

        let tradeTable = try CSVTable(url: folder.appendingPathComponent("trades.csv"))
        let pnl = try tradeTable.requiredPosition(of: "pnl")
        let exitReason = try tradeTable.requiredPosition(of: "exit_reason")
        trades = try tradeTable.rows.indices.map { row in
            (try tradeTable.number(row: row, at: pnl), tradeTable.text(row: row, at: exitReason))
        }

        (metrics, byRegime) = try Self.readMetrics(folder.appendingPathComponent("metrics.json"))
    }

    private static func readMetrics(
        _ url: URL
    ) throws -> ([String: Double], [Regime: (bars: Int, trades: Int, pnl: Double)]) {
        guard FileManager.default.fileExists(atPath: url.path) else { throw InputError(.missingFile, file: url.path) }
        guard case .object(let members) = try JSONValue(parsing: try RunFolder.contents(of: url), file: url.path)
        else {
            throw InputError(.badValue, file: url.path, detail: "metrics.json is not a JSON object")
        }
        var scalars: [String: Double] = [:]
        var byRegime: [Regime: (bars: Int, trades: Int, pnl: Double)] = [:]
        for (name, value) in members {
            switch value {
            case .number(let text): scalars[name] = Double(text) ?? .nan
            case .null: scalars[name] = .nan
            case .object(let regimes) where name == "by_regime":
                for (label, activity) in regimes {
                    guard let regime = Regime(label: label), case .object(let fields) = activity else {
                        throw InputError(.badValue, file: url.path, field: "by_regime." + label)
                    }
                    func number(_ key: String) -> Double {
                        if case .number(let text) = fields[key] { return Double(text) ?? .nan }
                        return .nan
                    }
                    let bars = number("bars"), trades = number("trades")
                    byRegime[regime] = (
                        bars.isFinite ? Int(bars) : 0, trades.isFinite ? Int(trades) : 0, number("pnl")
                    )
                }
            default: continue
            }
        }
        return (scalars, byRegime)
    }
}
