import MidasCore
import Testing

@testable import MidasBacktest

struct IronCondorTests {
    static let near = "2024-03-07"
    static let far = "2024-03-14"

    /// Quotes of the 2024-03-14 condor strikes, (bid, ask) per strike: 21500PE, 21700PE, 22300CE, 22500CE.
    static func condorQuotes(_ date: String, _ prices: [(Double, Double)]) -> [PricedQuote] {
        let strikes: [(Double, OptionType)] = [(21_500, .put), (21_700, .put), (22_300, .call), (22_500, .call)]
        return zip(strikes, prices).map {
            TestMarket.quote(date, expiry: far, strike: $0.0.0, $0.0.1, bid: $0.1.0, ask: $0.1.1)
        }
    }

    /// The entry chain on 2024-03-05: a near expiry (2 days, outside the window) with perfect
    /// 0.16 deltas, and the far expiry (9 days) with deltas around the target.
    static func entryChain() -> ChainView {
        let date = "2024-03-05"
        let q = { (expiry: String, strike: Double, type: OptionType, bid: Double, delta: Double) in
            TestMarket.quote(date, expiry: expiry, strike: strike, type, bid: bid, ask: bid + 1, delta: delta)
        }
        return TestMarket.chain(
            date,
            [
                q(near, 21_800, .put, 8, -0.16), q(near, 22_200, .call, 8, 0.16),
                q(far, 21_500, .put, 10, -0.05), q(far, 21_600, .put, 20, -0.10), q(far, 21_700, .put, 30, -0.17),
                q(far, 21_800, .put, 40, -0.25), q(far, 22_200, .call, 60, 0.30), q(far, 22_300, .call, 35, 0.18),
                q(far, 22_400, .call, 20, 0.11), q(far, 22_500, .call, 12, 0.06),
            ])
    }

    static func parameters(stopLoss: Double? = nil) -> SpreadParameters {
        SpreadParameters(
            rules: TradeRules(entryDTE: 5...10, allowedRegimes: [.range], profitTarget: 0.5, stopLoss: stopLoss),
            shortStrike: .delta(0.16), wingWidth: 200)
    }

    func run(
        _ later: [ChainView], regimes: [Regime]? = nil, parameters: SpreadParameters = parameters()
    ) throws -> VariantResult {
        let dates = ["2024-03-05", "2024-03-06", "2024-03-07"].prefix(later.count + 1)
        let source = TestSource(
            bars: dates.map { TestMarket.bar($0, close: 22_000) }, regimes: regimes,
            chains: [Self.entryChain()] + later)
        let engine = Engine(settings: ExecutionSettings(capital: 200_000), lotSchedule: TestLots(50))
        return try engine.run(variant: "ic", strategy: IronCondor(parameters: parameters), source: source)
    }

