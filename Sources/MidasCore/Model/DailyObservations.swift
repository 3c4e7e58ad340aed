/// One day of India VIX (daily open, high, low, close, in vol points).
public struct VIXDay: Sendable, Equatable {
    /// The trading day.
    public var day: Day
    /// Opening level.
    public var open: Double
    /// Highest level.
    public var high: Double
    /// Lowest level.
    public var low: Double
    /// Closing level.
    public var close: Double

    /// Creates a VIX day.
    public init(day: Day, open: Double, high: Double, low: Double, close: Double) {
        self.day = day
        self.open = open
        self.high = high
        self.low = low
        self.close = close
    }
}

/// One day of foreign institutional investors' net flows (INR crore), known after that day's close.
public struct FIIFlowDay: Sendable, Equatable {
    /// The trading day the flows happened on.
    public var day: Day
    /// Net purchases of index futures.
    public var indexFuturesNet: Double
    /// Net purchases in the cash market.
    public var cashNet: Double

    /// Creates a flow day.
    public init(day: Day, indexFuturesNet: Double, cashNet: Double) {
        self.day = day
        self.indexFuturesNet = indexFuturesNet
        self.cashNet = cashNet
    }
}

/// One day of the USD/INR reference rate.
public struct USDINRDay: Sendable, Equatable {
    /// The day.
    public var day: Day
    /// The reference rate (rupees per dollar).
    public var close: Double

    /// Creates a rate day.
    public init(day: Day, close: Double) {
        self.day = day
        self.close = close
    }
}
