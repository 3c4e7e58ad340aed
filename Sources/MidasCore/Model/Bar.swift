/// One bar of the underlying index: open, high, low, close and volume over a period ending at `timestamp`.
///
/// Daily bars are stamped at the 15:30 IST close of their day.
public struct Bar: Sendable, Equatable {
    /// The bar's time (its close): 15:30 IST for daily bars.
    public var timestamp: Timestamp
    /// Opening price.
    public var open: Double
    /// Highest price.
    public var high: Double
    /// Lowest price.
    public var low: Double
    /// Closing price.
    public var close: Double
    /// Traded volume (0 for an index without one).
    public var volume: Double

    /// Creates a bar.
    public init(timestamp: Timestamp, open: Double, high: Double, low: Double, close: Double, volume: Double) {
        self.timestamp = timestamp
        self.open = open
        self.high = high
        self.low = low
        self.close = close
        self.volume = volume
    }
}
