/// The direction of a fill, as `fills.csv` writes it.
public enum Side: String, Sendable, Hashable, CaseIterable {
    /// Buying: pays the ask (plus slippage).
    case buy = "BUY"
    /// Selling: receives the bid (minus slippage).
    case sell = "SELL"

    /// +1 for a buy, −1 for a sell: the sign of the position change.
    public var sign: Double { self == .buy ? 1 : -1 }
}
