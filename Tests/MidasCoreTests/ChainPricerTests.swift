import Foundation
import Testing

@testable import MidasCore

@Suite struct ChainPricerTests {
    static let at = Timestamp(day: Day(year: 2024, month: 7, day: 8)!, hour: 15, minute: 30)
    static let weekly = Day(year: 2024, month: 7, day: 11)!
    static let monthly = Day(year: 2024, month: 7, day: 25)!
    static let spot = 24_320.0
    static let pricer = ChainPricer(rate: 0.065, dividendYield: 0.012)

    /// The smile the synthetic chain is priced on: σ = 0.13 − 0.1·k + 1.5·k², k = ln(K/F).
    static func smile(_ k: Double) -> Double { 0.13 - 0.1 * k + 1.5 * k * k }

    /// A two-sided book 0.10 wide around the model price on each of 7 strikes, both types.
    static func book(expiry: Day, skip: Double? = nil) -> [OptionQuote] {
        let time = TimeToExpiry.years(from: at, expiry: expiry)
        let forward = Black76.forward(spot: spot, rate: 0.065, dividendYield: 0.012, time: time)
        var quotes: [OptionQuote] = []
        for strike in stride(from: 24_000.0, through: 24_600, by: 100) {
            for type in OptionType.allCases {
                let vol = smile(log(strike / forward))
                let price = Black76.price(
                    forward: forward, strike: strike, time: time, volatility: vol, discount: exp(-0.065 * time),
                    type: type)
                let hasBook = strike != skip
                quotes.append(
                    OptionQuote(
                        timestamp: at, expiry: expiry, strike: strike, type: type,
                        bid: hasBook ? price - 0.05 : .nan, ask: hasBook ? price + 0.05 : .nan))
            }
        }
        return quotes
    }

