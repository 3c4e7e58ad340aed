import MidasCore
import Testing

@testable import MidasBacktest

struct LotSizingTests {
    @Test func givesEachExpiryItsOwnLotOnOneTradeDate() throws {
        // NIFTY: the last weekly at 25 expired 2024-12-19; contracts listed later carry 75.
        let lots = LotOverride(byExpiry: [(.distantPast, 25), (TestMarket.day("2024-12-20"), 75)])
        let date = "2024-12-16"
        let near = TestMarket.quote(date, expiry: "2024-12-19", strike: 24_000, .put, bid: 10, ask: 11)
        let far = TestMarket.quote(date, expiry: "2025-01-02", strike: 24_000, .put, bid: 80, ask: 81)
        let source = TestSource(
            bars: [TestMarket.bar(date, close: 24_600)], chains: [TestMarket.chain(date, [near, far])])
        let legs = [
            LegOrder(expiry: TestMarket.day("2024-12-19"), strike: 24_000, type: .put, side: .sell, lots: 2),
            LegOrder(expiry: TestMarket.day("2025-01-02"), strike: 24_000, type: .put, side: .buy, lots: 2),
        ]
        let engine = Engine(settings: ExecutionSettings(lots: lots), lotSchedule: TestLots(1))
        let result = try engine.run(
            variant: "v", strategy: ScriptedStrategy(script: [0: [.open(legs: legs)]]), source: source)
        #expect(result.fills.filter { $0.reason == .entry }.map(\.quantity) == [50, 150])
    }

    @Test func keepsAPositionsUnitsAcrossAReLot() throws {
        // 50 → 25 on 2024-04-26: every live contract is re-lotted, units stay the same.
        let relot = TestLots { _, tradeDate in tradeDate < TestMarket.day("2024-04-26") ? 50 : 25 }
        let quote = { (date: String) in
            TestMarket.chain(
                date, [TestMarket.quote(date, expiry: "2024-05-02", strike: 22_500, .call, bid: 100, ask: 101)])
        }
        let source = TestSource(
            bars: [TestMarket.bar("2024-04-25", close: 22_570), TestMarket.bar("2024-04-26", close: 22_420)],
            chains: [quote("2024-04-25"), quote("2024-04-26")])
        let leg = LegOrder(expiry: TestMarket.day("2024-05-02"), strike: 22_500, type: .call, side: .sell, lots: 2)
        let strategy = ScriptedStrategy(script: [
            0: [.open(legs: [leg])], 1: [.close(tradeID: 1, reason: .stopLoss), .open(legs: [leg])],
        ])
        let engine = Engine(settings: ExecutionSettings(), lotSchedule: relot)
        let result = try engine.run(variant: "v", strategy: strategy, source: source)
        #expect(result.fills.map(\.quantity) == [100, 100, 50, 50])
        #expect(result.fills.map(\.reason) == [.entry, .stopLoss, .entry, .endOfData])
    }

    @Test func decodesAFixedSizeOrSizesByExpiry() throws {
        let fixed = ConfigNode(
            .map([ConfigEntry(key: "size", value: .scalar("75"))]), file: "p", path: "execution.lots")
        #expect(try LotOverride(node: fixed)?.lotSize(expiry: TestMarket.day("2030-01-01"), on: .distantPast) == 75)
        let bad = ConfigNode(.map([ConfigEntry(key: "size", value: .scalar("0"))]), file: "p", path: "execution.lots")
        #expect(throws: InputError.self) { try LotOverride(node: bad) }
    }
}

struct ExchangeLotSizingTests {
    @Test func usesTheExchangeScheduleThroughTheProtocol() {
        let schedule: any LotSizing = LotSchedule.standard(for: .nifty)
        // The last NIFTY weekly at 25 expired 2024-12-19; the first at 75 on 2025-01-02 (MARKET.md).
        #expect(schedule.lotSize(expiry: TestMarket.day("2024-12-19"), on: TestMarket.day("2024-12-16")) == 25)
        #expect(schedule.lotSize(expiry: TestMarket.day("2025-01-02"), on: TestMarket.day("2024-12-16")) == 75)
    }
}
