/// Which rule priced a quote's mark (DESIGN.md "Mark price"), recorded per quote.
public enum MarkRule: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Mid of bid and ask: both positive and the spread within the pipeline's limit.
    case mid = 0
    /// Last traded price: the contract traded that day.
    case last = 1
    /// The exchange settlement price (end-of-day data).
    case settle = 2
    /// A model price from the day's fitted smile.
    case model = 3
    /// Nothing could price it.
    case none = 4

    /// The name written in outputs and the artifact (`mid`, `last`, `settle`, `model`, `none`).
    public var description: String {
        switch self {
        case .mid: return "mid"
        case .last: return "last"
        case .settle: return "settle"
        case .model: return "model"
        case .none: return "none"
        }
    }
}
