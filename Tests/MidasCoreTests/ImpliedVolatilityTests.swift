import Foundation
import Testing

@testable import MidasCore

@Suite struct ImpliedVolatilityTests {
    static let minute = 60.0 / (365 * 86_400)
    static let moneyness = [0.3, 0.5, 0.7, 0.9, 0.97, 0.99, 0.999, 1, 1.001, 1.01, 1.03, 1.1, 1.3, 1.5, 2, 3]
    static let times = [5 * minute, 60 * minute, 1 / 365.0, 7 / 365.0, 30 / 365.0, 0.25, 1, 2]
    static let vols = [0.01, 0.02, 0.05, 0.1, 0.2, 0.4, 0.8, 1.5, 3, 5]

    /// Solving the model's own price gives a volatility that reprices it to 1e-10 relative
    /// (or 1e-12 absolute), over deep ITM/OTM, minutes to two years, vols 1%–500%; whenever the
    /// price carries any time value the status is `ok`.
    @Test(arguments: times)
    func roundTripsOverTheGrid(time: Double) {
        let forward = 100.0
        let discount = exp(-0.07 * time)
        var solved = 0
        for m in Self.moneyness {
            for vol in Self.vols {
                for type in OptionType.allCases {
                    let strike = forward * m
                    let price = Black76.price(
                        forward: forward, strike: strike, time: time, volatility: vol, discount: discount, type: type)
                    let result = ImpliedVolatility.solve(
                        price: price, forward: forward, strike: strike, time: time, discount: discount, type: type)
                    let timeValue = price / discount - max(type.sign * (forward - strike), 0)
                    if timeValue > 1e-13 * forward {
                        #expect(result.status == .ok, "K=\(strike) σ=\(vol) \(type)")
                    }
                    guard result.status == .ok else {
                        #expect(result.vol.isNaN)
                        continue
                    }
                    solved += 1
                    let repriced = Black76.price(
                        forward: forward, strike: strike, time: time, volatility: result.vol, discount: discount,
                        type: type)
                    #expect(abs(repriced - price) <= max(1e-10 * price, 1e-12), "K=\(strike) σ=\(vol) \(type)")
                }
            }
        }
        #expect(solved >= 120)
    }

    @Test func recoversTheVolatilityWhereItIsWellDetermined() {
        let discount = exp(-0.065 * 0.1)
        for vol in [0.08, 0.13, 0.35, 1.2] {
            for strike in [21_000.0, 22_000, 23_500] {
                for type in OptionType.allCases {
                    let price = Black76.price(
                        forward: 22_100, strike: strike, time: 0.1, volatility: vol, discount: discount, type: type)
                    let result = ImpliedVolatility.solve(
                        price: price, forward: 22_100, strike: strike, time: 0.1, discount: discount, type: type)
                    #expect(result.status == .ok)
                    #expect(abs(result.vol - vol) < 1e-9 * vol)
                }
            }
        }
    }

    @Test func hullCallImpliesTwentyPercent() {
        let forward = 42 * exp(0.05)
        let discount = exp(-0.05)
        let result = ImpliedVolatility.solve(
            price: 4.759_422_392_871_532, forward: forward, strike: 40, time: 0.5, discount: discount, type: .call)
        #expect(result.status == .ok)
        #expect(abs(result.vol - 0.2) < 1e-12)
    }

    @Test func statusesOutsideTheBounds() {
        let forward = 100.0
        let discount = 0.99
        func status(_ price: Double, strike: Double = 90, time: Double = 0.5, type: OptionType = .call) -> IVStatus {
            ImpliedVolatility.solve(
                price: price, forward: forward, strike: strike, time: time, discount: discount, type: type
            ).status
        }
        #expect(status(0) == .noPrice)
        #expect(status(-1) == .noPrice)
        #expect(status(.nan) == .noPrice)
        #expect(status(.infinity) == .noPrice)
        #expect(status(5, time: 0) == .expired)
        #expect(status(5, time: -0.01) == .expired)
        // Call intrinsic is 0.99·10 = 9.9; upper bound 0.99·100 = 99.
        #expect(status(9.8) == .belowIntrinsic)
        #expect(status(9.9) == .atBound)
        #expect(status(99.5) == .aboveUpperBound)
        #expect(status(99) == .atBound)
        // Put with K=110: intrinsic 9.9, upper bound 0.99·110 = 108.9.
        #expect(status(9.0, strike: 110, type: .put) == .belowIntrinsic)
        #expect(status(109, strike: 110, type: .put) == .aboveUpperBound)
        #expect(status(12, strike: 110, type: .put) == .ok)
        // Deep ITM long-dated put below K − S but above D·(K − F): legitimate.
        #expect(status(9.95, strike: 110, time: 0.5, type: .put) == .ok)
    }
}
