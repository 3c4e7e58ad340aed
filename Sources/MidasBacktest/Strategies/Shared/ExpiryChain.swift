import MidasCore

/// The chain of one expiry at an entry bar, with what strategies ask of it to build a package.
public struct ExpiryChain: Sendable {
    /// The chain in force.
    public var chain: ChainView
    /// The expiry chosen by the entry window.
    public var expiry: Day
    /// The underlying: the chain's spot, else the bar's close.
    public var spot: Double
    /// Lots per leg.
    public var lots: Int

    /// Creates the view.
    public init(chain: ChainView, expiry: Day, spot: Double, lots: Int) {
        self.chain = chain
        self.expiry = expiry
        self.spot = spot
        self.lots = lots
    }

    /// The expiry's quotes of one type, by strike.
    public func quotes(_ type: OptionType) -> ArraySlice<PricedQuote> {
        chain.quotes(expiry: expiry, type: type)
    }

    /// The strike `rule` picks among the expiry's quotes of `type`, or why there is none.
    public func strike(by rule: StrikeRule, type: OptionType) throws(StrategySkip) -> Double {
        guard let strike = rule.strike(in: quotes(type), type: type, spot: spot) else {
            throw StrategySkip("no short \(type) strike for \(expiry)")
        }
        return strike
    }

    /// The at-the-money strike: the one nearest spot quoted for both calls and puts (the lower on a tie).
    public func atTheMoneyStrike() throws(StrategySkip) -> Double {
        let callStrikes = Set(quotes(.call).map(\.quote.strike))
        var best: Double?
        for quote in quotes(.put) where callStrikes.contains(quote.quote.strike) {
            let strike = quote.quote.strike
            if best == nil || abs(strike - spot) < abs(best! - spot) { best = strike }
        }
        guard let best else { throw StrategySkip("no strike quoted for both calls and puts on \(expiry)") }
        return best
    }

    /// The wing `width` points beyond `strike` (below for a put, above for a call), when quoted.
    public func wing(beyond strike: Double, type: OptionType, width: Double) throws(StrategySkip) -> Double {
        let wing = strike + type.sign * width
        guard chain.quote(expiry: expiry, strike: wing, type: type) != nil else {
            throw StrategySkip("no wing \(wing.shortestText)\(type) for \(expiry)")
        }
        return wing
    }

    /// One leg of the package at this expiry with the package's lots.
    public func leg(_ side: Side, _ strike: Double, _ type: OptionType) -> LegOrder {
        LegOrder(expiry: expiry, strike: strike, type: type, side: side, lots: lots)
    }
}
