import Foundation
import Testing

@testable import MidasCore

@Suite struct Black76Tests {
    /// Hull, "Options, Futures, and Other Derivatives", Example 15.6: S=42, K=40, r=10%, σ=20%, T=0.5.
    static let hullForward = Black76.forward(spot: 42, rate: 0.1, dividendYield: 0, time: 0.5)
    static let hullDiscount = exp(-0.1 * 0.5)

    @Test func hullTextbookCallAndPut() {
        let call = Black76.price(
            forward: Self.hullForward, strike: 40, time: 0.5, volatility: 0.2, discount: Self.hullDiscount, type: .call)
        let put = Black76.price(
            forward: Self.hullForward, strike: 40, time: 0.5, volatility: 0.2, discount: Self.hullDiscount, type: .put)
        #expect(abs(call - 4.7594) < 5e-5)
        #expect(abs(put - 0.8086) < 5e-5)
    }

    @Test(arguments: [(100.0, 80.0), (100.0, 100.0), (100.0, 125.0), (22_000.0, 21_000.0)])
    func putCallParity(forward: Double, strike: Double) {
        let discount = exp(-0.07 * 0.3)
        let call = Black76.price(
            forward: forward, strike: strike, time: 0.3, volatility: 0.25, discount: discount, type: .call)
        let put = Black76.price(
            forward: forward, strike: strike, time: 0.3, volatility: 0.25, discount: discount, type: .put)
        #expect(abs((call - put) - discount * (forward - strike)) < 1e-12 * forward)
    }

    @Test func noTimeOrNoVolatilityIsDiscountedIntrinsic() {
        let price = Black76.price(forward: 110, strike: 100, time: 0, volatility: 0.2, discount: 0.99, type: .call)
        #expect(price == 0.99 * 10)
        let put = Black76.price(forward: 110, strike: 100, time: 1, volatility: 0, discount: 0.99, type: .put)
        #expect(put == 0)
    }

    @Test func hullGreeksOnSpotAreBlackScholes() {
        // Black–Scholes on spot: delta = Φ(d1) = 0.7791, vega per point = S·φ(d1)·√T/100.
        let greeks = Black76.greeks(
            spot: 42, forward: Self.hullForward, strike: 40, time: 0.5, volatility: 0.2,
            discount: Self.hullDiscount, type: .call)
        let d1 = (log(42.0 / 40) + (0.1 + 0.02) * 0.5) / (0.2 * 0.5.squareRoot())
        #expect(abs(greeks.delta - Normal.cdf(d1)) < 1e-14)
        #expect(abs(greeks.delta - 0.7791) < 1e-4)
        #expect(abs(greeks.vega - 42 * Normal.pdf(d1) * 0.5.squareRoot() / 100) < 1e-14)
        // Black–Scholes call theta per year: −Sφ(d1)σ/(2√T) − rKe^(−rT)Φ(d2) = −4.559 (Hull).
        let d2 = d1 - 0.2 * 0.5.squareRoot()
        let annual = -42 * Normal.pdf(d1) * 0.2 / (2 * 0.5.squareRoot()) - 0.1 * 40 * Self.hullDiscount * Normal.cdf(d2)
        #expect(abs(greeks.theta - annual / 365) < 1e-12)
        #expect(abs(annual - -4.559) < 1e-3)
    }

    struct GreekCase: Sendable, CustomStringConvertible {
        var spot: Double
        var strike: Double
        var time: Double
        var volatility: Double
        var rate: Double
        var carry: Double
        var type: OptionType
        var description: String { "S=\(spot) K=\(strike) T=\(time) σ=\(volatility) \(type)" }
    }

    static let greekCases = [
        GreekCase(spot: 42, strike: 40, time: 0.5, volatility: 0.2, rate: 0.1, carry: 0.1, type: .call),
        GreekCase(spot: 42, strike: 40, time: 0.5, volatility: 0.2, rate: 0.1, carry: 0.1, type: .put),
        GreekCase(
            spot: 22_000, strike: 23_000, time: 10 / 365, volatility: 0.14, rate: 0.065, carry: 0.053, type: .call),
        GreekCase(spot: 22_000, strike: 21_000, time: 3 / 365, volatility: 0.18, rate: 0.065, carry: 0.02, type: .put),
    ]

    /// Delta, gamma, vega and theta against central differences of the price on spot.
    @Test(arguments: greekCases)
    func greeksMatchFiniteDifferences(_ c: GreekCase) {
        func value(spot: Double, time: Double, volatility: Double) -> Double {
            let forward = spot * exp(c.carry * time)
            return Black76.price(
                forward: forward, strike: c.strike, time: time, volatility: volatility, discount: exp(-c.rate * time),
                type: c.type)
        }
        let forward = c.spot * exp(c.carry * c.time)
        let greeks = Black76.greeks(
            spot: c.spot, forward: forward, strike: c.strike, time: c.time, volatility: c.volatility,
            discount: exp(-c.rate * c.time), type: c.type)
        let h = c.spot * 1e-4
        let up = value(spot: c.spot + h, time: c.time, volatility: c.volatility)
        let mid = value(spot: c.spot, time: c.time, volatility: c.volatility)
        let down = value(spot: c.spot - h, time: c.time, volatility: c.volatility)
        #expect(abs(greeks.delta - (up - down) / (2 * h)) < 1e-6)
        #expect(abs(greeks.gamma - (up - 2 * mid + down) / (h * h)) < 1e-4 * abs(greeks.gamma) + 1e-9)
        let dv = 1e-5
        let vega =
            (value(spot: c.spot, time: c.time, volatility: c.volatility + dv)
                - value(spot: c.spot, time: c.time, volatility: c.volatility - dv)) / (2 * dv) * 0.01
        #expect(abs(greeks.vega - vega) < 1e-7 * max(1, abs(vega)))
        let dt = 1e-6
        let theta =
            -(value(spot: c.spot, time: c.time + dt, volatility: c.volatility)
            - value(spot: c.spot, time: c.time - dt, volatility: c.volatility)) / (2 * dt) / 365
        #expect(abs(greeks.theta - theta) < 1e-6 * max(1, abs(theta)))
    }

    @Test func greeksAreMissingWithoutTimeOrVolatility() {
        let expired = Black76.greeks(
            spot: 100, forward: 100, strike: 100, time: 0, volatility: 0.2, discount: 1, type: .call)
        #expect(expired.delta.isNaN && expired.gamma.isNaN && expired.theta.isNaN && expired.vega.isNaN)
    }

    @Test func timeToExpiryIsCalendarSecondsTo1530IST() {
        let expiry = Day(year: 2022, month: 3, day: 31)!
        let at = Timestamp(day: Day(year: 2022, month: 3, day: 24)!, hour: 15, minute: 30)
        #expect(TimeToExpiry.years(from: at, expiry: expiry) == 7.0 / 365)
        let morning = Timestamp(day: expiry, hour: 9, minute: 15)
        #expect(TimeToExpiry.years(from: morning, expiry: expiry) == 22_500.0 / (365 * 86_400))
        #expect(TimeToExpiry.years(from: TimeToExpiry.expiryInstant(expiry), expiry: expiry) == 0)
    }

    @Test func normalQuantileMatchesTables() {
        let table = [(0.975, 1.959_963_984_540_054), (0.001, -3.090_232_306_167_813), (0.841_344_746_068_542_9, 1.0)]
        for (p, x) in table {
            #expect(abs(Normal.quantile(p) - x) < 1.2e-9 * abs(x))
        }
        #expect(Normal.quantile(0.5) == 0)
        #expect(Normal.quantile(0).isNaN)
    }
}
