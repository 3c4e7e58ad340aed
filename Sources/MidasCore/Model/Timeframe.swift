/// The period of the underlying's bars a pipeline runs on.
public enum Timeframe: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// One bar per trading day, stamped at the 15:30 IST close.
    case daily = "1d"
    /// Fifteen-minute bars.
    case fifteenMinutes = "15m"
    /// Five-minute bars.
    case fiveMinutes = "5m"

    /// The length of one bar in seconds.
    public var barSeconds: Int64 {
        switch self {
        case .daily: return 86_400
        case .fifteenMinutes: return 900
        case .fiveMinutes: return 300
        }
    }

    /// Whether bars fall inside the session, before the day's closing values are published.
    public var isIntraday: Bool { self != .daily }

    /// The label used in pipelines (`1d`, `15m`, `5m`).
    public var description: String { rawValue }
}
