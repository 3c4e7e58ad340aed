import MidasCore

@testable import MidasBacktest

/// Hand-made market data for engine tests: daily bars, chains and an in-memory context source.
enum TestMarket {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// 15:30 IST on `text`.
    static func close(_ text: String) -> Timestamp { Timestamp(day: day(text), hour: 15, minute: 30) }

    static func bar(_ date: String, close: Double) -> Bar {
        Bar(timestamp: self.close(date), open: close, high: close, low: close, close: close, volume: 0)
    }

    /// A priced quote; the mark is the mid unless given.
    static func quote(
        _ date: String, expiry: String, strike: Double, _ type: OptionType, bid: Double, ask: Double,
        mark: Double? = nil, delta: Double = .nan, lot: Int32 = 0, spot: Double = 22_000
    ) -> PricedQuote {
        let option = OptionQuote(
            timestamp: close(date), expiry: day(expiry), strike: strike, type: type, bid: bid, ask: ask,
            lotSize: lot)
        return PricedQuote(
            quote: option, mark: mark ?? (bid + ask) / 2, markRule: .mid, spot: spot, forward: spot,
            timeToExpiry: 0.02, rate: 0.065, iv: 0.15, ivStatus: .ok, delta: delta, gamma: .nan, theta: .nan,
            vega: .nan)
    }

    /// A chain snapshot at 15:30 IST on `date`, sorted as `ChainView` requires.
    static func chain(_ date: String, _ quotes: [PricedQuote]) -> ChainView {
        let sorted = quotes.sorted {
            ($0.quote.expiry, $0.quote.type.rawValue, $0.quote.strike)
                < ($1.quote.expiry, $1.quote.type.rawValue, $1.quote.strike)
        }
        return ChainView(timestamp: close(date), quotes: sorted[...])
    }
}

/// An in-memory bar-context source.
struct TestSource: BarContextSource {
    var bars: [Bar]
    var regimes: [Regime]
    var chains: [ChainView?]

    init(bars: [Bar], regimes: [Regime]? = nil, chains: [ChainView?]) {
        self.bars = bars
        self.regimes = regimes ?? Array(repeating: .range, count: bars.count)
        self.chains = chains
    }

    func context(at index: Int) throws -> BarContext {
        BarContext(
            index: index, bar: bars[index], regime: regimes[index],
            features: FeatureSnapshot(names: [], values: []), chain: chains[index])
    }
}

/// A strategy that places scripted intents at given bars and notes how many trades it saw.
struct ScriptedStrategy: Strategy {
    var script: [Int: [OrderIntent]]
    var name: String { "scripted" }

    mutating func decide(_ context: BarContext, trades: [OpenTrade]) -> StrategyDecision {
        StrategyDecision(intents: script[context.index] ?? [], skips: ["saw \(trades.count) trades"])
    }
}

/// A fixed lot size, or one that depends on the trade date (a re-lot of live contracts).
struct TestLots: LotSizing {
    var size: @Sendable (Day, Day) -> Int

    init(_ size: Int) { self.size = { _, _ in size } }
    init(size: @escaping @Sendable (_ expiry: Day, _ tradeDate: Day) -> Int) { self.size = size }

    func lotSize(expiry: Day, on tradeDate: Day) -> Int { size(expiry, tradeDate) }
}

/// `|a − b| ≤ 1e-9 · max(1, |a|, |b|)`.
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}
