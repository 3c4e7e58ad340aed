import MidasBacktest

/// The run summary as an aligned text table for the terminal: one row per variant.
public enum SummaryTable {
    /// Columns: variant, strategy, trades, win rate, total return, CAGR, Sharpe, max drawdown, fees.
    public static func text(_ results: [VariantResult]) -> String {
        let header = ["variant", "strategy", "trades", "win_rate", "total_return", "cagr", "sharpe", "max_dd", "fees"]
        let rows = results.map { result -> [String] in
            let m = result.metrics
            return [
                result.variant, result.strategy, "\(m.trades)", percent(m.winRate), percent(m.totalReturn),
                percent(m.cagr), fixed(m.sharpe, 2), percent(m.maxDrawdown), fixed(m.totalFees, 0),
            ]
        }
        return align([header] + rows)
    }

    /// Left-aligns the first two columns and right-aligns the rest.
    static func align(_ table: [[String]]) -> String {
        guard let first = table.first else { return "" }
        let widths = first.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return column < 2 ? text + padding : padding + text
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String {
        value.isFinite ? fixed(value * 100, 2) + "%" : "-"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = Int(rounded) - whole * Int(scale)
        let sign = value < 0 && rounded > 0 ? "-" : ""
        guard digits > 0 else { return sign + "\(whole)" }
        let fractionText = String(fraction)
        return sign + "\(whole)." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
}
