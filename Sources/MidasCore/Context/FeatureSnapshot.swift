/// A bar's feature values (the regime classifier's inputs), named by a shared list of keys.
///
/// A feature that is not available at the bar (no FII data, not enough history) is NaN.
public struct FeatureSnapshot: Sendable, Equatable {
    /// Feature keys, in column order (shared by every bar of a run).
    public var names: [String]
    /// One value per name.
    public var values: [Double]

    /// Creates a snapshot; `names` and `values` have the same count.
    public init(names: [String], values: [Double]) {
        precondition(names.count == values.count, "one value per feature name")
        self.names = names
        self.values = values
    }

    /// The value of the feature named `name`; NaN when absent.
    public subscript(name: String) -> Double {
        guard let index = names.firstIndex(of: name) else { return .nan }
        return values[index]
    }
}
