/// Why a fill happened, as `fills.csv` and `trades.csv` write it.
public enum FillReason: String, Sendable, Hashable, CaseIterable {
    /// Opening a trade.
    case entry
    /// The trade captured its target fraction of the entry credit.
    case profitTarget = "profit_target"
    /// The trade lost its stop multiple of the entry credit.
    case stopLoss = "stop_loss"
    /// Days to expiry fell to the exit threshold.
    case exitDTE = "exit_dte"
    /// Cash settlement at expiry.
    case expiry
    /// The regime left the strategy's allowed set.
    case regimeExit = "regime_exit"
    /// The data ended with the trade open.
    case endOfData = "end_of_data"
}
