import MidasCore
import Testing

@testable import MidasBacktest

/// Each built-in package strategy on `StrategyMarket`'s chain, its trade worked out by hand.
/// Fees: ₹20 per leg order plus 0.1% of the premium of sales; lots of 50.
struct PackageStrategyTests {
    static let entry = "2024-03-05"
    static let next = "2024-03-06"

    static func rules(
        profitTarget: Double? = nil, stopLoss: Double? = nil, exitDTE: Int? = nil, maxPositions: Int = 1
    ) -> TradeRules {
        TradeRules(
            entryDTE: 5...10, profitTarget: profitTarget, stopLoss: stopLoss, exitDTE: exitDTE,
            maxPositions: maxPositions)
    }

    func entries(_ result: VariantResult) -> [String] {
        result.fills.filter { $0.reason == .entry }.map {
            "\($0.side == .buy ? "+" : "-")\($0.strike.shortestText)\($0.type)@\($0.price.shortestText)"
        }
    }

    /// Runs `strategy` from the entry day into the next, whose chain has these bids.
    func overTwoDays(_ strategy: some Strategy, nextBids: [String: Double]) throws -> VariantResult {
        try StrategyMarket.run(
            strategy, dates: [Self.entry, Self.next],
            chains: [StrategyMarket.chain(Self.entry), StrategyMarket.chain(Self.next, bids: nextBids)])
    }

    @Test func shortStrangleSellsTheDeltaStrikesAndTakesItsProfitTarget() throws {
        // |delta| 0.20: the 21800 put (0.20) and the 22200 call (0.21), sold at the bids 40 and 38:
        // credit (40 + 38) × 50 = 3900; entry fees 20 + 2 and 20 + 1.9.
        // Next day bids 20 and 18: marks 20.5 and 18.5, profit 3900 − 1950 = 1950 ≥ 0.5 × 3900:
        // bought back at the asks 21 and 19, debit 2000, fees 20 + 20.
        let strategy = ShortStrangle(
            parameters: ShortStrangleParameters(rules: Self.rules(profitTarget: 0.5), shortStrike: .delta(0.2)))
        let result = try overTwoDays(strategy, nextBids: ["21800PE": 20, "22200CE": 18])
        #expect(entries(result) == ["-21800PE@40", "-22200CE@38"])
        let trade = try #require(result.trades.first)
        #expect(result.trades.count == 1)
        #expect(trade.strategy == "short_strangle")
        #expect(trade.entryCredit == 3900)
        #expect(trade.exitReason == .profitTarget)
        #expect(trade.exitDebit == 2000)
        #expect(isClose(trade.fees, 83.9))
        #expect(isClose(trade.pnl, 1816.1))
        #expect(isClose(result.equity.last!.equity, 1_001_816.1))
    }

    @Test func bullPutSpreadHoldsToExpiryAndSettlesAtIntrinsicValue() throws {
        // Short the 0.20-delta 21800 put at 40, long the 21600 wing at the ask 16: credit
        // (40 − 16) × 50 = 1200; fees 20 + 2 and 20. Expiry close 21700: the short put settles at
        // 100, the wing at 0: debit 5000; P&L 1200 − 5000 − 42 = −3842.
        let strategy = BullPutSpread(
            parameters: SpreadParameters(rules: Self.rules(), shortStrike: .delta(0.2), wingWidth: 200))
        let result = try StrategyMarket.run(
            strategy, dates: [Self.entry, StrategyMarket.expiry], chains: [StrategyMarket.chain(Self.entry), nil],
            closes: [22_000, 21_700])
        #expect(entries(result) == ["+21600PE@16", "-21800PE@40"])
        let trade = try #require(result.trades.first)
        #expect(trade.legs == "+21600PE@2024-03-14 -21800PE@2024-03-14")
        #expect(trade.entryCredit == 1200)
        #expect(trade.exitReason == .expiry)
        #expect(trade.exitDebit == 5000)
        #expect(isClose(trade.pnl, -3842))
    }

