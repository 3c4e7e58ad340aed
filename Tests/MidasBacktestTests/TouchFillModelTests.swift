import MidasCore
import Testing

@testable import MidasBacktest

struct TouchFillModelTests {
    let model = TouchFillModel(
        slippage: SlippageSettings(points: 0.5, spreadFraction: 0.25, booklessPoints: 0.1, booklessFraction: 0.005))

    func quote(bid: Double, ask: Double, mark: Double? = nil) -> PricedQuote {
        TestMarket.quote("2024-03-05", expiry: "2024-03-07", strike: 22_000, .call, bid: bid, ask: ask, mark: mark)
    }

    func price(_ outcome: FillOutcome) -> Double {
        if case .filled(let price) = outcome { return price }
        return .nan
    }

    @Test func buysAtTheAskAndSellsAtTheBidPlusSlippage() {
        // Spread 2: buy 102 + 0.5 + 0.25 × 2 = 103; sell 100 − 0.5 − 0.5 = 99. Never the mid (101).
        #expect(model.fill(FillRequest(side: .buy, quote: quote(bid: 100, ask: 102))) == .filled(price: 103))
        #expect(model.fill(FillRequest(side: .sell, quote: quote(bid: 100, ask: 102))) == .filled(price: 99))
    }

    @Test func fillsABooklessQuoteAtAModelledHalfSpreadAroundTheMark() {
        // Half-spread 0.1 + 0.5% × 50 = 0.35, plus 0.5 points of slippage.
        let bookless = quote(bid: .nan, ask: .nan, mark: 50)
        #expect(isClose(price(model.fill(FillRequest(side: .buy, quote: bookless))), 50.85))
        #expect(isClose(price(model.fill(FillRequest(side: .sell, quote: bookless))), 49.15))
    }

    @Test func neverSellsBelowZero() {
        #expect(model.fill(FillRequest(side: .sell, quote: quote(bid: 0.5, ask: 2.5))) == .filled(price: 0))
    }

    @Test(arguments: [
        (Double(0), Double(2), "no bid"), (.nan, 2, "no bid"), (1, 0, "no ask"), (1, .nan, "no ask"),
    ])
    func refusesAOneSidedOrZeroBook(bid: Double, ask: Double, reason: String) {
        #expect(model.fill(FillRequest(side: .buy, quote: quote(bid: bid, ask: ask))) == .refused(reason: reason))
    }

    @Test func abandonsAWorthlessBidlessLongLegWhenClosingOnly() {
        let worthless = quote(bid: 0, ask: 0.1, mark: 0.05)
        #expect(model.fill(FillRequest(side: .sell, quote: worthless, closesLong: true)) == .filled(price: 0))
        #expect(model.fill(FillRequest(side: .sell, quote: worthless)) == .refused(reason: "no bid"))
        let valuable = quote(bid: 0, ask: 3, mark: 1.5)
        #expect(model.fill(FillRequest(side: .sell, quote: valuable, closesLong: true)) == .refused(reason: "no bid"))
        #expect(model.fill(FillRequest(side: .sell, quote: nil, closesLong: true)) == .refused(reason: "no quote"))
    }

    @Test func refusesAMissingQuoteOrABooklessQuoteWithoutAMark() {
        #expect(model.fill(FillRequest(side: .buy, quote: nil)) == .refused(reason: "no quote"))
        let unpriced = quote(bid: .nan, ask: .nan, mark: .nan)
        #expect(model.fill(FillRequest(side: .sell, quote: unpriced)) == .refused(reason: "no book and no mark"))
    }
}
