/// What a precompute did: what it priced, what it took over from the previous artifact, how long it took.
public struct PrecomputeSummary: Sendable, Equatable {
    /// Bars in the artifact (warmup included); features and regimes are recomputed for all of them.
    public var bars: Int
    /// Quotes in the artifact.
    public var quotes: Int
    /// Chain snapshots priced now.
    public var pricedSnapshots: Int
    /// Chain snapshots taken over from the previous artifact.
    public var reusedSnapshots: Int
    /// Quotes priced now (the rest were taken over).
    public var pricedQuotes: Int
    /// Chain days (raw files) with at least one snapshot priced now.
    public var pricedDays: Int
    /// Chain days taken over whole.
    public var reusedDays: Int
    /// Chain days of the previous artifact the prepared store no longer has (their partitions), dropped.
    public var removedDays: [String]
    /// Why nothing was taken over (`--full`, no previous artifact, other context settings, …); `nil` when incremental.
    public var fullRebuildReason: String?
    /// Wall time spent pricing, in seconds.
    public var pricingSeconds: Double
    /// Wall time of the whole precompute, in seconds.
    public var seconds: Double

    /// Creates a summary.
    public init(
        bars: Int, quotes: Int, pricedSnapshots: Int, reusedSnapshots: Int, pricedQuotes: Int, pricedDays: Int,
        reusedDays: Int, removedDays: [String], fullRebuildReason: String?, pricingSeconds: Double, seconds: Double
    ) {
        self.bars = bars
        self.quotes = quotes
        self.pricedSnapshots = pricedSnapshots
        self.reusedSnapshots = reusedSnapshots
        self.pricedQuotes = pricedQuotes
        self.pricedDays = pricedDays
        self.reusedDays = reusedDays
        self.removedDays = removedDays
        self.fullRebuildReason = fullRebuildReason
        self.pricingSeconds = pricingSeconds
        self.seconds = seconds
    }

    /// The report printed after a precompute, e.g.
    /// `precompute (incremental): priced 1 chain day (1 snapshot, 352 quotes) in 0.01 s; reused 1040 days …`.
    public var lines: [String] {
        let mode = fullRebuildReason.map { "full: \($0)" } ?? "incremental"
        var lines = [
            "precompute (\(mode)): \(bars) bars (features and regimes recomputed), \(reusedSnapshots + pricedSnapshots) "
                + "snapshots, \(quotes) quotes in \(Self.seconds(seconds)) s",
            "  priced \(pricedDays) chain day\(pricedDays == 1 ? "" : "s") (\(pricedSnapshots) snapshot"
                + "\(pricedSnapshots == 1 ? "" : "s"), \(pricedQuotes) quotes) in \(Self.seconds(pricingSeconds)) s",
            "  reused \(reusedDays) chain day\(reusedDays == 1 ? "" : "s") (\(reusedSnapshots) snapshot"
                + "\(reusedSnapshots == 1 ? "" : "s"), \(quotes - pricedQuotes) quotes) from the previous artifact",
        ]
        if !removedDays.isEmpty {
            let shown = removedDays.prefix(10).joined(separator: ", ") + (removedDays.count > 10 ? ", …" : "")
            lines.append(
                "  dropped \(removedDays.count) removed chain day\(removedDays.count == 1 ? "" : "s") (\(shown))")
        }
        return lines
    }

    private static func seconds(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
