import Foundation

/// A value axis with "nice" bounds and ticks (steps of 1, 2, 2.5 or 5 times a power of ten) covering the
/// values drawn on it.
struct AxisScale: Equatable {
    /// The axis's lowest value: a multiple of `step` at or below the data's minimum.
    var lower: Double
    /// The axis's highest value: a multiple of `step` at or above the data's maximum.
    var upper: Double
    /// The distance between ticks.
    var step: Double

    /// An axis over the finite `values` with about `tickCount` intervals; `including` values are always
    /// inside (e.g. 0 for a drawdown axis). A flat or empty series gets a unit-wide axis around its value.
    init(covering values: [Double], including: [Double] = [], tickCount: Int = 5) {
        let finite = (values + including).filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        if high - low <= abs(high) * 1e-12 {
            let pad = max(abs(high) * 0.01, 1)
            low -= pad
            high += pad
        }
        let rough = (high - low) / Double(max(tickCount, 1))
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough * (1 - 1e-9) } ?? 10 * magnitude
        self.step = step
        lower = (low / step + 1e-9).rounded(.down) * step
        upper = (high / step - 1e-9).rounded(.up) * step
        if lower == upper { upper += step }
    }

    /// The tick values from `lower` to `upper`.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// `value`'s position from 0 (`lower`) to 1 (`upper`).
    func fraction(_ value: Double) -> Double {
        (value - lower) / (upper - lower)
    }
}
