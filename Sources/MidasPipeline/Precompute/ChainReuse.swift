import MidasCore
import MidasData

/// Which chain snapshots of a precompute can keep their priced quotes from the previous artifact.
///
/// Pricing a snapshot (`SnapshotPricing.price`) is a pure function of its quotes, the spot of the
/// quotes without their own `underlying`, and the `context` settings under the context version.
/// So a snapshot is kept when the previous artifact was priced under the same versions and
/// `context` settings, holds a snapshot at the same time, the raw file that snapshot comes from
/// has the fingerprint it had when the previous artifact was built, and every stored quote's spot
/// is, bit for bit, the one the new timeline gives it. Everything else is priced again.
struct ChainReuse {
    /// Per snapshot of the new timeline, the index of the previous artifact's snapshot it keeps, or `nil` to price it.
    var sources: [Int?]

    /// Nothing to keep: every snapshot of `timeline` is priced.
    init(pricingAll timeline: BarTimeline) {
        sources = Array(repeating: nil, count: timeline.schedule.timestamps.count)
    }

    /// Matches the snapshots of `timeline` (whose raw files the store lists) with the stored ones,
    /// which must have been priced under the pipeline's current `context` settings and versions.
    init(
        stored: StoredChains, timeline: BarTimeline,
        sources snapshotSources: [(timestamp: Timestamp, path: String, fingerprint: Fingerprint)]
    ) {
        var storedInputs: [String: Fingerprint] = [:]
        for input in stored.meta.inputs { storedInputs[input.partition] = input.fingerprint }
        var storedSnapshots: [Int64: Int] = [:]
        for (index, time) in stored.timestamps.enumerated() { storedSnapshots[time.seconds] = index }
        var sourceOf: [Int64: (path: String, fingerprint: Fingerprint)] = [:]
        for source in snapshotSources { sourceOf[source.timestamp.seconds] = (source.path, source.fingerprint) }

        sources = timeline.schedule.timestamps.indices.map { snapshot in
            let time = timeline.schedule.timestamps[snapshot].seconds
            guard let source = sourceOf[time], storedInputs[source.path] == source.fingerprint,
                let earlier = storedSnapshots[time]
            else { return nil }
            let spot = timeline.spot(atSnapshot: snapshot)
            let samePricingInputs = stored.rows[earlier].allSatisfy {
                stored.spot[$0].bitPattern
                    == ChainPricer.spot(underlying: stored.underlying[$0], snapshotSpot: spot).bitPattern
            }
            return samePricingInputs ? earlier : nil
        }
    }
}