    @Test func bearCallSpreadSellsByDistanceAndStopsOut() throws {
        // 300 points above spot: short 22300 call at 22, long 22500 at the ask 9: credit 650; fees
        // 20 + 1.1 and 20. Next day bids 40 and 14: value −(40.5 − 14.5) × 50 = −1300, loss 650 ≥
        // 1 × 650: closed buying 22300 at 41 and selling 22500 at 14, debit 1350, fees 20 and 20.7.
        let strategy = BearCallSpread(
            parameters: SpreadParameters(rules: Self.rules(stopLoss: 1), shortStrike: .distance(300), wingWidth: 200))
        let result = try overTwoDays(strategy, nextBids: ["22300CE": 40, "22500CE": 14])
        #expect(entries(result) == ["-22300CE@22", "+22500CE@9"])
        let trade = try #require(result.trades.first)
        #expect(trade.entryCredit == 650)
        #expect(trade.exitReason == .stopLoss)
        #expect(trade.exitDebit == 1350)
        #expect(isClose(trade.fees, 81.8))
        #expect(isClose(trade.pnl, -781.8))
    }

    @Test func ironButterflySellsTheMoneyAndClosesAtTheExitDTE() throws {
        // Short the 22000 straddle at 110 and 105, wings 21700 put and 22300 call at the asks 26
        // and 23: credit (110 + 105 − 26 − 23) × 50 = 8300; fees 20 + 20 + 25.5 + 25.25 = 90.75.
        // The next day is 8 days out: closed at 20, 101, 96, 18: debit (101 + 96 − 20 − 18) × 50
        // = 7950; fees 21 + 20 + 20 + 20.9 = 81.9. P&L 8300 − 7950 − 172.65 = 177.35.
        let strategy = IronButterfly(parameters: IronButterflyParameters(rules: Self.rules(exitDTE: 8), wingWidth: 300))
        let result = try overTwoDays(strategy, nextBids: ["21700PE": 20, "22000PE": 100, "22000CE": 95, "22300CE": 18])
        #expect(entries(result) == ["+21700PE@26", "-22000PE@110", "-22000CE@105", "+22300CE@23"])
        let trade = try #require(result.trades.first)
        #expect(trade.entryCredit == 8300)
        #expect(trade.exitReason == .exitDTE)
        #expect(trade.exitDebit == 7950)
        #expect(isClose(trade.fees, 172.65))
        #expect(isClose(trade.pnl, 177.35))
    }

    @Test func longStraddleBuysTheMoneyAndTakesAProfitOnItsDebit() throws {
        // Long the 22000 put and call at the asks 111 and 106: debit 10850 (credit −10850); fees
        // 20 + 20. Next day bids 60 and 180: value 241 × 50 = 12050, profit 1200 ≥ 0.1 × 10850:
        // sold at 60 and 180 for 12000 (exit debit −12000); fees 23 and 29. P&L 12000 − 10850 − 92.
        let strategy = LongStraddle(parameters: LongStraddleParameters(rules: Self.rules(profitTarget: 0.1)))
        let result = try overTwoDays(strategy, nextBids: ["22000PE": 60, "22000CE": 180])
        #expect(entries(result) == ["+22000PE@111", "+22000CE@106"])
        let trade = try #require(result.trades.first)
        #expect(trade.entryCredit == -10850)
        #expect(trade.exitReason == .profitTarget)
        #expect(trade.exitDebit == -12000)
        #expect(isClose(trade.fees, 92))
        #expect(isClose(trade.pnl, 1058))
    }

