/// What a strategy asks for at a bar: open a multi-leg package, or close one of its trades.
///
/// The fill model fills every leg of a package or none.
public enum OrderIntent: Sendable, Equatable {
    /// Open a new trade with these legs (in the order `fills.csv` numbers them).
    case open(legs: [LegOrder])
    /// Close every open leg of a trade, for a reason.
    case close(tradeID: Int, reason: FillReason)
}
