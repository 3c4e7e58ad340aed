import MidasCore

/// A rate that applies from a date on, until the next entry of its schedule.
public struct DatedRate: Sendable, Equatable {
    /// The first day the rate applies.
    public var from: Day
    /// The rate, as a fraction (0.001 = 0.1%).
    public var rate: Double

    /// Creates a dated rate.
    public init(from: Day, rate: Double) {
        self.from = from
        self.rate = rate
    }
}

extension [DatedRate] {
    /// The rate in force on `day`: the last entry starting on or before it; 0 before the first.
    ///
    /// Entries are sorted by `from`.
    public func rate(on day: Day) -> Double {
        var result = 0.0
        for entry in self where entry.from <= day { result = entry.rate }
        return result
    }
}
