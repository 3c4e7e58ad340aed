import Foundation
import Testing

@testable import MidasCore

/// A real end-of-day chain (NSE bhavcopy rows, no bid/ask) through `ChainPricer`.
@Suite struct EndOfDayChainTests {
    static let at = Timestamp(day: Day(year: 2024, month: 7, day: 8)!, hour: 15, minute: 30)
    static let expiry = Day(year: 2024, month: 7, day: 25)!

    /// `date,expiry,strike,opt_type,open,high,low,close,settle,volume,oi,oi_change,underlying`.
    static func quotes() throws -> [OptionQuote] {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/eod_nifty_2024-07-08_expiry_2024-07-25", withExtension: "csv"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        return try lines.map { line in
            let f = line.split(separator: ",").map(String.init)
            return OptionQuote(
                timestamp: at, expiry: try #require(Day(iso: f[1])), strike: try #require(Double(f[2])),
                type: try #require(OptionType(code: f[3])), last: try #require(Double(f[7])),
                settle: try #require(Double(f[8])), volume: try #require(Double(f[9])),
                openInterest: try #require(Double(f[10])), underlying: try #require(Double(f[12])))
        }
    }

    @Test func tradedContractsMarkAtCloseUntradedAtSettlement() throws {
        let quotes = try Self.quotes()
        #expect(quotes.count == 102)
        let priced = ChainPricer(rate: 0.065, dividendYield: 0.012).price(quotes, spot: .nan)
        #expect(priced.filter { $0.markRule == .last }.count == 95)
        #expect(priced.filter { $0.markRule == .settle }.count == 7)
        for q in priced {
            #expect(q.mark == (q.quote.volume > 0 ? q.quote.last : q.quote.settle))
            #expect(q.spot == 24_320.55)
            #expect(q.timeToExpiry == 17.0 / 365)
        }
        let view = ChainView(timestamp: Self.at, quotes: priced[...])
        let call = try #require(view.quote(expiry: Self.expiry, strike: 24_300, type: .call))
        let put = try #require(view.quote(expiry: Self.expiry, strike: 24_300, type: .put))
        #expect(priced.allSatisfy { $0.ivStatus == .ok })
        // At the money: a 13% volatility, calls and puts within half a point of each other (the
        // carry r − q gives nearly the forward the market's put–call parity implies).
        #expect(call.iv > 0.125 && call.iv < 0.135)
        #expect(abs(call.iv - put.iv) < 0.005)
        #expect(call.delta > 0.5 && call.delta < 0.6 && put.delta > -0.5 && put.delta < -0.4)
        #expect(call.gamma > 0 && call.theta < 0 && call.vega > 0)
        // NIFTY's skew: out-of-the-money puts richer the further down.
        let putVols = try [23_000.0, 23_500, 24_000, 24_300, 24_600].map { k in
            try #require(view.quote(expiry: Self.expiry, strike: k, type: .put)).iv
        }
        #expect(zip(putVols, putVols.dropFirst()).allSatisfy { $0 > $1 })
    }

    /// Without their settlement prices, the seven untraded (deep in-the-money) contracts are
    /// priced from the smile fitted to the traded ones: within 6% of NSE's own settlement prices.
    @Test func smileModelPricesUntradedContractsNearTheirSettlement() throws {
        let quotes = try Self.quotes()
        let pricer = ChainPricer(rate: 0.065, dividendYield: 0.012)
        let settled = pricer.price(quotes, spot: .nan)
        var withoutSettle = quotes
        for i in withoutSettle.indices where withoutSettle[i].volume == 0 { withoutSettle[i].settle = .nan }
        let modelled = pricer.price(withoutSettle, spot: .nan)
        let pairs = zip(modelled, settled).filter { $0.0.markRule == .model }
        #expect(pairs.count == 7)
        for (model, settle) in pairs {
            #expect(abs(model.mark - settle.mark) < 0.06 * settle.mark, "\(settle.quote.strike) \(settle.quote.type)")
            #expect(model.ivStatus == .ok && model.iv > 0.1 && model.iv < 0.2)
        }
    }
}
