/// Everything a strategy may know at one bar: the bar, its regime and feature snapshot, and the
/// chain in force.
///
/// One function builds it (DESIGN.md "One computation, two schedules"): precompute runs it for
/// every bar and stores the result; the dynamic path runs it bar by bar. Both fill every field.
public struct BarContext: Sendable {
    /// The bar's position in the bar series.
    public var index: Int
    /// The underlying bar.
    public var bar: Bar
    /// The regime label.
    public var regime: Regime
    /// The features the regime was classified from.
    public var features: FeatureSnapshot
    /// The chain in force: the latest snapshot at or before the bar, no older than the
    /// pipeline's `max_chain_age`; `nil` when none is (strategies skip such bars).
    public var chain: ChainView?

    /// Creates a context.
    public init(index: Int, bar: Bar, regime: Regime, features: FeatureSnapshot, chain: ChainView?) {
        self.index = index
        self.bar = bar
        self.regime = regime
        self.features = features
        self.chain = chain
    }
}

/// Where the engine gets bar contexts from: the artifact (by lookup) or the dynamic path (by
/// computing). The engine cannot tell them apart, which is what makes parity hold by construction.
public protocol BarContextSource: Sendable {
    /// The bars of the run's trading window, in time order.
    var bars: [Bar] { get }
    /// The context of bar `index` of `bars`.
    func context(at index: Int) throws -> BarContext
}
