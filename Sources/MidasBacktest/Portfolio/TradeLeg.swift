import MidasCore

/// One leg of a trade as the portfolio holds it.
public struct TradeLeg: Sendable, Equatable {
    /// The contract's expiry.
    public var expiry: Day
    /// The strike.
    public var strike: Double
    /// Call or put.
    public var type: OptionType
    /// Signed units: positive long, negative short.
    public var quantity: Int
    /// The entry fill price per unit.
    public var entryPrice: Double
    /// The latest mark in force (carried from the last bar that quoted the contract).
    public var mark: Double
    /// Whether the leg is still held (a leg closes on exit or at its expiry).
    public var isOpen: Bool

    /// Creates a leg.
    public init(
        expiry: Day, strike: Double, type: OptionType, quantity: Int, entryPrice: Double, mark: Double,
        isOpen: Bool = true
    ) {
        self.expiry = expiry
        self.strike = strike
        self.type = type
        self.quantity = quantity
        self.entryPrice = entryPrice
        self.mark = mark
        self.isOpen = isOpen
    }

    /// The side that opened the leg.
    public var openingSide: Side { quantity > 0 ? .buy : .sell }

    /// The leg's value at its mark (negative for a short), rupees; 0 once closed.
    public var markValue: Double { isOpen ? Double(quantity) * mark : 0 }

    /// `+21800PE@2024-03-07`.
    public var label: String { LegOrder.label(side: openingSide, strike: strike, type: type, expiry: expiry) }
}
