/// The features of every bar of a series: one row per bar, one column per feature key.
///
/// Values are stored row-major in one contiguous array. A snapshot read from here is the
/// same value whichever path (precompute or dynamic) asks for it.
public struct FeatureMatrix: Sendable, Equatable {
    /// Feature keys, in column order.
    public let names: [String]
    /// Row-major values: `values[bar * names.count + column]`.
    public let values: [Double]
    /// Per bar, the 0-based index of its trading day in the series (warmup counts in days).
    public let dayIndexes: [Int]

    /// Creates a matrix; `values.count == dayIndexes.count * names.count`.
    public init(names: [String], values: [Double], dayIndexes: [Int]) {
        precondition(values.count == dayIndexes.count * names.count, "one value per bar and feature")
        self.names = names
        self.values = values
        self.dayIndexes = dayIndexes
    }

    /// The number of bars.
    public var barCount: Int { dayIndexes.count }

    /// The value of column `column` at bar `bar`.
    public func value(bar: Int, column: Int) -> Double {
        values[bar * names.count + column]
    }

    /// The column of a feature key, or `nil` when the matrix does not hold it.
    public func column(of key: String) -> Int? {
        names.firstIndex(of: key)
    }

    /// The snapshot of bar `bar`.
    public func snapshot(at bar: Int) -> FeatureSnapshot {
        let start = bar * names.count
        return FeatureSnapshot(names: names, values: Array(values[start..<start + names.count]))
    }
}
