import MidasCore

/// `regime_switching`: trades the strategy its parameters map to the bar's regime, and stays flat
/// in regimes mapped to `flat` (and in `warmup`). Parameters: `RegimeSwitchingParameters`.
///
/// A trade belongs to the regime it was opened in. At each bar, with `regime_exit` (the default),
/// trades of another regime close with reason `regime_exit`; the rest close by their own
/// strategy's exits. Then the current regime's strategy may enter, up to its own `max_positions`
/// among its regime's trades. Skips are prefixed with the strategy's name.
public struct RegimeSwitching: Strategy {
    /// The parameters.
    public var parameters: RegimeSwitchingParameters

    /// Creates the strategy.
    public init(parameters: RegimeSwitchingParameters) { self.parameters = parameters }

    /// `regime_switching`.
    public var name: String { "regime_switching" }

    /// Exits (regime changes first), then at most one entry by the current regime's strategy.
    public func decide(_ context: BarContext, trades: [OpenTrade]) -> StrategyDecision {
        var decision = StrategyDecision()
        for trade in trades {
            if parameters.regimeExit && trade.entryRegime != context.regime {
                decision.intents.append(.close(tradeID: trade.id, reason: .regimeExit))
            } else if case .strategy(let owner) = parameters.routes[trade.entryRegime] {
                decision.intents += owner.exits(context, trades: [trade])
            }
        }
        guard case .strategy(let current) = parameters.routes[context.regime] else {
            decision.skips.append("regime \(context.regime) is flat")
            return decision
        }
        let owned = trades.filter { $0.entryRegime == context.regime }
        guard owned.count < current.rules.maxPositions else { return decision }
        switch current.entry(context) {
        case .success(let legs): decision.intents.append(.open(legs: legs))
        case .failure(let skip): decision.skips.append("\(current.name): \(skip.reason)")
        }
        return decision
    }
}