    @Test func opensAtTheNearestDeltasOfTheNearestExpiryInTheWindow() throws {
        let result = try run([])
        let entries = result.fills.filter { $0.reason == .entry }
        #expect(entries.map(\.strike) == [21_500, 21_700, 22_300, 22_500])
        #expect(entries.map(\.side) == [.buy, .sell, .sell, .buy])
        #expect(entries.map(\.price) == [11, 30, 35, 13])
        #expect(entries.allSatisfy { $0.expiry == TestMarket.day(Self.far) && $0.quantity == 50 })
        // Credit (30 + 35 − 11 − 13) × 50 = 2050. Fees: 23.941649 + 25.42427 + 25.728315 + 24.003767.
        #expect(result.trades.first?.entryCredit == 2050)
        #expect(isClose(entries.map(\.fees).reduce(0, +), 99.098001))
        #expect(
            result.trades.first?.legs
                == "+21500PE@2024-03-14 -21700PE@2024-03-14 -22300CE@2024-03-14 +22500CE@2024-03-14")
    }

    @Test func closesAtTheProfitTarget() throws {
        // Bar 1 marks: 5.5, 15.5, 18.5, 6.5 → value −1100, profit 950 < 1025: hold.
        // Bar 2 marks: 3.5, 10.5, 12.5, 4.5 → value −750, profit 1300 ≥ 1025: close at the touch,
        // paying (11 + 13 − 3 − 4) × 50 = 850.
        let result = try run([
            TestMarket.chain("2024-03-06", Self.condorQuotes("2024-03-06", [(5, 6), (15, 16), (18, 19), (6, 7)])),
            TestMarket.chain("2024-03-07", Self.condorQuotes("2024-03-07", [(3, 4), (10, 11), (12, 13), (4, 5)])),
        ])
        let trade = try #require(result.trades.first)
        #expect(result.trades.count == 1)
        #expect(trade.exitReason == .profitTarget)
        #expect(trade.exitTime == TestMarket.close("2024-03-07"))
        #expect(trade.exitDebit == 850)
        // Exit fees 23.782427 + 23.941649 + 24.003767 + 23.843236 = 95.571079.
        #expect(isClose(trade.fees, 194.66908))
        #expect(isClose(trade.pnl, 1005.33092))
        #expect(isClose(result.equity.last!.equity, 201_005.33092))
        let exits = result.fills.filter { $0.reason == .profitTarget }
        #expect(exits.map(\.side) == [.sell, .buy, .buy, .sell])
        #expect(exits.map(\.price) == [3, 11, 13, 4])
    }

    @Test func closesAtTheStopLoss() throws {
        // Bar 1 marks: 1.5, 4.5, 141, 61 → value −4150, loss 2100 ≥ 1 × 2050: close, paying
        // (5 + 142 − 1 − 60) × 50 = 4300; exit fees 23.660809 + 23.755295 + 28.010378 + 27.24854.
        let result = try run(
            [TestMarket.chain("2024-03-06", Self.condorQuotes("2024-03-06", [(1, 2), (4, 5), (140, 142), (60, 62)]))],
            parameters: Self.parameters(stopLoss: 1))
        let trade = try #require(result.trades.first)
        #expect(trade.exitReason == .stopLoss)
        #expect(trade.exitDebit == 4300)
        #expect(isClose(trade.fees, 201.773023))
        #expect(isClose(trade.pnl, -2451.773023))
    }

    /// Bar 1 quotes under which neither the profit target (profit 950 < 1025) nor a 1× stop fires.
    static let calmDay = TestMarket.chain(
        "2024-03-06", condorQuotes("2024-03-06", [(5, 6), (15, 16), (18, 19), (6, 7)]))

    @Test func closesAtTheExitDTE() throws {
        // On 2024-03-06 the 2024-03-14 expiry is 8 days out: close, paying (16 + 19 − 5 − 6) × 50.
        var parameters = Self.parameters()
        parameters.rules.exitDTE = 8
        let result = try run([Self.calmDay], parameters: parameters)
        #expect(result.trades.first?.exitReason == .exitDTE)
        #expect(result.trades.first?.exitDebit == 1200)
        #expect(result.trades.first?.exitTime == TestMarket.close("2024-03-06"))
    }

    @Test func closesWhenTheRegimeLeavesTheAllowedSet() throws {
        var parameters = Self.parameters()
        parameters.rules.regimeExit = true
        let result = try run([Self.calmDay], regimes: [.range, .highVol], parameters: parameters)
        #expect(result.trades.first?.exitReason == .regimeExit)
        #expect(result.trades.first?.exitDebit == 1200)
        let held = try run([Self.calmDay], regimes: [.range, .highVol])
        #expect(held.trades.first?.exitReason == .endOfData)
    }

    @Test func doesNotFillAPackageWithAZeroBidAndRetriesNextBar() throws {
        let broken = Self.entryChain().quotes.map { quote -> PricedQuote in
            var quote = quote
            if quote.quote.strike == 21_500 && quote.quote.expiry == TestMarket.day(Self.far) { quote.quote.bid = 0 }
            return quote
        }
        let source = TestSource(
            bars: [TestMarket.bar("2024-03-05", close: 22_000), TestMarket.bar("2024-03-06", close: 22_000)],
            chains: [
                TestMarket.chain("2024-03-05", broken), TestMarket.chain("2024-03-06", Array(Self.entryChain().quotes)),
            ])
        let engine = Engine(settings: ExecutionSettings(capital: 200_000), lotSchedule: TestLots(50))
        let result = try engine.run(variant: "ic", strategy: IronCondor(parameters: Self.parameters()), source: source)
        let refusal = try #require(result.decisions.first { $0.action == .noFill })
        #expect(refusal.timestamp == TestMarket.close("2024-03-05"))
        #expect(refusal.detail.hasSuffix(": leg 1 +21500PE@2024-03-14: no bid"))
        #expect(result.equity[0].cash == 200_000)
        #expect(result.trades.first?.entryTime == TestMarket.close("2024-03-06"))
    }

    @Test func skipsARegimeItDoesNotTrade() throws {
        let result = try run([], regimes: [.trendUp])
        #expect(result.fills.isEmpty)
        #expect(result.decisions.map(\.action) == [.skip])
        #expect(result.decisions.first?.detail == "regime trend_up not allowed")
    }

    @Test func choosesShortStrikesByDistanceFromSpot() throws {
        var parameters = Self.parameters()
        parameters.shortStrike = .distance(250)
        let result = try run([], parameters: parameters)
        // Spot 22000: 21750 is equidistant from 21700 and 21800 → the farther 21700; 22250 → 22300.
        #expect(result.fills.filter { $0.reason == .entry }.map(\.strike) == [21_500, 21_700, 22_300, 22_500])
    }

    @Test func decodesParametersStrictly() throws {
        let params: [ConfigEntry] = [
            ConfigEntry(key: "short_delta", value: .scalar("0.16")),
            ConfigEntry(key: "wing_width", value: .scalar("200")),
            ConfigEntry(
                key: "entry_dte",
                value: .map([
                    ConfigEntry(key: "min", value: .scalar("5")), ConfigEntry(key: "max", value: .scalar("10")),
                ])),
            ConfigEntry(key: "allowed_regimes", value: .list([.scalar("range"), .scalar("trend_up")])),
            ConfigEntry(key: "profit_target", value: .scalar("0.5")),
        ]
        let node = ConfigNode(.map(params), file: "p.yaml", path: "variants[0].params")
        let strategy = try StrategyFactory.make(name: "iron_condor", params: node)
        let condor = try #require(strategy as? IronCondor)
        #expect(condor.parameters.rules.entryDTE == 5...10)
        #expect(condor.parameters.shortStrike == .delta(0.16))
        #expect(condor.parameters.rules.allowedRegimes == [.range, .trendUp])
        #expect(condor.parameters.rules.profitTarget == 0.5)
        #expect(condor.parameters.rules.stopLoss == nil)
        #expect(condor.parameters.rules.maxPositions == 1)

        let typo = ConfigNode(
            .map(params + [ConfigEntry(key: "wingwidth", value: .scalar("1"))]), file: "p.yaml",
            path: "variants[0].params")
        do {
            _ = try StrategyFactory.make(name: "iron_condor", params: typo)
            Issue.record("accepted an unknown key")
        } catch let error as InputError {
            #expect(error.field == "variants[0].params.wingwidth")
        }
        #expect(throws: InputError.self) {
            try StrategyFactory.make(name: "butterfly", params: node)
        }
    }

    @Test func runsAStrategyMadeByTheFactory() throws {
        let strategy: any Strategy = IronCondor(parameters: Self.parameters())
        let source = TestSource(bars: [TestMarket.bar("2024-03-05", close: 22_000)], chains: [Self.entryChain()])
        let result = try Engine(settings: ExecutionSettings(), lotSchedule: TestLots(50)).run(
            variant: "ic", strategy: strategy, source: source)
        #expect(result.strategy == "iron_condor")
        #expect(result.trades.first?.exitReason == .endOfData)
    }
}
