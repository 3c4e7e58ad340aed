/// A bar's market regime, as the classifier labels it.
public enum Regime: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Not enough history yet: never trades.
    case warmup = 0
    /// Rising trend.
    case trendUp = 1
    /// Falling trend.
    case trendDown = 2
    /// Sideways.
    case range = 3
    /// Volatility spike or stress.
    case highVol = 4

    /// The label written in outputs and accepted in pipelines (`trend_up`, …).
    public var description: String {
        switch self {
        case .warmup: return "warmup"
        case .trendUp: return "trend_up"
        case .trendDown: return "trend_down"
        case .range: return "range"
        case .highVol: return "high_vol"
        }
    }

    /// Parses a label (`trend_up`, …).
    public init?(label: String) {
        guard let match = Regime.allCases.first(where: { $0.description == label }) else { return nil }
        self = match
    }
}
