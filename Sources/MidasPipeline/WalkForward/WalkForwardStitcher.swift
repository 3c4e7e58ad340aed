import MidasBacktest
import MidasCore
import MidasReport

/// Stitches the test parts of a walk-forward into one out-of-sample result, the variant
/// `walk_forward`.
///
/// Each part was run with the previous part's ending equity as its capital (every trade of a part
/// is closed at its last bar), so the equity rows simply follow one another and the curve is
/// continuous; drawdown is recomputed over the whole curve, starting capital included. Trades are
/// renumbered 1, 2, … across parts (fills, and decision lines that begin `trade N`, follow), each
/// part's decisions are preceded by a `select` line naming the window, the chosen variant and its
/// training score, and the metrics are those of the stitched curve, from the same accumulator the
/// engine uses.
public enum WalkForwardStitcher {
    /// The id of the stitched variant.
    public static let variantID = "walk_forward"

    /// The stitched result of `parts` (in window order, at least one, each with at least one bar),
    /// chosen by `metric`.
    public static func stitch(_ parts: [WalkForwardPart], metric: SelectionMetric) -> VariantResult {
        precondition(!parts.isEmpty, "a walk-forward has at least one window")
        let capital = parts[0].result.capital
        var equity: [EquityRow] = []
        var fills: [FillRecord] = []
        var trades: [TradeRecord] = []
        var decisions: [DecisionRecord] = []
        var replay = MetricsReplay(capital: capital)
        var peak = capital
        for part in parts {
            let numbers = renumbering(part.result.trades, after: trades.count)
            for var row in part.result.equity {
                peak = max(peak, row.equity)
                row.drawdown = row.equity / peak - 1
                equity.append(row)
            }
            for var fill in part.result.fills {
                fill.tradeID = numbers[fill.tradeID] ?? fill.tradeID
                fills.append(fill)
            }
            for var trade in part.result.trades.sorted(by: { $0.tradeID < $1.tradeID }) {
                trade.tradeID = numbers[trade.tradeID]!
                trades.append(trade)
            }
            decisions.append(selectLine(part, metric: metric))
            for var line in part.result.decisions {
                line.detail = renumbered(line.detail, numbers)
                decisions.append(line)
            }
            replay.add(part.result)
        }
        let strategies = Set(parts.map(\.result.strategy))
        return VariantResult(
            variant: variantID, strategy: strategies.count == 1 ? parts[0].result.strategy : variantID,
            capital: capital, equity: equity, fills: fills, trades: trades, decisions: decisions,
            metrics: replay.metrics)
    }

    /// The decision line that opens a part: at its first bar, with the regime and chain of that bar's
    /// first line (the engine writes at least one line per bar).
    static func selectLine(_ part: WalkForwardPart, metric: SelectionMetric) -> DecisionRecord {
        let window = part.window
        let detail =
            "window=\(window.number) train=\(window.train.lowerBound)..\(window.train.upperBound) "
            + "test=\(window.test.lowerBound)..\(window.test.upperBound) variant=\(part.variant) "
            + "\(metric.name)=\(NumberFormatting.json(part.score))"
        let firstBar = part.result.equity[0].timestamp
        let line = part.result.decisions.first { $0.timestamp == firstBar }
        return DecisionRecord(
            timestamp: firstBar, regime: line?.regime ?? .warmup, chainTimestamp: line?.chainTimestamp,
            action: .select, detail: detail)
    }

    /// New ids for a part's trades: `offset` + 1, + 2, … in the order of their old ids.
    static func renumbering(_ trades: [TradeRecord], after offset: Int) -> [Int: Int] {
        let ids = trades.map(\.tradeID).sorted()
        return Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($0.element, offset + $0.offset + 1) })
    }

    /// `detail` with a leading `trade N` renumbered (the engine's lines about a trade begin so).
    static func renumbered(_ detail: String, _ numbers: [Int: Int]) -> String {
        guard detail.hasPrefix("trade ") else { return detail }
        let rest = detail.dropFirst("trade ".count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let old = Int(digits), let new = numbers[old] else { return detail }
        return "trade \(new)" + rest.dropFirst(digits.count)
    }
}
