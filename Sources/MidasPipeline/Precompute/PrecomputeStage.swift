import Foundation
import MidasCore
import MidasData

/// `midas precompute`: every bar's context computed once and written as the artifact.
///
/// It runs the same computation as the dynamic path — `TimelineInputs` for the bars, features,
/// regimes and snapshot schedule, `SnapshotPricing` for every snapshot's marks, IVs and greeks —
/// and serialises the result (`ArtifactWriter`: a new file renamed into place).
public enum PrecomputeStage {
    /// What a precompute did.
    public struct Summary: Sendable {
        /// Bars in the artifact (warmup included).
        public var bars: Int
        /// Chain snapshots priced.
        public var snapshots: Int
        /// Quotes priced.
        public var quotes: Int
        /// Wall time in seconds.
        public var seconds: Double

        /// One line for the terminal.
        public var line: String {
            let rate = seconds > 0 ? Int(Double(quotes) / seconds) : 0
            return "precompute: \(bars) bars, \(snapshots) snapshots, \(quotes) quotes priced "
                + "in \(String(format: "%.2f", seconds)) s (\(rate) quotes/s)"
        }
    }

    /// Builds the artifact of `options`.
    public static func execute(_ options: PrecomputeOptions, progress: (String) -> Void = { _ in }) throws -> Summary {
        let started = Date()
        let pipeline = try Pipeline.load(path: options.pipelinePath)
        let store = try PreparedStore(path: options.preparedPath)
        try requireSameSeries(store: store, pipeline: pipeline, path: options.preparedPath)
        progress("precompute: features and regimes of \(pipeline.symbol) \(pipeline.timeframe.rawValue)")
        let timeline = try TimelineInputs.timeline(store: store, pipeline: pipeline)
        let pricing = SnapshotPricing(timeline: timeline, pricer: try TimelineInputs.pricer(pipeline: pipeline))
        let snapshots = Array(timeline.schedule.timestamps.indices)
        progress("precompute: pricing \(snapshots.count) chain snapshots (\(options.jobs) at a time)")
        let chains = try SnapshotBatchPricer.price(
            snapshots: snapshots, storePath: options.preparedPath, pricing: pricing, jobs: options.jobs)
        let inputs = try store.files().map { (partition: $0.path, fingerprint: $0.fingerprint) }
        let meta = ArtifactMeta(pipeline: pipeline, gitCommit: Provenance.gitCommit, inputs: inputs)
        let content = ArtifactContent(meta: meta, timeline: timeline, chains: chains)
        progress("precompute: writing \(options.outputPath)")
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: options.outputPath).deletingLastPathComponent(), withIntermediateDirectories: true)
        try ArtifactWriter.write(content, to: URL(fileURLWithPath: options.outputPath))
        return Summary(
            bars: timeline.bars.count, snapshots: snapshots.count, quotes: content.quotes.count,
            seconds: Date().timeIntervalSince(started))
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
