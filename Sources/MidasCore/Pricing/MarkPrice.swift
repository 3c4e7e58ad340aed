/// The mark-price rule of DESIGN.md for what a quote itself shows: the mid of a sound book,
/// else the last trade of the day, else the exchange's settlement price.
///
/// The last step of the rule, a model price from the day's fitted smile, needs the whole
/// chain and is taken by `ChainPricer`.
public struct MarkPrice: Sendable, Equatable {
    /// The mark; NaN when the quote shows none.
    public var price: Double
    /// The rule that chose it (`none` when the quote shows none).
    public var rule: MarkRule

    /// Creates a mark.
    public init(price: Double, rule: MarkRule) {
        self.price = price
        self.rule = rule
    }

    /// No mark from the quote itself.
    public static let none = MarkPrice(price: .nan, rule: .none)

    /// The mark a quote shows by itself:
    /// 1. `mid` when bid and ask are both positive, ask ≥ bid and the spread is within the limits;
    /// 2. else `last` when the contract traded that day (volume > 0) at a positive price;
    /// 3. else `settle` when the exchange published a positive settlement price;
    /// 4. else `none`.
    ///
    /// With `prefer: last`, a positive last price (traded that day or not) comes before step 1.
    @inlinable
    public static func observed(_ quote: OptionQuote, settings: MarkSettings) -> MarkPrice {
        if settings.prefersLast, quote.last > 0, quote.last.isFinite {
            return MarkPrice(price: quote.last, rule: .last)
        }
        let bid = quote.bid
        let ask = quote.ask
        if bid > 0, ask >= bid, ask.isFinite, settings.acceptsSpread(bid: bid, ask: ask) {
            return MarkPrice(price: 0.5 * (bid + ask), rule: .mid)
        }
        if quote.volume > 0, quote.last > 0, quote.last.isFinite {
            return MarkPrice(price: quote.last, rule: .last)
        }
        if quote.settle > 0, quote.settle.isFinite {
            return MarkPrice(price: quote.settle, rule: .settle)
        }
        return .none
    }
}