    @Test func sortsByExpiryTypeStrikeWhateverTheInputOrder() {
        let quotes = Self.book(expiry: Self.monthly) + Self.book(expiry: Self.weekly)
        let forward = Self.pricer.price(quotes, spot: Self.spot)
        let backward = Self.pricer.price(quotes.reversed(), spot: Self.spot)
        func bits(_ q: [PricedQuote]) -> [[UInt64]] {
            q.map { p in
                [p.quote.strike, p.mark, p.forward, p.iv, p.delta, p.gamma, p.theta, p.vega].map(\.bitPattern)
                    + [UInt64(p.quote.expiry.daysSinceEpoch), UInt64(p.quote.type.rawValue)]
            }
        }
        #expect(bits(forward) == bits(backward))
        #expect(forward.count == 28)
        let keys = forward.map { ($0.quote.expiry, $0.quote.type.rawValue, $0.quote.strike) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        #expect(forward.first?.quote.expiry == Self.weekly && forward.first?.quote.type == .call)
        #expect(forward.first?.quote.strike == 24_000)
    }

    @Test func fillsEveryFieldFromTheMid() throws {
        let priced = Self.pricer.price(Self.book(expiry: Self.weekly), spot: Self.spot)
        let view = ChainView(timestamp: Self.at, quotes: priced[...])
        let q = try #require(view.quote(expiry: Self.weekly, strike: 24_300, type: .put))
        let time = 3.0 / 365
        #expect(q.timeToExpiry == time)
        #expect(q.spot == Self.spot)
        #expect(q.forward == Self.spot * exp((0.065 - 0.012) * time))
        #expect(q.rate == 0.065)
        #expect(q.markRule == .mid)
        #expect(abs(q.mark - 0.5 * (q.quote.bid + q.quote.ask)) < 1e-12)
        #expect(q.ivStatus == .ok)
        #expect(abs(q.iv - Self.smile(log(24_300 / q.forward))) < 1e-9)
        let repriced = Black76.price(
            forward: q.forward, strike: 24_300, time: time, volatility: q.iv, discount: exp(-0.065 * time), type: .put)
        #expect(abs(repriced - q.mark) < 1e-10 * q.mark)
        let greeks = Black76.greeks(
            spot: Self.spot, forward: q.forward, strike: 24_300, time: time, volatility: q.iv,
            discount: exp(-0.065 * time), type: .put)
        #expect(Greeks(delta: q.delta, gamma: q.gamma, theta: q.theta, vega: q.vega) == greeks)
        #expect(q.delta < 0 && q.delta > -1 && q.gamma > 0 && q.theta < 0 && q.vega > 0)
    }

    @Test func quoteUnderlyingAndFutureWinOverTheBarSpot() {
        let quote = OptionQuote(
            timestamp: Self.at, expiry: Self.monthly, strike: 24_500, type: .call, bid: 150, ask: 151,
            underlying: 24_400, future: 24_470)
        let priced = Self.pricer.price([quote], spot: Self.spot)[0]
        #expect(priced.spot == 24_400)
        #expect(priced.forward == 24_470)
        #expect(priced.ivStatus == .ok)
    }

    @Test func quoteWithoutMarkIsPricedFromTheFittedSmile() throws {
        let priced = Self.pricer.price(Self.book(expiry: Self.monthly, skip: 24_200), spot: Self.spot)
        let view = ChainView(timestamp: Self.at, quotes: priced[...])
        for type in OptionType.allCases {
            let q = try #require(view.quote(expiry: Self.monthly, strike: 24_200, type: type))
            #expect(q.markRule == .model)
            #expect(q.ivStatus == .ok)
            // The synthetic smile is quadratic, so the fit recovers it up to the mids' rounding.
            #expect(abs(q.iv - Self.smile(log(24_200 / q.forward))) < 1e-6)
            let repriced = Black76.price(
                forward: q.forward, strike: 24_200, time: q.timeToExpiry, volatility: q.iv,
                discount: exp(-0.065 * q.timeToExpiry), type: type)
            #expect(repriced == q.mark)
            #expect(!q.delta.isNaN)
        }
    }

    @Test func withoutModelPricesAQuoteWithNothingHasNoMark() throws {
        let pricer = ChainPricer(rate: 0.065, dividendYield: 0.012, mark: MarkSettings(allowsModel: false))
        let priced = pricer.price(Self.book(expiry: Self.monthly, skip: 24_200), spot: Self.spot)
        let q = try #require(
            ChainView(timestamp: Self.at, quotes: priced[...]).quote(
                expiry: Self.monthly, strike: 24_200, type: .call))
        #expect(q.markRule == .none)
        #expect(q.mark.isNaN && q.iv.isNaN && q.delta.isNaN)
        #expect(q.ivStatus == .noPrice)
    }

    @Test func markBelowIntrinsicKeepsTheMarkAndFlagsTheIV() {
        // Forward ≈ 24,390: a 24,000 call settled at 300 is below its ~389 discounted intrinsic value.
        let quote = OptionQuote(timestamp: Self.at, expiry: Self.monthly, strike: 24_000, type: .call, settle: 300)
        let priced = Self.pricer.price([quote], spot: Self.spot)[0]
        #expect(priced.markRule == .settle && priced.mark == 300)
        #expect(priced.ivStatus == .belowIntrinsic)
        #expect(priced.iv.isNaN && priced.gamma.isNaN)
    }

    @Test func expiredQuoteWithoutMarkIsWorthItsIntrinsicValue() {
        let closeOfExpiry = Timestamp(day: Self.weekly, hour: 15, minute: 30)
        let quote = OptionQuote(timestamp: closeOfExpiry, expiry: Self.weekly, strike: 24_200, type: .call)
        let priced = Self.pricer.price([quote], spot: 24_251.5)[0]
        #expect(priced.timeToExpiry == 0)
        #expect(priced.markRule == .model && priced.mark == 51.5)
        #expect(priced.ivStatus == .expired)
    }
}
