import Foundation
import MidasCore

@testable import MidasData

/// A small hand-built artifact: 10 daily bars, 3 features, 3 chain snapshots of 7, 7 and 6 quotes,
/// with −0.0, NaN (with a payload), a subnormal and ±infinity among the doubles.
enum ArtifactFixture {
    static let pipelineYAML = """
        symbol: NIFTY
        timeframe: 1d
        range: {from: 2024-01-03, to: 2024-01-12}
        warmup_days: 2
        regime: {trend: {slope_enter: 0.01, slope_exit: 0.004}}
        context: {rate: 0.065, dividend_yield: 0.012, max_chain_age: 1d}
        execution: {capital: 1000000, fill_at: same_bar}
        variants:
          - id: ic
            strategy: iron_condor
            params: {short_delta: 0.16, wing_width: 200}

        """

    static let oddNaN = Double(bitPattern: 0x7FF8_0000_0000_BEEF)
    static let subnormal = Double(bitPattern: 1)

    static func pipeline(_ yaml: String = pipelineYAML) throws -> Pipeline {
        try Pipeline(yaml: yaml, file: "test.yaml")
    }

    static func meta() throws -> ArtifactMeta {
        ArtifactMeta(
            pipeline: try pipeline(), gitCommit: "abc1234",
            inputs: [
                (partition: "chain/2024-01-04", fingerprint: Fingerprint(ofText: "day 4")),
                (partition: "bars_1d.csv", fingerprint: Fingerprint(ofText: "bars")),
            ])
    }

    /// Bar `i` is on 2024-01-0(1+i) … (calendar days, a fixture needs no trading calendar).
    static func day(_ i: Int) -> Day { Day(year: 2024, month: 1, day: 1 + i)! }

    static func content(meta: ArtifactMeta? = nil) throws -> ArtifactContent {
        let bars = (0..<10).map { i in
            Bar(
                timestamp: Timestamp(day: day(i), hour: 15, minute: 30), open: 21_000 + Double(i),
                high: 21_100 + Double(i), low: 20_900 + Double(i), close: 21_050.25 + Double(i), volume: 0)
        }
        var values: [Double] = []
        for i in 0..<10 {
            values += [Double(i) * 0.1, i == 0 ? .nan : -Double(i), i == 1 ? -0.0 : 1 / Double(i + 3)]
        }
        values[7] = .infinity
        values[8] = -.infinity
        values[10] = subnormal
        values[11] = oddNaN
        let features = FeatureMatrix(
            names: ["ret_1", "slope \"20\"", "vix"], values: values, dayIndexes: Array(0..<10))
        let regimes: [Regime] = [
            .warmup, .warmup, .range, .range, .trendUp, .trendUp, .highVol, .trendDown, .range, .range,
        ]
        let schedule = ChainSchedule(
            timestamps: [3, 5, 8].map { Timestamp(day: day($0), hour: 15, minute: 30) }, maxAgeSeconds: 86_400)
        let snapshotOfBar: [Int32] = [-1, -1, -1, 0, 0, 1, 1, -1, 2, 2]
        let timeline = BarTimeline(
            bars: bars, features: features, regimes: regimes, snapshotOfBar: snapshotOfBar, schedule: schedule,
            window: 2..<10)
        let chains = [7, 7, 6].enumerated().map { snapshot, count in
            chain(snapshot: snapshot, at: schedule.timestamps[snapshot], count: count)
        }
        return ArtifactContent(meta: try meta ?? self.meta(), timeline: timeline, chains: chains)
    }

    /// `count` quotes sorted by (expiry, type, strike): two expiries, calls then puts.
    static func chain(snapshot: Int, at time: Timestamp, count: Int) -> [PricedQuote] {
        (0..<count).map { i in
            let expiry = day(10 + 7 * (i / 4))
            let type: OptionType = i % 4 < 2 ? .call : .put
            let strike = 21_000 + Double(i % 2) * 50
            let quote = OptionQuote(
                timestamp: time, expiry: expiry, strike: strike, type: type, bid: i == 2 ? .nan : 100 + Double(i),
                ask: 101.5 + Double(i), last: i == 3 ? -0.0 : 100.25, volume: Double(10 * i),
                openInterest: 1_000, underlying: 21_010, lotSize: i == 0 ? 50 : 0, referenceIV: i == 5 ? oddNaN : 0.14)
            let solved = i % 3 != 1
            return PricedQuote(
                quote: quote, mark: 100.75 + Double(i) + Double(snapshot) / 3, markRule: solved ? .mid : .last,
                spot: 21_010, forward: 21_020.5, timeToExpiry: Double(7 + i) / 365, rate: 0.065,
                iv: solved ? 0.1 + Double(i) / 100 : .nan, ivStatus: solved ? .ok : .belowIntrinsic,
                delta: type == .call ? 0.5 : -0.5, gamma: i == 4 ? subnormal : 0.0003, theta: -(1 / 3),
                vega: i == 6 ? .infinity : 11.5)
        }
    }

    /// Every number of the content as bits, in a fixed order, for bit-exact equality.
    static func bits(_ content: ArtifactContent) -> [UInt64] {
        let timeline = content.timeline
        var out: [UInt64] = []
        for bar in timeline.bars {
            out += [UInt64(bitPattern: bar.timestamp.seconds)]
            out += [bar.open, bar.high, bar.low, bar.close, bar.volume].map(\.bitPattern)
        }
        out += timeline.features.values.map(\.bitPattern)
        out += timeline.features.dayIndexes.map { UInt64(bitPattern: Int64($0)) }
        out += timeline.regimes.map { UInt64($0.rawValue) }
        out += timeline.snapshotOfBar.map { UInt64(bitPattern: Int64($0)) }
        out += timeline.schedule.timestamps.map { UInt64(bitPattern: $0.seconds) }
        out += [
            UInt64(timeline.schedule.maxAgeSeconds), UInt64(timeline.window.lowerBound),
            UInt64(timeline.window.upperBound),
        ]
        out += content.snapshotRows.flatMap { [UInt64($0.lowerBound), UInt64($0.upperBound)] }
        for priced in content.quotes {
            let q = priced.quote
            out += [
                UInt64(bitPattern: q.timestamp.seconds), UInt64(bitPattern: Int64(q.expiry.daysSinceEpoch)),
                UInt64(q.type.rawValue), UInt64(bitPattern: Int64(q.lotSize)), UInt64(priced.markRule.rawValue),
                UInt64(priced.ivStatus.rawValue),
            ]
            out += [
                q.strike, q.bid, q.ask, q.last, q.settle, q.volume, q.openInterest, q.underlying, q.future,
                q.referenceIV, priced.mark, priced.spot, priced.forward, priced.timeToExpiry, priced.rate, priced.iv,
                priced.delta, priced.gamma, priced.theta, priced.vega,
            ].map(\.bitPattern)
        }
        return out
    }
}

/// A fresh folder under the system temp folder, removed when the value is released.
final class ArtifactTestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ArtifactTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}
