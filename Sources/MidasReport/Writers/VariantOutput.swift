import Foundation
import MidasBacktest
import MidasCore

/// The files of one variant's folder (`DIR/<variant>/`): equity, fills, trades, decisions, metrics.
public enum VariantOutput {
    /// The file names written, in the order written.
    public static let fileNames = ["equity.csv", "fills.csv", "trades.csv", "decisions.csv", "metrics.json"]

    /// Writes every file of `result` into `folder` (created when missing).
    ///
    /// Plain writes: the caller builds the run folder with `OutputFolder`, which syncs it once and
    /// swaps it into place whole, so a per-file temp-fsync-rename would only repeat that work.
    public static func write(_ result: VariantResult, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let texts = [equityCSV(result), fillsCSV(result), tradesCSV(result), decisionsCSV(result), metricsJSON(result)]
        for (name, text) in zip(fileNames, texts) {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    /// `equity.csv`: one row per bar; SPEC's columns, then the underlying's close.
    public static func equityCSV(_ result: VariantResult) -> String {
        var csv = CSVText(header: ["timestamp", "cash", "positions_value", "equity", "drawdown", "underlying"])
        for row in result.equity {
            csv.append([
                row.timestamp.description, number(row.cash), number(row.positionsValue), number(row.equity),
                number(row.drawdown), number(row.underlying),
            ])
        }
        return csv.text
    }

    /// `fills.csv`: by time, then trade, then leg.
    public static func fillsCSV(_ result: VariantResult) -> String {
        var csv = CSVText(header: [
            "timestamp", "trade_id", "leg", "expiry", "strike", "option_type", "side", "quantity", "price", "fees",
            "reason",
        ])
        for fill in result.fills {
            csv.append([
                fill.timestamp.description, String(fill.tradeID), String(fill.leg), fill.expiry.description,
                number(fill.strike), fill.type.description, fill.side.rawValue, String(fill.quantity),
                number(fill.price), number(fill.fees), fill.reason.rawValue,
            ])
        }
        return csv.text
    }

    /// `trades.csv`: by trade id; an open trade has empty exit fields.
    public static func tradesCSV(_ result: VariantResult) -> String {
        var csv = CSVText(header: [
            "trade_id", "strategy", "entry_time", "exit_time", "legs", "entry_credit", "exit_debit", "fees", "pnl",
            "exit_reason", "entry_regime",
        ])
        for trade in result.trades {
            csv.append([
                String(trade.tradeID), trade.strategy, trade.entryTime.description,
                trade.exitTime?.description ?? "", trade.legs, number(trade.entryCredit), number(trade.exitDebit),
                number(trade.fees), number(trade.pnl), trade.exitReason?.rawValue ?? "", trade.entryRegime.description,
            ])
        }
        return csv.text
    }

    /// `decisions.csv`: in event order; an empty `chain_timestamp` when no chain was in force.
    public static func decisionsCSV(_ result: VariantResult) -> String {
        var csv = CSVText(header: ["timestamp", "regime", "chain_timestamp", "action", "detail"])
        for line in result.decisions {
            csv.append([
                line.timestamp.description, line.regime.description, line.chainTimestamp?.description ?? "",
                line.action.rawValue, line.detail,
            ])
        }
        return csv.text
    }

    /// `metrics.json`: sorted keys, `null` for undefined values, `by_regime` with every regime.
    public static func metricsJSON(_ result: VariantResult) -> String {
        metricsValue(result.metrics).document
    }

    /// The metrics as a JSON object.
    public static func metricsValue(_ metrics: Metrics) -> JSONText {
        var members: [String: JSONText] = [:]
        for (name, value) in metrics.scalars { members[name] = .number(value) }
        members["trades"] = .integer(metrics.trades)
        var regimes: [String: JSONText] = [:]
        for (regime, activity) in metrics.byRegime {
            regimes[regime.description] = .object([
                "bars": .integer(activity.bars), "trades": .integer(activity.trades), "pnl": .number(activity.pnl),
            ])
        }
        members["by_regime"] = .object(regimes)
        return .object(members)
    }

    static func number(_ value: Double) -> String { NumberFormatting.csv(value) }
}
