import MidasCore
import Testing

@testable import MidasBacktest

struct CostModelTests {
    let model = IndianCostModel()

    func request(_ event: CostRequest.Event, _ date: String, price: Double, quantity: Int) -> CostRequest {
        CostRequest(event: event, day: TestMarket.day(date), price: price, quantity: quantity)
    }

    @Test func chargesASaleBeforeTheOctober2024Change() {
        // 75 × 100 = 7500 turnover: STT 0.0625% = 4.6875; NSE 0.05% = 3.75; SEBI 0.0075;
        // GST 18% of (20 + 3.75 + 0.0075) = 4.27635.
        let costs = model.costs(of: request(.trade(.sell), "2024-09-30", price: 100, quantity: 75))
        #expect(costs.brokerage == 20)
        #expect(isClose(costs.stt, 4.6875))
        #expect(isClose(costs.transactionCharge, 3.75))
        #expect(isClose(costs.sebiFee, 0.0075))
        #expect(costs.stampDuty == 0)
        #expect(isClose(costs.gst, 4.27635))
        #expect(isClose(costs.total, 32.72135))
    }

    @Test func chargesASaleAfterTheOctober2024Change() {
        // STT 0.1% = 7.5; NSE 0.03503% = 2.62725; GST 0.18 × 22.63475 = 4.074255.
        let costs = model.costs(of: request(.trade(.sell), "2024-10-01", price: 100, quantity: 75))
        #expect(isClose(costs.stt, 7.5))
        #expect(isClose(costs.transactionCharge, 2.62725))
        #expect(isClose(costs.total, 34.209005))
    }

    @Test func chargesStampDutyButNoSTTOnABuy() {
        // 75 × 40 = 3000: NSE 1.0509; SEBI 0.003; stamp 0.003% = 0.09; GST 0.18 × 21.0539 = 3.789702.
        let costs = model.costs(of: request(.trade(.buy), "2024-10-01", price: 40, quantity: 75))
        #expect(costs.stt == 0)
        #expect(isClose(costs.stampDuty, 0.09))
        #expect(isClose(costs.total, 24.933602))
    }

    @Test func chargesOnlyExerciseSTTOnAnExercise() {
        // 0.125% of 150 × 75 = 14.0625, then 0.15% from 2026-04-01 = 16.875.
        #expect(isClose(model.costs(of: request(.exercise, "2024-03-07", price: 150, quantity: 75)).total, 14.0625))
        #expect(isClose(model.costs(of: request(.exercise, "2026-04-07", price: 150, quantity: 75)).total, 16.875))
    }

    @Test func appliesEachFillsOwnDateInARoundTripAcrossTheChange() throws {
        // Sell a put on 2024-09-30 at 100, buy it back on 2024-10-01 at 40 (75 units).
        let put = { (date: String, bid: Double, ask: Double) in
            TestMarket.chain(
                date, [TestMarket.quote(date, expiry: "2024-10-03", strike: 25_000, .put, bid: bid, ask: ask)])
        }
        let source = TestSource(
            bars: [TestMarket.bar("2024-09-30", close: 25_800), TestMarket.bar("2024-10-01", close: 25_790)],
            chains: [put("2024-09-30", 100, 101), put("2024-10-01", 39, 40)])
        let leg = LegOrder(expiry: TestMarket.day("2024-10-03"), strike: 25_000, type: .put, side: .sell, lots: 1)
        let strategy = ScriptedStrategy(script: [
            0: [.open(legs: [leg])], 1: [.close(tradeID: 1, reason: .profitTarget)],
        ])
        let engine = Engine(settings: ExecutionSettings(capital: 100_000, margin: nil), lotSchedule: TestLots(75))
        let result = try engine.run(variant: "v", strategy: strategy, source: source)
        try #require(result.fills.count == 2)
        #expect(isClose(result.fills[0].fees, 32.72135))
        #expect(isClose(result.fills[1].fees, 24.933602))
        let trade = try #require(result.trades.first)
        #expect(trade.entryCredit == 7500)
        #expect(trade.exitDebit == 3000)
        #expect(isClose(trade.pnl, 4500 - 32.72135 - 24.933602))
        #expect(isClose(result.equity[1].cash, 100_000 + 4500 - 32.72135 - 24.933602))
    }

    @Test func decodesOverridesFromThePipeline() throws {
        let node = ConfigNode(
            .map([
                ConfigEntry(key: "brokerage_per_order", value: .scalar("0")),
                ConfigEntry(key: "gst", value: .scalar("0")),
                ConfigEntry(
                    key: "stt_on_sale",
                    value: .list([
                        .map([
                            ConfigEntry(key: "from", value: .scalar("2020-01-01")),
                            ConfigEntry(key: "rate", value: .scalar("0.002")),
                        ])
                    ])),
            ]), file: "p.yaml", path: "execution.costs")
        let schedule = try IndianCostSchedule.nse.overridden(by: node)
        let costs = IndianCostModel(schedule: schedule).costs(
            of: request(.trade(.sell), "2024-10-01", price: 100, quantity: 75))
        // STT 0.2% = 15; NSE 2.62725; SEBI 0.0075; no brokerage, no GST.
        #expect(isClose(costs.total, 17.634750))
    }

    @Test func rejectsAnUnknownCostKeyByPath() {
        let node = ConfigNode(
            .map([ConfigEntry(key: "stt", value: .scalar("0.1"))]), file: "p.yaml", path: "execution.costs")
        #expect(throws: InputError.self) { try IndianCostSchedule.nse.overridden(by: node) }
        do {
            _ = try IndianCostSchedule.nse.overridden(by: node)
        } catch let error as InputError {
            #expect(error.field == "execution.costs.stt")
            #expect(error.reason == .unknownKey)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
