/// Why a strategy did not take an entry it considered (a `skip` line in decisions).
public struct StrategySkip: Error, Sendable, Equatable {
    /// The text written to decisions.
    public var reason: String

    /// A skip with its reason.
    public init(_ reason: String) { self.reason = reason }
}
