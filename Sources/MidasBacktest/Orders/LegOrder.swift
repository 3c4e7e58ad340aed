import MidasCore

/// One leg of an order to open a trade: a contract, a side and a number of lots.
public struct LegOrder: Sendable, Equatable {
    /// The contract's expiry.
    public var expiry: Day
    /// The strike.
    public var strike: Double
    /// Call or put.
    public var type: OptionType
    /// Buy (long) or sell (short).
    public var side: Side
    /// Lots; units are lots × the contract's lot size on the fill's date.
    public var lots: Int

    /// Creates a leg order.
    public init(expiry: Day, strike: Double, type: OptionType, side: Side, lots: Int) {
        self.expiry = expiry
        self.strike = strike
        self.type = type
        self.side = side
        self.lots = lots
    }

    /// `+21800PE@2024-03-07` (`+` long, `-` short): the leg as `trades.csv` and decisions write it.
    public var label: String {
        LegOrder.label(side: side, strike: strike, type: type, expiry: expiry)
    }

    static func label(side: Side, strike: Double, type: OptionType, expiry: Day) -> String {
        let sign = side == .buy ? "+" : "-"
        return "\(sign)\(strike.shortestText)\(type)@\(expiry)"
    }
}
