/// A chain quote with everything derived from it: mark, forward, time to expiry, IV and greeks.
///
/// This is one row of the artifact's `chain_quotes_v`; the dynamic path computes exactly the
/// same values. Missing values are NaN (an IV that does not exist, with its `ivStatus`).
public struct PricedQuote: Sendable, Equatable {
    /// The quote as prepared.
    public var quote: OptionQuote
    /// The mark price used to value positions.
    public var mark: Double
    /// The rule that chose the mark.
    public var markRule: MarkRule
    /// The spot the forward was derived from (the quote's `underlying`, else the bar's close).
    public var spot: Double
    /// The forward for this expiry (the future's price when the data has one).
    public var forward: Double
    /// Years to 15:30 IST on expiry (calendar days / 365).
    public var timeToExpiry: Double
    /// The continuous risk-free rate used.
    public var rate: Double
    /// Black-76 implied volatility of the mark (fraction); NaN unless `ivStatus == .ok`.
    public var iv: Double
    /// Outcome of the IV solve.
    public var ivStatus: IVStatus
    /// ∂price/∂spot.
    public var delta: Double
    /// ∂²price/∂spot².
    public var gamma: Double
    /// Price change per calendar day.
    public var theta: Double
    /// Price change per vol point (0.01 of σ).
    public var vega: Double

    /// Creates a priced quote.
    public init(
        quote: OptionQuote, mark: Double, markRule: MarkRule, spot: Double, forward: Double,
        timeToExpiry: Double, rate: Double, iv: Double, ivStatus: IVStatus,
        delta: Double, gamma: Double, theta: Double, vega: Double
    ) {
        self.quote = quote
        self.mark = mark
        self.markRule = markRule
        self.spot = spot
        self.forward = forward
        self.timeToExpiry = timeToExpiry
        self.rate = rate
        self.iv = iv
        self.ivStatus = ivStatus
        self.delta = delta
        self.gamma = gamma
        self.theta = theta
        self.vega = vega
    }
}
