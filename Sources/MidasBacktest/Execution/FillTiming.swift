/// When a strategy's orders fill (`execution.fill_at`).
public enum FillTiming: String, Sendable, Hashable, CaseIterable {
    /// Against the chain in force at the bar they were decided on (the end-of-day convention).
    case sameBar = "same_bar"
    /// Against the chain in force at the next bar.
    case nextBar = "next_bar"
}
