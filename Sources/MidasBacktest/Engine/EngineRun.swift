import MidasCore

/// The mutable state of one engine run: cash, open trades and the logs being written.
///
/// `Engine.run` drives it through the fixed order of events; each method is one event.
struct EngineRun {
    let settings: ExecutionSettings
    let profile: ExecutionProfile
    let strategyName: String

    private(set) var openTrades: [OpenTrade] = []
    private var cash: Double
    private var closedTrades: [TradeRecord] = []
    private var fills: [FillRecord] = []
    private var decisions: [DecisionRecord] = []
    private var equity: [EquityRow] = []
    private var metrics: MetricsAccumulator
    private var peakEquity: Double
    private var nextTradeID = 1
    private var context: BarContext?
    private var previousClose = Double.nan
    private var heldAtStart = false
    private var enteredThisBar = false
    private var linesBeforeBar = 0

    init(settings: ExecutionSettings, profile: ExecutionProfile, strategyName: String) {
        self.settings = settings
        self.profile = profile
        self.strategyName = strategyName
        cash = settings.capital
        peakEquity = settings.capital
        metrics = MetricsAccumulator(capital: settings.capital)
    }

    private var bar: Bar { context!.bar }
    private var day: Day { bar.timestamp.istDay }

    // MARK: - Events

    /// Starts bar t with its context.
    mutating func begin(_ next: BarContext) {
        if let context { previousClose = context.bar.close }
        context = next
        heldAtStart = !openTrades.isEmpty
        enteredThisBar = false
        linesBeforeBar = decisions.count
    }

    /// Event 1: settles legs whose expiry is today (at the day's last bar) or already past.
    mutating func settleExpiries(isDayClose: Bool) {
        var index = 0
        while index < openTrades.count {
            var trade = openTrades[index]
            var settled: [String] = []
            for legIndex in trade.legs.indices where trade.legs[legIndex].isOpen {
                let leg = trade.legs[legIndex]
                let isDue = leg.expiry < day || (leg.expiry == day && isDayClose)
                guard isDue else { continue }
                let underlying = leg.expiry == day ? bar.close : previousClose
                let value = profile.settlement.value(strike: leg.strike, type: leg.type, underlying: underlying)
                let units = abs(leg.quantity)
                // Exercise STT on a long in-the-money leg, at the rates of the expiry day.
                let exercise = CostRequest(event: .exercise, day: leg.expiry, price: value, quantity: units)
                let fees = leg.quantity > 0 && value > 0 ? profile.costModel.costs(of: exercise).total : 0
                let side: Side = leg.quantity > 0 ? .sell : .buy
                record(
                    trade: &trade, leg: legIndex, side: side, units: units, price: value, fees: fees, reason: .expiry)
                settled.append("\(leg.label) at \(value.shortestText) (underlying \(underlying.shortestText))")
            }
            guard !settled.isEmpty else {
                index += 1
                continue
            }
            line(.settle, "trade \(trade.id): " + settled.joined(separator: ", "))
            if trade.isOpen {
                openTrades[index] = trade
                index += 1
            } else {
                finish(trade, at: index, reason: .expiry)
            }
        }
    }

    /// Event 3: open legs take the marks of the chain in force; unquoted legs keep their last mark.
    mutating func refreshMarks() {
        guard let chain = context?.chain else { return }
        for tradeIndex in openTrades.indices {
            for legIndex in openTrades[tradeIndex].legs.indices where openTrades[tradeIndex].legs[legIndex].isOpen {
                let leg = openTrades[tradeIndex].legs[legIndex]
                guard let quote = chain.quote(expiry: leg.expiry, strike: leg.strike, type: leg.type),
                    quote.mark.isFinite, quote.mark >= 0
                else { continue }
                openTrades[tradeIndex].legs[legIndex].mark = quote.mark
            }
        }
    }

    /// Event 4's log: the strategy's skips and intents; returns the intents to execute.
    mutating func log(_ decision: StrategyDecision) -> [PendingIntent] {
        for skip in decision.skips { line(.skip, skip) }
        for intent in decision.intents {
            switch intent {
            case .open(let legs): line(.enter, Self.describe(legs))
            case .close(let tradeID, let reason): line(.exit, "trade \(tradeID): \(reason.rawValue)")
            }
        }
        return decision.intents.map { PendingIntent(intent: $0, regime: context!.regime) }
    }

    /// Events 2 and 5: fills intents against the chain in force, in order.
    mutating func execute(_ intents: [PendingIntent]) {
        for pending in intents {
            switch pending.intent {
            case .open(let legs): open(legs, regime: pending.regime)
            case .close(let tradeID, let reason): close(tradeID: tradeID, reason: reason, isForced: false)
            }
        }
    }

