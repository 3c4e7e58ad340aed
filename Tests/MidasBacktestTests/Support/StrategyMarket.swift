import MidasCore

@testable import MidasBacktest

/// A hand-built weekly chain for strategy tests: spot 22000, expiry 2024-03-14, strikes
/// 21500–22500 by 100, ask = bid + 1, 50-unit lots, and a cost schedule of ₹20 per order plus
/// 0.1% STT on sales (no other charges), so every fee is worked out by hand.
enum StrategyMarket {
    static let expiry = "2024-03-14"

    /// Put bids and deltas by strike.
    static let puts: [(strike: Double, bid: Double, delta: Double)] = [
        (21_500, 10, -0.05), (21_600, 15, -0.08), (21_700, 25, -0.13), (21_800, 40, -0.20), (21_900, 70, -0.31),
        (22_000, 110, -0.48),
    ]
    /// Call bids and deltas by strike.
    static let calls: [(strike: Double, bid: Double, delta: Double)] = [
        (22_000, 105, 0.52), (22_100, 65, 0.33), (22_200, 38, 0.21), (22_300, 22, 0.14), (22_400, 13, 0.08),
        (22_500, 8, 0.05),
    ]

    /// The full chain on `date`, with bids replaced where `bids` gives one (`"21800PE": 20`).
    static func chain(_ date: String, bids: [String: Double] = [:]) -> ChainView {
        let quotes = [(OptionType.put, puts), (.call, calls)].flatMap { type, rows in
            rows.map { row in
                let bid = bids["\(row.strike.shortestText)\(type)"] ?? row.bid
                return TestMarket.quote(
                    date, expiry: expiry, strike: row.strike, type, bid: bid, ask: bid + 1, delta: row.delta)
            }
        }
        return TestMarket.chain(date, quotes)
    }

    /// ₹20 per order and 0.1% STT on the premium of sales; nothing else.
    static let costs: IndianCostSchedule = {
        var costs = IndianCostSchedule.nse
        costs.sttOnSale = [DatedRate(from: .distantPast, rate: 0.001)]
        for path in [\IndianCostSchedule.sttOnExercise, \.transactionCharge, \.sebiFee, \.stampDuty, \.gst] {
            costs[keyPath: path] = []
        }
        return costs
    }()

    /// Runs `strategy` over daily bars at `dates` (close 22000 unless `closes` says otherwise).
    static func run(
        _ strategy: some Strategy, dates: [String], chains: [ChainView?], regimes: [Regime]? = nil,
        closes: [Double]? = nil, capital: Double = 1_000_000, sizing: PositionSizing = .fixed
    ) throws -> VariantResult {
        let closes = closes ?? dates.map { _ in 22_000 }
        let source = TestSource(
            bars: zip(dates, closes).map { TestMarket.bar($0, close: $1) }, regimes: regimes, chains: chains)
        let settings = ExecutionSettings(capital: capital, costs: costs, sizing: sizing)
        return try Engine(settings: settings, lotSchedule: TestLots(50)).run(
            variant: "v", strategy: strategy, source: source)
    }
}
