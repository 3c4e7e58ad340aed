import MidasCore

/// The parameters of `regime_switching`, decoded strictly from a variant's `params`:
///
/// | key | meaning | default |
/// | --- | --- | --- |
/// | `map: {REGIME: {strategy, params} \| flat}` | the strategy (any built-in but `regime_switching`, with its own params) that trades each of `range`, `trend_up`, `trend_down`, `high_vol` | required; an absent regime is `flat` |
/// | `regime_exit` | close a trade with `regime_exit` when the regime changes away from the one that opened it | true |
///
/// ```yaml
/// params:
///   map:
///     range:
///       strategy: iron_condor
///       params: {short_delta: 0.16, wing_width: 200, entry_dte: {min: 5, max: 10}}
///     trend_up:
///       strategy: bull_put_spread
///       params: {short_delta: 0.25, wing_width: 200, entry_dte: {min: 5, max: 10}}
///     trend_down:
///       strategy: bear_call_spread
///       params: {short_delta: 0.25, wing_width: 200, entry_dte: {min: 5, max: 10}}
///     high_vol: flat
/// ```
public struct RegimeSwitchingParameters: Sendable {
    /// What a regime trades.
    public enum Route: Sendable {
        /// No new trades.
        case flat
        /// New trades by this strategy.
        case strategy(any PackageStrategy)
    }

    /// The route of each regime; a regime without one is flat.
    public var routes: [Regime: Route]
    /// Whether a regime change closes the trades opened under the previous regime.
    public var regimeExit: Bool

    /// Creates parameters.
    public init(routes: [Regime: Route], regimeExit: Bool = true) {
        self.routes = routes
        self.regimeExit = regimeExit
    }

    /// Decodes a variant's `params`; each mapped strategy's params are decoded strictly by its own rules.
    public init(node: ConfigNode) throws {
        try node.requireKeys(in: ["map", "regime_exit"])
        let map = try node.required("map")
        let regimes = TradeRules.tradingRegimes.map(\.description)
        try map.requireKeys(in: Set(regimes))
        routes = [:]
        for label in regimes.sorted() {
            guard let entry = try map.optional(label) else { continue }
            let regime = Regime(label: label)!
            if case .scalar = entry.value {
                _ = try entry.choice(["flat"])
                routes[regime] = .flat
                continue
            }
            try entry.requireKeys(in: ["strategy", "params"])
            let name = try entry.required("strategy")
            let strategy = try StrategyFactory.makePackage(
                name: try name.string(), params: try entry.required("params"), strategyPath: name.path)
            routes[regime] = .strategy(strategy)
        }
        regimeExit = try node.optional("regime_exit")?.bool() ?? true
    }
}