    /// Intents decided at the last bar under `next_bar`: there is no next bar to fill them.
    mutating func refuseAtEndOfData(_ intents: [PendingIntent]) {
        for pending in intents {
            switch pending.intent {
            case .open(let legs): line(.noFill, Self.describe(legs) + ": end of data before the next bar")
            case .close(let tradeID, _): line(.noFill, "trade \(tradeID): end of data before the next bar")
            }
        }
    }

    /// Closes every open trade with reason `end_of_data`.
    mutating func closeAtEndOfData() {
        for id in openTrades.map(\.id) { close(tradeID: id, reason: .endOfData, isForced: true) }
    }

    /// Event 6: marks positions, records equity and the bar's metrics.
    mutating func finishBar(isDayClose: Bool) {
        let positionsValue = openTrades.reduce(0) { $0 + $1.markValue }
        let total = cash + positionsValue
        peakEquity = max(peakEquity, total)
        equity.append(
            EquityRow(
                timestamp: bar.timestamp, cash: cash, positionsValue: positionsValue, equity: total,
                drawdown: total / peakEquity - 1, underlying: bar.close))
        metrics.recordBar(regime: context!.regime, isExposed: heldAtStart || enteredThisBar)
        if isDayClose { metrics.recordDayClose(equity: total) }
        if decisions.count == linesBeforeBar { line(.hold, "open trades: \(openTrades.count)") }
    }

    /// The run's outputs.
    func result(variant: String) -> VariantResult {
        let openRecords = openTrades.map { record(of: $0, exitTime: nil, reason: nil) }
        let trades = (closedTrades + openRecords).sorted { $0.tradeID < $1.tradeID }
        let orderedFills = fills.enumerated().sorted {
            ($0.element.timestamp, $0.element.tradeID, $0.element.leg, $0.offset)
                < ($1.element.timestamp, $1.element.tradeID, $1.element.leg, $1.offset)
        }.map(\.element)
        return VariantResult(
            variant: variant, strategy: strategyName, capital: settings.capital, equity: equity, fills: orderedFills,
            trades: trades, decisions: decisions, metrics: metrics.metrics)
    }

    // MARK: - Fills

    private mutating func open(_ legs: [LegOrder], regime: Regime) {
        guard !legs.isEmpty, legs.allSatisfy({ $0.lots > 0 }) else {
            line(.noFill, Self.describe(legs) + ": an order needs at least one leg and a positive number of lots")
            return
        }
        guard let chain = context?.chain else {
            line(.noFill, Self.describe(legs) + ": no chain in force")
            return
        }
        var filled: [(price: Double, quote: PricedQuote)] = []
        for (number, leg) in legs.enumerated() {
            let quote = chain.quote(expiry: leg.expiry, strike: leg.strike, type: leg.type)
            switch profile.fillModel.fill(FillRequest(side: leg.side, quote: quote)) {
            case .refused(let reason):
                line(.noFill, Self.describe(legs) + ": leg \(number + 1) \(leg.label): \(reason)")
                return
            case .filled(let price):
                filled.append((price, quote!))
            }
        }
        let unitsPerPackage = zip(legs, filled).map { leg, fill in
            let lotSize =
                fill.quote.quote.lotSize > 0
                ? Int(fill.quote.quote.lotSize) : profile.lotSizing.lotSize(expiry: leg.expiry, on: day)
            return leg.lots * lotSize
        }
        var packages = 1
        if let model = profile.margin {
            let package = zip(legs, zip(unitsPerPackage, filled)).map { leg, sized in
                MarginLeg(
                    strike: leg.strike, type: leg.type, quantity: Int(leg.side.sign) * sized.0, price: sized.1.price)
            }
            let check = MarginCheck(model: model, sizing: settings.sizing)
            let equity = cash + openTrades.reduce(0) { $0 + $1.markValue }
            let spot = chain.spot.isFinite ? chain.spot : bar.close
            switch check.admit(package, equity: equity, open: openTrades, spot: spot) {
            case .refused(let reason):
                line(.skip, Self.describe(legs) + ": " + reason)
                return
            case .admitted(let count):
                packages = count
            }
        }
        var trade = OpenTrade(
            id: nextTradeID, entryTime: bar.timestamp, entryRegime: regime, legs: [], entryCredit: 0)
        nextTradeID += 1
        for ((leg, fill), packageUnits) in zip(zip(legs, filled), unitsPerPackage) {
            let units = packageUnits * packages
            let mark = fill.quote.mark.isFinite && fill.quote.mark >= 0 ? fill.quote.mark : fill.price
            trade.legs.append(
                TradeLeg(
                    expiry: leg.expiry, strike: leg.strike, type: leg.type, quantity: Int(leg.side.sign) * units,
                    entryPrice: fill.price, mark: mark))
            let fees = costs(side: leg.side, price: fill.price, units: units)
            record(
                trade: &trade, leg: trade.legs.count - 1, side: leg.side, units: units, price: fill.price, fees: fees,
                reason: .entry)
        }
        openTrades.append(trade)
        metrics.recordEntry(regime: regime)
        enteredThisBar = true
        let sizing = settings.sizing == .fixed ? "" : "; \(packages) package(s) by margin"
        line(.filled, "trade \(trade.id) opened: \(trade.legsLabel); credit \(trade.entryCredit.shortestText)" + sizing)
    }

