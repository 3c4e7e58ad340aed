import MidasCore

/// Prices one chain snapshot of a timeline: the one place a snapshot's quotes become
/// `PricedQuote`s, for the precompute stage and the dynamic path alike.
public struct SnapshotPricing: Sendable {
    /// The bar-level timeline (for the spot of snapshots whose quotes carry none).
    public let timeline: BarTimeline
    /// Rate, dividend yield and mark rule.
    public let pricer: ChainPricer

    /// Creates the pricing of a timeline's snapshots.
    public init(timeline: BarTimeline, pricer: ChainPricer) {
        self.timeline = timeline
        self.pricer = pricer
    }

    /// The priced quotes of snapshot `snapshot`, sorted by (expiry, type, strike).
    public func price(snapshot: Int, quotes: [OptionQuote]) -> [PricedQuote] {
        pricer.price(quotes, spot: timeline.spot(atSnapshot: snapshot))
    }
}
