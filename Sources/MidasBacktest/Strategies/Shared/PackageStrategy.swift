import MidasCore

/// A strategy that opens one multi-leg package of a single expiry under shared `TradeRules`:
/// every built-in strategy but `regime_switching`, which routes regimes to them.
///
/// Its decision at a bar: exits for open trades (stop loss, profit target, exit DTE, regime, in
/// that order), then, below `max_positions`, an entry in an allowed regime at the nearest expiry
/// of the entry window, built by `package(at:)`.
public protocol PackageStrategy: Strategy {
    /// The parameters' type.
    associatedtype Parameters: StrategyParameters
    /// The parameters.
    var parameters: Parameters { get }
    /// The strategy with these parameters.
    init(parameters: Parameters)
    /// The legs to open at the chosen expiry, or why not.
    func package(at expiry: ExpiryChain) throws(StrategySkip) -> [LegOrder]
}

extension PackageStrategy {
    /// The strategy with `params` decoded strictly.
    public init(node params: ConfigNode) throws {
        self.init(parameters: try Parameters(node: params))
    }

    /// Entry window, exits, positions and lots.
    public var rules: TradeRules { parameters.rules }

    /// Exits for open trades, then at most one entry.
    public func decide(_ context: BarContext, trades: [OpenTrade]) -> StrategyDecision {
        var decision = StrategyDecision(intents: exits(context, trades: trades))
        guard trades.count < rules.maxPositions else { return decision }
        switch entry(context) {
        case .success(let legs): decision.intents.append(.open(legs: legs))
        case .failure(let skip): decision.skips.append(skip.reason)
        }
        return decision
    }

    /// Close intents for the trades whose exit rules fire at this bar.
    public func exits(_ context: BarContext, trades: [OpenTrade]) -> [OrderIntent] {
        let day = context.bar.timestamp.istDay
        return trades.compactMap { trade in
            rules.exitReason(for: trade, regime: context.regime, day: day).map {
                .close(tradeID: trade.id, reason: $0)
            }
        }
    }

    /// The legs to open at this bar, or why not.
    public func entry(_ context: BarContext) -> Result<[LegOrder], StrategySkip> {
        guard rules.allowedRegimes.contains(context.regime) else {
            return .failure(StrategySkip("regime \(context.regime) not allowed"))
        }
        guard let chain = context.chain else { return .failure(StrategySkip("no chain in force")) }
        let day = context.bar.timestamp.istDay
        let spot = chain.spot.isFinite ? chain.spot : context.bar.close
        do {
            let expiry = try rules.expiry(in: chain, day: day)
            return .success(try package(at: ExpiryChain(chain: chain, expiry: expiry, spot: spot, lots: rules.lots)))
        } catch {
            return .failure(error)
        }
    }
}
