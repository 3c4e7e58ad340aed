import MidasCore

/// Everything an artifact holds, in memory: what `precompute` writes and `run` loads once.
///
/// The quotes of every chain snapshot sit in one contiguous array, in snapshot order, each
/// snapshot's quotes sorted by (expiry, type, strike); `snapshotRows[i]` is snapshot `i`'s range
/// in it (the chain-timestamp → row-range index). A run reads a snapshot as a ``ChainView`` over
/// a slice, without copying.
public struct ArtifactContent: Sendable {
    /// Provenance, versions and fingerprints.
    public var meta: ArtifactMeta
    /// Bars (warmup included), features, regimes, the chain schedule, the bar → snapshot map and the trading window.
    public var timeline: BarTimeline
    /// Every snapshot's priced quotes, concatenated in snapshot order.
    public var quotes: [PricedQuote]
    /// Per snapshot of `timeline.schedule`, its rows in `quotes`.
    public var snapshotRows: [Range<Int>]

    /// Wraps the parts; `snapshotRows` must tile `quotes` in order, one range per scheduled snapshot.
    public init(meta: ArtifactMeta, timeline: BarTimeline, quotes: [PricedQuote], snapshotRows: [Range<Int>]) {
        precondition(snapshotRows.count == timeline.schedule.timestamps.count, "one row range per snapshot")
        precondition(
            zip(snapshotRows, snapshotRows.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }
                && (snapshotRows.first?.lowerBound ?? 0) == 0 && (snapshotRows.last?.upperBound ?? 0) == quotes.count,
            "snapshot row ranges tile the quotes in order")
        self.meta = meta
        self.timeline = timeline
        self.quotes = quotes
        self.snapshotRows = snapshotRows
    }

    /// Concatenates per-snapshot chains (one per scheduled snapshot, each sorted by expiry, type, strike).
    public init(meta: ArtifactMeta, timeline: BarTimeline, chains: [[PricedQuote]]) {
        var quotes: [PricedQuote] = []
        quotes.reserveCapacity(chains.reduce(0) { $0 + $1.count })
        var rows: [Range<Int>] = []
        rows.reserveCapacity(chains.count)
        for chain in chains {
            rows.append(quotes.count..<quotes.count + chain.count)
            quotes.append(contentsOf: chain)
        }
        self.init(meta: meta, timeline: timeline, quotes: quotes, snapshotRows: rows)
    }

    /// The chain of snapshot `snapshot`, a view over the shared quotes.
    public func chain(ofSnapshot snapshot: Int) -> ChainView {
        ChainView(timestamp: timeline.schedule.timestamps[snapshot], quotes: quotes[snapshotRows[snapshot]])
    }

    /// The chain in force at bar `bar` of the whole series, if any.
    public func chain(atBar bar: Int) -> ChainView? {
        timeline.snapshotIndex(ofBar: bar).map(chain(ofSnapshot:))
    }

    /// The context of bar `bar` of the whole series, with its chain in force.
    public func context(ofBar bar: Int) -> BarContext {
        timeline.context(ofBar: bar, chain: chain(atBar: bar))
    }
}
