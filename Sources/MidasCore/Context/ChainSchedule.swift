/// When each chain snapshot is in force: the latest snapshot at or before a bar, if it is no
/// older than the pipeline's `max_chain_age` (DESIGN.md "Availability").
public struct ChainSchedule: Sendable, Equatable {
    /// Snapshot times, strictly increasing.
    public let timestamps: [Timestamp]
    /// The oldest a snapshot may be and still be in force, in seconds.
    public let maxAgeSeconds: Int64

    /// Creates a schedule over increasing snapshot times.
    public init(timestamps: [Timestamp], maxAgeSeconds: Int64) {
        self.timestamps = timestamps
        self.maxAgeSeconds = maxAgeSeconds
    }

    /// The index of the snapshot in force at `time`, or `nil` when none is: never a snapshot
    /// after `time`, never one older than `maxAgeSeconds`.
    public func snapshotIndex(inForceAt time: Timestamp) -> Int? {
        var low = 0
        var high = timestamps.count
        while low < high {
            let mid = (low + high) / 2
            if timestamps[mid] <= time { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let candidate = low - 1
        return time.seconds - timestamps[candidate].seconds <= maxAgeSeconds ? candidate : nil
    }
}
