import MidasCore
import Testing

@testable import MidasBacktest

struct SettlementTests {
    /// A 22000/22100 bull call spread bought on 2024-03-05, held to the 2024-03-07 expiry, which
    /// closes at 22150: the long call settles at 150 (exercise STT), the short call at 50.
    func run() throws -> VariantResult {
        let expiry = "2024-03-07"
        let chain = { (date: String) in
            TestMarket.chain(
                date,
                [
                    TestMarket.quote(date, expiry: expiry, strike: 22_000, .call, bid: 120, ask: 121),
                    TestMarket.quote(date, expiry: expiry, strike: 22_100, .call, bid: 70, ask: 71),
                ])
        }
        let source = TestSource(
            bars: [
                TestMarket.bar("2024-03-05", close: 22_050), TestMarket.bar("2024-03-06", close: 22_080),
                TestMarket.bar(expiry, close: 22_150),
            ],
            chains: [chain("2024-03-05"), chain("2024-03-06"), chain(expiry)])
        let day = TestMarket.day(expiry)
        let strategy = ScriptedStrategy(script: [
            0: [
                .open(legs: [
                    LegOrder(expiry: day, strike: 22_000, type: .call, side: .buy, lots: 1),
                    LegOrder(expiry: day, strike: 22_100, type: .call, side: .sell, lots: 1),
                ])
            ]
        ])
        let engine = Engine(settings: ExecutionSettings(capital: 500_000), lotSchedule: TestLots(75))
        return try engine.run(variant: "spread", strategy: strategy, source: source)
    }

    @Test func settlesAtIntrinsicValueWithExerciseSTTOnTheLongLeg() throws {
        let result = try run()
        try #require(result.fills.count == 4)
        let long = result.fills[2]
        let short = result.fills[3]
        #expect(long.timestamp == TestMarket.close("2024-03-07"))
        #expect((long.leg, long.side, long.quantity, long.price, long.reason) == (1, .sell, 75, 150, .expiry))
        #expect(isClose(long.fees, 14.0625))  // 0.125% × 150 × 75
        #expect((short.leg, short.side, short.quantity, short.price, short.fees) == (2, .buy, 75, 50, 0))
        // Entry fees: buy 121 × 75 = 9075 → 29.2372085; sell 70 × 75 = 5250 → 29.984945.
        #expect(isClose(result.fills[0].fees, 29.2372085))
        #expect(isClose(result.fills[1].fees, 29.984945))
        let trade = try #require(result.trades.first)
        #expect(trade.entryCredit == -3825)
        #expect(trade.exitDebit == -7500)
        #expect(isClose(trade.fees, 73.2846535))
        #expect(isClose(trade.pnl, 3601.7153465))
        #expect(trade.exitReason == .expiry)
        #expect(isClose(result.equity[2].equity, 503_601.7153465))
        #expect(result.equity[2].positionsValue == 0)
    }

    @Test func settlesBeforeTheStrategyDecidesOnExpiryDay() throws {
        let result = try run()
        let seen = result.decisions.filter { $0.action == .skip }.map(\.detail)
        #expect(seen == ["saw 0 trades", "saw 1 trades", "saw 0 trades"])
        let expiryDay = result.decisions.filter { $0.timestamp == TestMarket.close("2024-03-07") }.map(\.action)
        #expect(expiryDay == [.settle, .skip])
    }

    @Test func usesTheDatasLotBeforeTheSchedule() throws {
        let date = "2024-03-05"
        let source = TestSource(
            bars: [TestMarket.bar(date, close: 22_000)],
            chains: [
                TestMarket.chain(
                    date, [TestMarket.quote(date, expiry: "2024-03-07", strike: 22_000, .put, bid: 9, ask: 10, lot: 65)]
                )
            ])
        let leg = LegOrder(expiry: TestMarket.day("2024-03-07"), strike: 22_000, type: .put, side: .sell, lots: 2)
        let engine = Engine(settings: ExecutionSettings(), lotSchedule: TestLots(75))
        let result = try engine.run(
            variant: "v", strategy: ScriptedStrategy(script: [0: [.open(legs: [leg])]]), source: source)
        #expect(result.fills.map(\.quantity) == [130, 130])
        #expect(result.fills.map(\.reason) == [.entry, .endOfData])
    }

    @Test func settlesAnExpiryWithoutABarAtTheNextBarAgainstThePreviousClose() throws {
        // No bar on the 2024-03-07 expiry: the short 22000 put settles on 2024-03-08 at
        // 22000 − 21900 (the 2024-03-06 close) = 100.
        let chain = TestMarket.chain(
            "2024-03-06", [TestMarket.quote("2024-03-06", expiry: "2024-03-07", strike: 22_000, .put, bid: 90, ask: 91)]
        )
        let source = TestSource(
            bars: [TestMarket.bar("2024-03-06", close: 21_900), TestMarket.bar("2024-03-08", close: 22_500)],
            chains: [chain, nil])
        let leg = LegOrder(expiry: TestMarket.day("2024-03-07"), strike: 22_000, type: .put, side: .sell, lots: 1)
        let result = try Engine(settings: ExecutionSettings(), lotSchedule: TestLots(50)).run(
            variant: "v", strategy: ScriptedStrategy(script: [0: [.open(legs: [leg])]]), source: source)
        let settlement = try #require(result.fills.last)
        #expect(settlement.timestamp == TestMarket.close("2024-03-08"))
        #expect((settlement.side, settlement.price, settlement.fees, settlement.reason) == (.buy, 100, 0, .expiry))
        #expect(result.trades.first?.exitDebit == 5000)
    }
}