    @Test(arguments: [(22_040.0, 22_000.0), (22_050, 22_000), (22_060, 22_100), (21_000, 21_500)])
    func atTheMoneyIsTheNearestStrikeQuotedForBothTypesTheLowerOnATie(spot: Double, strike: Double) throws {
        // StrategyMarket quotes both types only at 22000; strikes quoted for one type do not count.
        let expiry = TestMarket.day(StrategyMarket.expiry)
        let partial = ExpiryChain(chain: StrategyMarket.chain(Self.entry), expiry: expiry, spot: spot, lots: 1)
        #expect(try partial.atTheMoneyStrike() == 22_000)
        let quotes = stride(from: 21_500.0, through: 22_500, by: 100).flatMap { strike in
            OptionType.allCases.map {
                TestMarket.quote(Self.entry, expiry: StrategyMarket.expiry, strike: strike, $0, bid: 10, ask: 11)
            }
        }
        let full = ExpiryChain(chain: TestMarket.chain(Self.entry, quotes), expiry: expiry, spot: spot, lots: 1)
        #expect(try full.atTheMoneyStrike() == strike)
    }

    @Test func skipsAnEntryWithoutItsWing() throws {
        let strategy = BullPutSpread(
            parameters: SpreadParameters(rules: Self.rules(), shortStrike: .delta(0.08), wingWidth: 200))
        let result = try StrategyMarket.run(strategy, dates: [Self.entry], chains: [StrategyMarket.chain(Self.entry)])
        #expect(result.fills.isEmpty)
        #expect(result.decisions.map(\.detail) == ["no wing 21400PE for 2024-03-14"])
    }

    static func params(_ entries: [(String, ConfigValue)]) -> ConfigNode {
        let window = ConfigValue.map([
            ConfigEntry(key: "min", value: .scalar("5")), ConfigEntry(key: "max", value: .scalar("10")),
        ])
        let all = [ConfigEntry(key: "entry_dte", value: window)] + entries.map { ConfigEntry(key: $0.0, value: $0.1) }
        return ConfigNode(.map(all), file: "p.yaml", path: "variants[0].params")
    }

    @Test func theFactoryMakesEveryStrategyWithItsOwnKeys() throws {
        let delta = ("short_delta", ConfigValue.scalar("0.2"))
        let wing = ("wing_width", ConfigValue.scalar("100"))
        let made: [(String, [(String, ConfigValue)])] = [
            ("iron_condor", [delta, wing]), ("short_strangle", [delta]), ("bull_put_spread", [delta, wing]),
            ("bear_call_spread", [delta, wing]), ("iron_butterfly", [wing]),
            ("long_straddle", [("profit_target", .scalar("1.5"))]),
        ]
        for (name, entries) in made {
            let strategy = try StrategyFactory.make(name: name, params: Self.params(entries))
            #expect(strategy.name == name)
        }
        let straddle = try #require(
            try StrategyFactory.make(name: "long_straddle", params: Self.params([("profit_target", .scalar("1.5"))]))
                as? LongStraddle)
        #expect(straddle.rules.profitTarget == 1.5)
    }

    @Test(arguments: [
        ("short_strangle", [("short_delta", "0.2"), ("wing_width", "100")], "variants[0].params.wing_width"),
        ("iron_butterfly", [("wing_width", "100"), ("short_delta", "0.2")], "variants[0].params.short_delta"),
        ("long_straddle", [("stop_loss", "1.5")], "variants[0].params.stop_loss"),
        (
            "iron_condor", [("short_delta", "0.2"), ("wing_width", "100"), ("profit_target", "2")],
            "variants[0].params.profit_target"
        ),
        ("bull_put_spread", [("short_delta", "0.2")], "variants[0].params.wing_width"),
    ])
    func refusesKeysAndValuesAStrategyDoesNotTake(name: String, entries: [(String, String)], field: String) {
        do {
            _ = try StrategyFactory.make(name: name, params: Self.params(entries.map { ($0.0, .scalar($0.1)) }))
            Issue.record("accepted \(entries)")
        } catch let error as InputError {
            #expect(error.field == field)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