    private mutating func close(tradeID: Int, reason: FillReason, isForced: Bool) {
        guard let index = openTrades.firstIndex(where: { $0.id == tradeID }) else {
            line(.noFill, "trade \(tradeID): not open")
            return
        }
        var trade = openTrades[index]
        var prices: [Int: Double] = [:]
        for legIndex in trade.legs.indices where trade.legs[legIndex].isOpen {
            let leg = trade.legs[legIndex]
            let side: Side = leg.quantity > 0 ? .sell : .buy
            let quote = context?.chain?.quote(expiry: leg.expiry, strike: leg.strike, type: leg.type)
            switch profile.fillModel.fill(FillRequest(side: side, quote: quote, closesLong: side == .sell)) {
            case .filled(let price):
                prices[legIndex] = price
            case .refused(let why) where isForced:
                prices[legIndex] = leg.mark
                line(.noFill, "trade \(tradeID): leg \(legIndex + 1) \(leg.label): \(why); closed at its last mark")
            case .refused(let why):
                let cause = context?.chain == nil ? "no chain in force" : why
                line(.noFill, "trade \(tradeID) \(reason.rawValue): leg \(legIndex + 1) \(leg.label): \(cause)")
                return
            }
        }
        for legIndex in trade.legs.indices where trade.legs[legIndex].isOpen {
            let leg = trade.legs[legIndex]
            let side: Side = leg.quantity > 0 ? .sell : .buy
            let price = prices[legIndex]!
            let units = abs(leg.quantity)
            let fees = costs(side: side, price: price, units: units)
            record(trade: &trade, leg: legIndex, side: side, units: units, price: price, fees: fees, reason: reason)
        }
        line(.filled, "trade \(tradeID) closed: \(reason.rawValue)")
        finish(trade, at: index, reason: reason)
    }

    private func costs(side: Side, price: Double, units: Int) -> Double {
        profile.costModel.costs(of: CostRequest(event: .trade(side), day: day, price: price, quantity: units)).total
    }

    /// Books one leg's fill: the fill line, cash, the trade's premium and fees; closes a closing leg.
    private mutating func record(
        trade: inout OpenTrade, leg: Int, side: Side, units: Int, price: Double, fees: Double, reason: FillReason
    ) {
        let contract = trade.legs[leg]
        let fill = FillRecord(
            timestamp: bar.timestamp, tradeID: trade.id, leg: leg + 1, expiry: contract.expiry,
            strike: contract.strike, type: contract.type, side: side, quantity: units, price: price, fees: fees,
            reason: reason)
        fills.append(fill)
        cash += fill.cashFlow
        let premium = price * Double(units)
        if reason == .entry {
            trade.entryCredit -= side.sign * premium
        } else {
            trade.exitDebit += side.sign * premium
            trade.legs[leg].isOpen = false
            trade.legs[leg].mark = price
        }
        trade.fees += fees
        metrics.recordFees(fees)
    }

    private mutating func finish(_ trade: OpenTrade, at index: Int, reason: FillReason) {
        openTrades.remove(at: index)
        let record = record(of: trade, exitTime: bar.timestamp, reason: reason)
        closedTrades.append(record)
        metrics.recordClosedTrade(pnl: record.pnl, entryRegime: trade.entryRegime)
    }

    private func record(of trade: OpenTrade, exitTime: Timestamp?, reason: FillReason?) -> TradeRecord {
        TradeRecord(
            tradeID: trade.id, strategy: strategyName, entryTime: trade.entryTime, exitTime: exitTime,
            legs: trade.legsLabel, entryCredit: trade.entryCredit, exitDebit: trade.exitDebit, fees: trade.fees,
            pnl: trade.entryCredit - trade.exitDebit - trade.fees, exitReason: reason, entryRegime: trade.entryRegime)
    }

    // MARK: - Decisions

    private mutating func line(_ action: DecisionRecord.Action, _ detail: String) {
        decisions.append(
            DecisionRecord(
                timestamp: bar.timestamp, regime: context!.regime, chainTimestamp: context!.chain?.timestamp,
                action: action, detail: detail))
    }

    private static func describe(_ legs: [LegOrder]) -> String {
        let lots = legs.map(\.lots).max() ?? 0
        return legs.map(\.label).joined(separator: " ") + " x\(lots)"
    }
}
