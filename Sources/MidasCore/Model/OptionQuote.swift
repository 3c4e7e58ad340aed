/// One option quote of a chain snapshot, as the prepared store holds it.
///
/// Missing values are `Double.nan` (a blank `bid`, no `underlying` column, …): a quote that is
/// legal but unusable is kept, and the mark-price rule decides how it is priced.
public struct OptionQuote: Sendable, Equatable {
    /// The snapshot's time.
    public var timestamp: Timestamp
    /// Expiry day (the actual one, after any holiday shift or re-dating).
    public var expiry: Day
    /// Strike price.
    public var strike: Double
    /// Call or put.
    public var type: OptionType
    /// Best bid; NaN when missing.
    public var bid: Double
    /// Best ask; NaN when missing.
    public var ask: Double
    /// Last traded price; NaN when missing.
    public var last: Double
    /// Exchange settlement price (end-of-day data); NaN when missing.
    public var settle: Double
    /// Contracts traded that day (0 = no trade).
    public var volume: Double
    /// Open interest (units).
    public var openInterest: Double
    /// Spot of the underlying at the snapshot; NaN when the data has none.
    public var underlying: Double
    /// Price of the same-expiry future; NaN when the data has none.
    public var future: Double
    /// The contract's lot size when the data carries it (UDiFF `NewBrdLotQty`); 0 otherwise.
    public var lotSize: Int32
    /// The source's own implied volatility as a fraction (NSE's published IV); NaN when absent.
    public var referenceIV: Double

    /// Creates a quote; unspecified optional fields are missing.
    public init(
        timestamp: Timestamp, expiry: Day, strike: Double, type: OptionType,
        bid: Double = .nan, ask: Double = .nan, last: Double = .nan, settle: Double = .nan,
        volume: Double = 0, openInterest: Double = 0, underlying: Double = .nan, future: Double = .nan,
        lotSize: Int32 = 0, referenceIV: Double = .nan
    ) {
        self.timestamp = timestamp
        self.expiry = expiry
        self.strike = strike
        self.type = type
        self.bid = bid
        self.ask = ask
        self.last = last
        self.settle = settle
        self.volume = volume
        self.openInterest = openInterest
        self.underlying = underlying
        self.future = future
        self.lotSize = lotSize
        self.referenceIV = referenceIV
    }
}
