import MidasCore

/// One leg to fill: its side and the quote of its contract in the chain in force (if any).
public struct FillRequest: Sendable, Equatable {
    /// Buy or sell.
    public var side: Side
    /// The contract's quote; `nil` when the chain has none (or no chain is in force).
    public var quote: PricedQuote?
    /// Whether the leg closes a long position (a sale the trader may abandon instead).
    public var closesLong: Bool

    /// Creates a request.
    public init(side: Side, quote: PricedQuote?, closesLong: Bool = false) {
        self.side = side
        self.quote = quote
        self.closesLong = closesLong
    }
}

/// A fill model's answer for one leg: a price, or why it cannot fill.
public enum FillOutcome: Sendable, Equatable {
    /// Fills at this price per unit.
    case filled(price: Double)
    /// Does not fill; the reason is logged in decisions.
    case refused(reason: String)
}

/// Prices one leg of an order against the chain (LEAN's `IFillModel`): a small protocol on a
/// request value. The engine fills a package only when every leg fills.
public protocol FillModel: Sendable {
    /// The outcome for one leg.
    func fill(_ request: FillRequest) -> FillOutcome
}
