import MidasCore

/// The default margin model: defined-risk packages at their maximum loss, packages with naked
/// short legs by a SPAN-like scan plus an exposure margin.
///
/// - A package is defined-risk when, for calls and for puts separately, its long units cover its
///   short units (spreads, condors, butterflies, long options). Its margin is its largest loss at
///   expiry over every underlying level, net of the premium: `width × units − credit` for a
///   spread or condor, the debit for long options.
/// - Otherwise its margin is the scan risk, the worst loss (at intrinsic value, net of premium)
///   over the grid of underlying moves spot × (1 + k / steps × range), k = −steps…steps, plus the
///   exposure margin, `exposure × spot × naked short units` (short units not covered by longs
///   of the same type).
public struct ScanMarginModel: MarginModel {
    /// The scan and exposure settings.
    public var settings: MarginSettings

    /// Creates the model.
    public init(settings: MarginSettings = MarginSettings()) {
        self.settings = settings
    }

    /// The margin of one package, rupees.
    public func margin(of legs: [MarginLeg], spot: Double) -> Double {
        let naked = OptionType.allCases.reduce(0) { total, type in
            let units = legs.filter { $0.type == type }.reduce(0) { $0 + $1.quantity }
            return total + max(0, -units)
        }
        if naked == 0 {
            let levels = [0] + legs.map(\.strike)
            return max(0, -levels.map { profit(of: legs, at: $0) }.min()!)
        }
        let steps = settings.scanSteps
        let moves = (-steps...steps).map { spot * (1 + settings.scanRange * Double($0) / Double(steps)) }
        let scanRisk = max(0, -moves.map { profit(of: legs, at: $0) }.min()!)
        return scanRisk + settings.exposure * spot * Double(naked)
    }

    private func profit(of legs: [MarginLeg], at underlying: Double) -> Double {
        legs.reduce(0) { $0 + $1.profit(at: underlying) }
    }
}
