import MidasCore

/// A trading rule: decisions, not an engine (DESIGN.md "Lessons from the field").
///
/// At each bar it sees the context (bar, regime, features, chain in force), a read-only copy of
/// its open trades and its own parameters and state (the conforming value), and returns order
/// intents. It has no clock, no engine handle and no access to later bars.
public protocol Strategy: Sendable {
    /// The name written in `trades.csv` and `summary.csv` (`iron_condor`).
    var name: String { get }
    /// The decision at one bar: exits first, then entries, with notes on entries not taken.
    mutating func decide(_ context: BarContext, trades: [OpenTrade]) -> StrategyDecision
}

/// A strategy's answer at one bar.
public struct StrategyDecision: Sendable, Equatable {
    /// Orders to execute, in order (closes before opens).
    public var intents: [OrderIntent]
    /// Why an entry was considered and not taken (written as `skip` lines in decisions).
    public var skips: [String]

    /// Creates a decision.
    public init(intents: [OrderIntent] = [], skips: [String] = []) {
        self.intents = intents
        self.skips = skips
    }
}
