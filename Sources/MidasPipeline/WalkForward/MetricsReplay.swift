import MidasBacktest
import MidasCore

/// Recomputes a run's metrics from its outputs, feeding the engine's `MetricsAccumulator` the
/// same events in the same way: used for a curve the engine never ran as one (the stitched
/// walk-forward).
///
/// From a result it reads each bar's regime (from its decision lines: the engine writes at least
/// one per bar, with the bar's regime; a bar without one keeps the previous bar's), whether a
/// position was held during the bar (a trade entered at or before it and not closed before it),
/// the equity at each trading day's last bar, the fees, and each trade's entry and close.
struct MetricsReplay {
    private var accumulator: MetricsAccumulator

    /// Starts from the starting capital.
    init(capital: Double) {
        accumulator = MetricsAccumulator(capital: capital)
    }

    /// Adds the bars, fees and trades of `result`, which follows everything added so far.
    mutating func add(_ result: VariantResult) {
        let rows = result.equity
        var line = 0
        var regime = Regime.warmup
        for (index, row) in rows.enumerated() {
            while line < result.decisions.count, result.decisions[line].timestamp < row.timestamp { line += 1 }
            if line < result.decisions.count, result.decisions[line].timestamp == row.timestamp {
                regime = result.decisions[line].regime
            }
            let isExposed = result.trades.contains { trade in
                trade.entryTime <= row.timestamp && (trade.exitTime.map { row.timestamp <= $0 } ?? true)
            }
            accumulator.recordBar(regime: regime, isExposed: isExposed)
            let isDayClose = index == rows.count - 1 || rows[index + 1].timestamp.istDay != row.timestamp.istDay
            if isDayClose { accumulator.recordDayClose(equity: row.equity) }
        }
        accumulator.recordFees(result.metrics.totalFees)
        for trade in result.trades { accumulator.recordEntry(regime: trade.entryRegime) }
        let closed = result.trades.filter { $0.exitTime != nil }.sorted {
            ($0.exitTime!, $0.tradeID) < ($1.exitTime!, $1.tradeID)
        }
        for trade in closed { accumulator.recordClosedTrade(pnl: trade.pnl, entryRegime: trade.entryRegime) }
    }

    /// The metrics of everything added.
    var metrics: Metrics { accumulator.metrics }
}
