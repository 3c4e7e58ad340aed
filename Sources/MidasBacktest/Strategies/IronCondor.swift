import MidasCore

/// A short iron condor: sell an out-of-the-money put and call of one expiry, buy wings
/// `wing_width` points further out; exits on profit target, stop loss, exit DTE or regime.
///
/// Legs are ordered long put, short put, short call, long call. Exits are checked every bar on
/// the marks in force, before entries, in that order: stop loss, profit target, exit DTE, regime.
public struct IronCondor: Strategy {
    /// The parameters.
    public var parameters: IronCondorParameters

    /// Creates the strategy.
    public init(parameters: IronCondorParameters) {
        self.parameters = parameters
    }

    /// `iron_condor`.
    public var name: String { "iron_condor" }

    /// Exits for open trades, then at most one entry.
    public mutating func decide(_ context: BarContext, trades: [OpenTrade]) -> StrategyDecision {
        var decision = StrategyDecision()
        let day = context.bar.timestamp.istDay
        for trade in trades {
            if let reason = exitReason(for: trade, regime: context.regime, day: day) {
                decision.intents.append(.close(tradeID: trade.id, reason: reason))
            }
        }
        guard trades.count < parameters.maxPositions else { return decision }
        switch entry(context, day: day) {
        case .success(let legs): decision.intents.append(.open(legs: legs))
        case .failure(let skip): decision.skips.append(skip.reason)
        }
        return decision
    }

    /// Why `trade` should close at this bar, if it should.
    func exitReason(for trade: OpenTrade, regime: Regime, day: Day) -> FillReason? {
        let credit = trade.entryCredit
        let profit = trade.markProfit
        if let stopLoss = parameters.stopLoss, credit > 0, -profit >= stopLoss * credit { return .stopLoss }
        if let target = parameters.profitTarget, credit > 0, profit >= target * credit { return .profitTarget }
        if let exitDTE = parameters.exitDTE, let expiry = trade.nearestExpiry, day.days(to: expiry) <= exitDTE {
            return .exitDTE
        }
        if parameters.regimeExit, !parameters.allowedRegimes.contains(regime) { return .regimeExit }
        return nil
    }

    /// The four legs to open at this bar, or why not.
    func entry(_ context: BarContext, day: Day) -> Result<[LegOrder], Skip> {
        guard parameters.allowedRegimes.contains(context.regime) else {
            return .failure(Skip("regime \(context.regime) not allowed"))
        }
        guard let chain = context.chain else { return .failure(Skip("no chain in force")) }
        let window = parameters.entryDTE
        guard let expiry = chain.expiries.first(where: { window.contains(day.days(to: $0)) }) else {
            return .failure(Skip("no expiry \(window.lowerBound)-\(window.upperBound) days out"))
        }
        let puts = chain.quotes(expiry: expiry, type: .put)
        let calls = chain.quotes(expiry: expiry, type: .call)
        let spot = chain.spot.isFinite ? chain.spot : context.bar.close
        guard let shortPut = shortStrike(in: puts, type: .put, spot: spot),
            let shortCall = shortStrike(in: calls, type: .call, spot: spot)
        else { return .failure(Skip("no short strike for \(expiry)")) }
        guard shortPut < shortCall else {
            return .failure(Skip("short put \(shortPut) is not below short call \(shortCall)"))
        }
        let longPut = shortPut - parameters.wingWidth
        let longCall = shortCall + parameters.wingWidth
        for (strike, type) in [(longPut, OptionType.put), (longCall, .call)]
        where chain.quote(expiry: expiry, strike: strike, type: type) == nil {
            return .failure(Skip("no wing \(strike)\(type) for \(expiry)"))
        }
        let lots = parameters.lots
        return .success([
            LegOrder(expiry: expiry, strike: longPut, type: .put, side: .buy, lots: lots),
            LegOrder(expiry: expiry, strike: shortPut, type: .put, side: .sell, lots: lots),
            LegOrder(expiry: expiry, strike: shortCall, type: .call, side: .sell, lots: lots),
            LegOrder(expiry: expiry, strike: longCall, type: .call, side: .buy, lots: lots),
        ])
    }

    /// The short strike among one expiry's quotes of a type; ties go to the strike farther from spot.
    func shortStrike(in quotes: ArraySlice<PricedQuote>, type: OptionType, spot: Double) -> Double? {
        let distance: (PricedQuote) -> Double
        switch parameters.shortStrike {
        case .delta(let target):
            distance = { $0.delta.isFinite ? abs(abs($0.delta) - target) : .infinity }
        case .distance(let points):
            let goal = spot + type.sign * points
            distance = { abs($0.quote.strike - goal) }
        case .distanceFraction(let fraction):
            let goal = spot * (1 + type.sign * fraction)
            distance = { abs($0.quote.strike - goal) }
        }
        var best: (strike: Double, distance: Double)?
        for quote in quotes {
            let gap = distance(quote)
            guard gap.isFinite else { continue }
            let isFarther = type == .put ? quote.quote.strike < (best?.strike ?? .infinity) : true
            if best == nil || gap < best!.distance || (gap == best!.distance && isFarther) {
                best = (quote.quote.strike, gap)
            }
        }
        return best?.strike
    }

    /// Why an entry was not taken.
    struct Skip: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
