import MidasCore
import MidasData

/// The dynamic path's context provider: each bar's chain is read from the prepared store and
/// priced when the bar asks for it (DESIGN.md "One computation, two schedules").
///
/// It keeps only the last priced snapshot, so consecutive bars under one snapshot price it once.
/// It owns a store connection and a cache: one task at a time uses it (each variant of a dynamic
/// run gets its own source).
public final class DynamicContextSource: BarContextSource, @unchecked Sendable {
    /// The bars of the trading window.
    public let bars: [Bar]
    let timeline: BarTimeline
    let pricing: SnapshotPricing
    let store: PreparedStore
    var cachedSnapshot = -1
    var cachedChain: ChainView?

    /// A source over `store` for `timeline`, priced by `pricer`.
    public init(store: PreparedStore, timeline: BarTimeline, pricer: ChainPricer) {
        self.store = store
        self.timeline = timeline
        self.pricing = SnapshotPricing(timeline: timeline, pricer: pricer)
        self.bars = timeline.windowBars
    }

    /// The context of bar `index` of the trading window, its chain priced now.
    public func context(at index: Int) throws -> BarContext {
        let bar = timeline.window.lowerBound + index
        guard let snapshot = timeline.snapshotIndex(ofBar: bar) else {
            return timeline.context(ofBar: bar, chain: nil)
        }
        if snapshot != cachedSnapshot {
            let timestamp = timeline.schedule.timestamps[snapshot]
            let priced = pricing.price(snapshot: snapshot, quotes: try store.quotes(at: timestamp))
            cachedChain = ChainView(timestamp: timestamp, quotes: priced[...])
            cachedSnapshot = snapshot
        }
        return timeline.context(ofBar: bar, chain: cachedChain)
    }
}
