import MidasBacktest
import MidasCore

/// The metric a walk-forward ranks variants by on each training part (`--select METRIC`): any
/// scalar of `metrics.json`.
///
/// Higher is better, except for `annual_volatility` and `total_fees`, where lower is; for
/// `max_drawdown` (≤ 0) higher means shallower. NaN ranks below every number, and among equal
/// values the earlier variant wins, so the choice is deterministic.
public struct SelectionMetric: Sendable, Equatable, CustomStringConvertible {
    /// The metric's name in `metrics.json` and `summary.csv`.
    public let name: String
    /// Whether a smaller value ranks higher.
    public let prefersLower: Bool

    /// The metrics where smaller is better.
    static let lowerIsBetter: Set<String> = ["annual_volatility", "total_fees"]

    /// The metric named `name`.
    ///
    /// - Throws: ``InputError`` naming `--select` when `name` is not a scalar metric.
    public init(named name: String) throws {
        guard let position = Metrics.scalarNames.firstIndex(of: name) else {
            throw InputError(
                .badValue, file: "--select",
                detail: "'\(name)' is not a metric; expected one of " + Metrics.scalarNames.joined(separator: ", "))
        }
        self.name = Metrics.scalarNames[position]
        self.prefersLower = Self.lowerIsBetter.contains(name)
    }

    /// The metric's value in `metrics`.
    public func value(of metrics: Metrics) -> Double {
        metrics.scalars.first { $0.name == name }!.value
    }

    /// Whether `candidate` ranks strictly above `incumbent` (NaN never does; a number always beats NaN).
    public func ranks(_ candidate: Double, above incumbent: Double) -> Bool {
        if candidate.isNaN { return false }
        if incumbent.isNaN { return true }
        return prefersLower ? candidate < incumbent : candidate > incumbent
    }

    /// The index of the best of `values` (the first among equals); `nil` when `values` is empty.
    public func best(of values: [Double]) -> Int? {
        guard !values.isEmpty else { return nil }
        var best = 0
        for index in values.indices.dropFirst() where ranks(values[index], above: values[best]) {
            best = index
        }
        return best
    }

    /// The metric's name.
    public var description: String { name }
}
