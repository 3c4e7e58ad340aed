import MidasCore
import MidasData

/// Which chain snapshots of a precompute can take their priced quotes from the previous artifact.
///
/// Pricing a snapshot (`SnapshotPricing.price`) is a pure function of its quotes, the spot of the
/// quotes without their own `underlying`, and the `context` settings under the context version.
/// So a snapshot is reused when the previous artifact was priced under the same versions and
/// `context` settings, holds a snapshot at the same time, the raw file that snapshot comes from
/// has the fingerprint it had when the previous artifact was built, and every stored quote's spot
/// is, bit for bit, the one the new timeline gives it. Everything else is priced again.
struct ChainReuse {
    /// Per snapshot of the new timeline, its previously priced quotes, or `nil` when it must be priced.
    var chains: [ArraySlice<PricedQuote>?]

    /// Nothing to reuse: every snapshot of `timeline` is priced.
    init(pricingAll timeline: BarTimeline) {
        chains = Array(repeating: nil, count: timeline.schedule.timestamps.count)
    }

    /// Matches the snapshots of `timeline` (whose sources the store lists) with those of `previous`,
    /// which must have been priced under the pipeline's current `context` settings and versions.
    init(
        previous: ArtifactContent, timeline: BarTimeline,
        sources: [(timestamp: Timestamp, path: String, fingerprint: Fingerprint)]
    ) {
        var previousInputs: [String: Fingerprint] = [:]
        for input in previous.meta.inputs { previousInputs[input.partition] = input.fingerprint }
        var previousSnapshots: [Int64: Int] = [:]
        for (index, time) in previous.timeline.schedule.timestamps.enumerated() {
            previousSnapshots[time.seconds] = index
        }
        var sourceOf: [Int64: (path: String, fingerprint: Fingerprint)] = [:]
        for source in sources { sourceOf[source.timestamp.seconds] = (source.path, source.fingerprint) }

        chains = timeline.schedule.timestamps.indices.map { snapshot in
            let time = timeline.schedule.timestamps[snapshot].seconds
            guard let source = sourceOf[time], previousInputs[source.path] == source.fingerprint,
                let earlier = previousSnapshots[time]
            else { return nil }
            let chain = previous.quotes[previous.snapshotRows[earlier]]
            let spot = timeline.spot(atSnapshot: snapshot)
            let samePricingInputs = chain.allSatisfy {
                $0.spot.bitPattern == ChainPricer.spot(of: $0.quote, snapshotSpot: spot).bitPattern
            }
            return samePricingInputs ? chain : nil
        }
    }
}
