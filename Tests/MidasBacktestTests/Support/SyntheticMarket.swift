import Foundation
import MidasCore

/// A small Black-76-priced market for whole-run tests: weekday daily bars from 2024-09-23 over
/// four weeks (across the 2024-10-01 cost change), Thursday weekly expiries, 100-point strikes.
enum SyntheticMarket {
    static let volatility = 0.15

    static func source() -> TestSource {
        var days: [Day] = []
        var day = TestMarket.day("2024-09-23")
        while day <= TestMarket.day("2024-10-18") {
            if !day.isWeekend { days.append(day) }
            day = day.adding(days: 1)
        }
        let closes = days.indices.map { 25_500 + 300 * sin(Double($0) / 3) }
        let bars = zip(days, closes).map { day, close in
            Bar(
                timestamp: Timestamp(day: day, hour: 15, minute: 30), open: close, high: close, low: close,
                close: close, volume: 0)
        }
        let chains = bars.map { chain(at: $0.timestamp, spot: $0.close) }
        return TestSource(bars: bars, chains: chains)
    }

    static func chain(at time: Timestamp, spot: Double) -> ChainView {
        let today = time.istDay
        var quotes: [PricedQuote] = []
        var expiry = today.adding(days: (4 - today.weekday + 7) % 7)  // Thursdays from today on
        while expiry <= today.adding(days: 21) {
            defer { expiry = expiry.adding(days: 7) }
            let years = max(Double(today.days(to: expiry)), 0.01) / 365
            for type in OptionType.allCases {
                for strike in stride(from: 24_000.0, through: 27_000, by: 100) {
                    let price = Black76.price(
                        forward: spot, strike: strike, time: years, volatility: volatility, discount: 1, type: type)
                    let halfSpread = max(0.05, 0.01 * price)
                    let d1 =
                        (log(spot / strike) + volatility * volatility * years / 2) / (volatility * years.squareRoot())
                    let delta = type == .call ? Normal.cdf(d1) : Normal.cdf(d1) - 1
                    let option = OptionQuote(
                        timestamp: time, expiry: expiry, strike: strike, type: type,
                        bid: price - halfSpread > 0.05 ? price - halfSpread : .nan, ask: price + halfSpread)
                    quotes.append(
                        PricedQuote(
                            quote: option, mark: price, markRule: .mid, spot: spot, forward: spot, timeToExpiry: years,
                            rate: 0, iv: volatility, ivStatus: .ok, delta: delta, gamma: .nan, theta: .nan, vega: .nan))
                }
            }
        }
        return ChainView(timestamp: time, quotes: quotes[...])
    }
}
