/// The bar-level half of every context of a run: the bars, their features and regimes, the
/// trading window, and which chain snapshot is in force at each bar.
///
/// Bar-level work is cheap and some indicators have unbounded memory, so it is always computed
/// over the whole series in one pass (`FeatureSet.compute`, `RegimeClassifier.classify`); the
/// precompute stage stores the result and the dynamic path recomputes it, bit for bit the same.
public struct BarTimeline: Sendable {
    /// Every bar of the series, warmup history included.
    public let bars: [Bar]
    /// The features of every bar.
    public let features: FeatureMatrix
    /// The regime of every bar.
    public let regimes: [Regime]
    /// The chain snapshot in force at every bar (an index into `schedule.timestamps`), or −1.
    public let snapshotOfBar: [Int32]
    /// The chain snapshots and their in-force rule.
    public let schedule: ChainSchedule
    /// Indexes into `bars` of the trading window.
    public let window: Range<Int>

    /// Computes the timeline: features and regimes over all of `inputs.bars`, the trading window
    /// as the bars whose IST day lies in `tradingDays`, and the snapshot in force at each bar.
    public init(
        inputs: FeatureInputs, regime: RegimeSettings, minimumWarmupDays: Int,
        tradingDays: ClosedRange<Day>, schedule: ChainSchedule
    ) {
        let features = regime.featureSet.compute(inputs)
        let regimes = RegimeClassifier(settings: regime).classify(features, minimumWarmupDays: minimumWarmupDays)
        let snapshots = inputs.bars.map { Int32(schedule.snapshotIndex(inForceAt: $0.timestamp) ?? -1) }
        self.init(
            bars: inputs.bars, features: features, regimes: regimes, snapshotOfBar: snapshots,
            schedule: schedule, window: Self.window(of: inputs.bars, in: tradingDays))
    }

    /// Wraps stored parts (as the artifact reads them back).
    public init(
        bars: [Bar], features: FeatureMatrix, regimes: [Regime], snapshotOfBar: [Int32],
        schedule: ChainSchedule, window: Range<Int>
    ) {
        self.bars = bars
        self.features = features
        self.regimes = regimes
        self.snapshotOfBar = snapshotOfBar
        self.schedule = schedule
        self.window = window
    }

    /// The bars of the trading window.
    public var windowBars: [Bar] { Array(bars[window]) }

    /// The snapshot index in force at bar `bar` of the whole series, if any.
    public func snapshotIndex(ofBar bar: Int) -> Int? {
        let index = snapshotOfBar[bar]
        return index < 0 ? nil : Int(index)
    }

    /// The context of bar `bar` of the whole series, given the chain in force (already priced).
    public func context(ofBar bar: Int, chain: ChainView?) -> BarContext {
        BarContext(
            index: bar - window.lowerBound, bar: bars[bar], regime: regimes[bar],
            features: features.snapshot(at: bar), chain: chain)
    }

    /// The spot a snapshot is priced from when its quotes carry no `underlying`: the close of the
    /// last bar at or before the snapshot (the first bar's open when the snapshot precedes all bars).
    public func spot(atSnapshot snapshot: Int) -> Double {
        let time = schedule.timestamps[snapshot]
        var low = 0
        var high = bars.count
        while low < high {
            let mid = (low + high) / 2
            if bars[mid].timestamp <= time { low = mid + 1 } else { high = mid }
        }
        if low == 0 { return bars.first?.open ?? .nan }
        return bars[low - 1].close
    }

    /// The range of bar indexes whose IST day lies in `days`.
    static func window(of bars: [Bar], in days: ClosedRange<Day>) -> Range<Int> {
        let start = bars.firstIndex { $0.timestamp.istDay >= days.lowerBound } ?? bars.count
        let end = bars.lastIndex { $0.timestamp.istDay <= days.upperBound }.map { $0 + 1 } ?? start
        return start..<max(start, end)
    }
}

extension BarTimeline {
    /// The same timeline with its trading window narrowed to the bars whose day lies in `days`
    /// (`run --from/--to`); `nil` when no bar of the current window does.
    public func narrowed(to days: ClosedRange<Day>) -> BarTimeline? {
        let inside = Self.window(of: bars, in: days)
        let start = max(inside.lowerBound, window.lowerBound)
        let end = min(inside.upperBound, window.upperBound)
        guard start < end else { return nil }
        return BarTimeline(
            bars: bars, features: features, regimes: regimes, snapshotOfBar: snapshotOfBar,
            schedule: schedule, window: start..<end)
    }
}
