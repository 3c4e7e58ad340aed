import MidasCore

/// One executed leg (`fills.csv`): an order fill or an expiry settlement.
public struct FillRecord: Sendable, Equatable {
    /// When it happened (the bar's time).
    public var timestamp: Timestamp
    /// The trade it belongs to.
    public var tradeID: Int
    /// The leg's 1-based position in its trade.
    public var leg: Int
    /// The contract's expiry.
    public var expiry: Day
    /// The strike.
    public var strike: Double
    /// Call or put.
    public var type: OptionType
    /// Buy or sell (a settlement closes: a short leg settles as a buy).
    public var side: Side
    /// Units: lots × the contract's lot size.
    public var quantity: Int
    /// Price per unit (intrinsic value for a settlement).
    public var price: Double
    /// Costs charged on this fill, rupees.
    public var fees: Double
    /// Why.
    public var reason: FillReason

    /// Creates a record.
    public init(
        timestamp: Timestamp, tradeID: Int, leg: Int, expiry: Day, strike: Double, type: OptionType, side: Side,
        quantity: Int, price: Double, fees: Double, reason: FillReason
    ) {
        self.timestamp = timestamp
        self.tradeID = tradeID
        self.leg = leg
        self.expiry = expiry
        self.strike = strike
        self.type = type
        self.side = side
        self.quantity = quantity
        self.price = price
        self.fees = fees
        self.reason = reason
    }

    /// The change in cash: premium received on a sale, paid on a buy, minus fees.
    public var cashFlow: Double { -side.sign * price * Double(quantity) - fees }
}
