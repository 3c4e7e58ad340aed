/// The outcome of an implied-volatility solve: `ok`, or why no volatility reproduces the price.
public enum IVStatus: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Solved to tolerance.
    case ok = 0
    /// No usable price to solve from (missing, zero or negative).
    case noPrice = 1
    /// Below the European lower bound: discounted intrinsic value.
    case belowIntrinsic = 2
    /// Above the European upper bound (discounted forward for a call, discounted strike for a put).
    case aboveUpperBound = 3
    /// At or after expiry: no time value left to solve for.
    case expired = 4
    /// At the bound to machine precision: the volatility is not identifiable.
    case atBound = 5

    /// The name written in outputs and the artifact (snake case).
    public var description: String {
        switch self {
        case .ok: return "ok"
        case .noPrice: return "no_price"
        case .belowIntrinsic: return "below_intrinsic"
        case .aboveUpperBound: return "above_upper_bound"
        case .expired: return "expired"
        case .atBound: return "at_bound"
        }
    }
}
