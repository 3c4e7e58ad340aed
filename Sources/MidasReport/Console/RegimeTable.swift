import MidasBacktest
import MidasCore

/// Each variant's activity per regime as an aligned text table for the terminal (from `Metrics.byRegime`).
public enum RegimeTable {
    /// Columns: variant, regime, bars labelled with it, trades entered in it, their P&L (rupees).
    /// Regimes come in their fixed order; a regime with no bars and no trades is left out.
    public static func text(_ results: [VariantResult]) -> String {
        let header = ["variant", "regime", "bars", "trades", "pnl"]
        var rows: [[String]] = []
        for result in results {
            for regime in Regime.allCases {
                guard let activity = result.metrics.byRegime[regime], activity.bars > 0 || activity.trades > 0
                else { continue }
                rows.append([
                    result.variant, regime.description, "\(activity.bars)", "\(activity.trades)",
                    SummaryTable.fixed(activity.pnl, 0),
                ])
            }
        }
        return SummaryTable.align([header] + rows)
    }
}
