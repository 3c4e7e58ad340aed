import Foundation
import MidasCore
import MidasData

/// `midas precompute`: every bar's context computed once and written as the artifact.
///
/// It runs the same computation as the dynamic path — `TimelineInputs` for the bars, features,
/// regimes and snapshot schedule, `SnapshotPricing` for every snapshot's marks, IVs and greeks —
/// and stores the result.
///
/// Incremental by default: the bar timeline is always recomputed over the whole series (it is
/// cheap, and some indicators have unbounded memory), while the chain pricing of every snapshot
/// whose inputs are unchanged is kept from the previous artifact at the output path
/// (``ChainReuse``), which is then updated in place in one SQLite transaction (`ArtifactUpdater`).
/// `--full`, or a previous artifact that cannot be kept, prices everything and writes a new file
/// renamed into place (`ArtifactWriter`). Either way the logical content is the one a full build
/// gives. An exclusive lock on `<out>.lock` keeps two precomputes of one artifact apart.
public enum PrecomputeStage {
    /// Builds the artifact of `options`.
    public static func execute(_ options: PrecomputeOptions, progress: (String) -> Void = { _ in }) throws
        -> PrecomputeSummary
    {
        let started = Date()
        let pipeline = try Pipeline.load(path: options.pipelinePath)
        let store = try PreparedStore(path: options.preparedPath)
        try requireSameSeries(store: store, pipeline: pipeline, path: options.preparedPath)
        let output = URL(fileURLWithPath: options.outputPath)
        try FileManager.default.createDirectory(
            at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let lock = try OutputLock(output: options.outputPath)
        defer { withExtendedLifetime(lock) {} }

        progress("precompute: features and regimes of \(pipeline.symbol) \(pipeline.timeframe.rawValue)")
        let timeline = try TimelineInputs.timeline(store: store, pipeline: pipeline)
        let inputs = try store.files().map { InputFingerprint(partition: $0.path, fingerprint: $0.fingerprint) }
        let (previous, fullReason) = previousArtifact(options, pipeline: pipeline)
        let sources = try store.chainSnapshotSources()
        let reuse =
            previous.map { ChainReuse(stored: $0, timeline: timeline, sources: sources) }
            ?? ChainReuse(pricingAll: timeline)

        let pricingStarted = Date()
        let pricing = SnapshotPricing(timeline: timeline, pricer: try TimelineInputs.pricer(pipeline: pipeline))
        let toPrice = reuse.sources.indices.filter { reuse.sources[$0] == nil }
        progress(
            "precompute: pricing \(toPrice.count) of \(reuse.sources.count) chain snapshots (\(options.jobs) at a time)"
        )
        let priced = try SnapshotBatchPricer.price(
            snapshots: toPrice, storePath: options.preparedPath, pricing: pricing, jobs: options.jobs)
        let pricingSeconds = Date().timeIntervalSince(pricingStarted)
        let pricedQuotes = priced.reduce(0) { $0 + $1.count }

        let meta = ArtifactMeta(
            pipeline: pipeline, gitCommit: Provenance.gitCommit, inputs: inputs.map { ($0.partition, $0.fingerprint) })
        progress("precompute: writing \(options.outputPath)")
        let quoteCount: Int
        if let stored = previous {
            var chains = reuse.sources.map { $0.map(ArtifactUpdater.Chain.stored) ?? .priced([]) }
            for (snapshot, chain) in zip(toPrice, priced) { chains[snapshot] = .priced(chain) }
            try ArtifactUpdater.update(
                path: options.outputPath, stored: stored, meta: meta, timeline: timeline, chains: chains)
            quoteCount = reuse.sources.reduce(pricedQuotes) { $0 + ($1.map { stored.rows[$0].count } ?? 0) }
        } else {
            let content = ArtifactContent(meta: meta, timeline: timeline, chains: priced)
            try ArtifactWriter.write(content, to: output)
            quoteCount = content.quotes.count
        }

        let pathOf = Dictionary(
            sources.map { ($0.timestamp.seconds, $0.path) }, uniquingKeysWith: { first, _ in first })
        let dayOfSnapshot = timeline.schedule.timestamps.map { pathOf[$0.seconds] ?? "" }
        let pricedDays = Set(toPrice.map { dayOfSnapshot[$0] })
        let currentPartitions = Set(inputs.map(\.partition))
        let removedDays = (previous?.meta.inputs ?? []).filter {
            $0.partition.hasPrefix("chain/") && !currentPartitions.contains($0.partition)
        }
        return PrecomputeSummary(
            bars: timeline.bars.count, quotes: quoteCount,
            pricedSnapshots: toPrice.count, reusedSnapshots: reuse.sources.count - toPrice.count,
            pricedQuotes: pricedQuotes,
            pricedDays: pricedDays.count, reusedDays: Set(dayOfSnapshot).subtracting(pricedDays).count,
            removedDays: removedDays.map(\.partition), fullRebuildReason: fullReason, pricingSeconds: pricingSeconds,
            seconds: Date().timeIntervalSince(started))
    }

    /// The chain side of the previous artifact at the output path when it may be kept, or why it may not.
    static func previousArtifact(_ options: PrecomputeOptions, pipeline: Pipeline) -> (StoredChains?, String?) {
        if options.isFull { return (nil, "--full") }
        guard FileManager.default.fileExists(atPath: options.outputPath) else { return (nil, "no previous artifact") }
        guard let reader = try? ArtifactReader(path: options.outputPath), let meta = try? reader.meta() else {
            return (nil, "the previous artifact is unreadable")
        }
        let compatibility = ArtifactCompatibility(meta: meta, pipeline: pipeline)
        if compatibility.chainsAreStale {
            let causes = compatibility.causes.filter { $0 != .regimeSettings && !$0.isRangeOrWarmup }
            return (nil, "the previous artifact's " + causes.map(\.description).joined(separator: "; "))
        }
        guard let stored = try? reader.storedChains() else { return (nil, "the previous artifact is unreadable") }
        return (stored, nil)
    }

    /// The prepared store must hold the pipeline's symbol and timeframe.
    static func requireSameSeries(store: PreparedStore, pipeline: Pipeline, path: String) throws {
        guard store.meta.symbol == pipeline.symbol, store.meta.timeframe == pipeline.timeframe else {
            throw InputError(
                .badValue, file: path, field: "symbol/timeframe",
                detail: "the store holds \(store.meta.symbol) \(store.meta.timeframe.rawValue) but the pipeline "
                    + "\(pipeline.file) asks for \(pipeline.symbol) \(pipeline.timeframe.rawValue)")
        }
    }
}

extension StaleCause {
    /// A trading-window setting: it changes the bar timeline's window, never the chains.
    fileprivate var isRangeOrWarmup: Bool {
        switch self {
        case .range, .warmupDays: return true
        default: return false
        }
    }
}
