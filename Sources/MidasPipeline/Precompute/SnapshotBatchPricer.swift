import Dispatch
import MidasCore
import MidasData

/// Prices every snapshot of a timeline from a prepared store, across cores.
///
/// Each worker opens its own read-only store connection and prices whole snapshots with the
/// same `SnapshotPricing` the dynamic path uses; results land in snapshot order, so the output
/// does not depend on the scheduling.
enum SnapshotBatchPricer {
    /// The priced chain of every snapshot in `snapshots` (indexes into the timeline's schedule).
    static func price(
        snapshots: [Int], storePath: String, pricing: SnapshotPricing, jobs: Int
    ) throws -> [[PricedQuote]] {
        var chains = [[PricedQuote]](repeating: [], count: snapshots.count)
        let workers = max(1, min(jobs, snapshots.count))
        let failures = FirstFailure()
        let timestamps = pricing.timeline.schedule.timestamps
        chains.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                do {
                    let store = try PreparedStore(path: storePath)
                    var position = worker
                    while position < snapshots.count, !failures.hasFailed {
                        let snapshot = snapshots[position]
                        let quotes = try store.quotes(at: timestamps[snapshot])
                        output[position] = pricing.price(snapshot: snapshot, quotes: quotes)
                        position += workers
                    }
                } catch {
                    failures.record(error)
                }
            }
        }
        try failures.rethrow()
        return chains
    }
}
