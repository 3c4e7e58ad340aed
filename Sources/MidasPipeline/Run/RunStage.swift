import Foundation
import MidasBacktest
import MidasCore
import MidasData
import MidasReport

/// `midas run`: every variant of a pipeline (or one ad-hoc variant) over the artifact or the
/// dynamic path, written as one output folder swapped into place.
public enum RunStage {
    /// Runs and writes the outputs; returns the results in variant order.
    public static func execute(_ options: RunOptions) async throws -> [VariantResult] {
        let pipeline = try Pipeline.load(path: options.pipelinePath)
        let variants: [Variant]
        if let strategy = options.strategy {
            variants = [try Variant.adHoc(strategy: strategy, assignments: options.parameters)]
        } else {
            variants = pipeline.variants
        }
        let runner = VariantRunner(pipeline: pipeline, jobs: options.jobs)
        let results: [VariantResult]
        let source: String
        switch options.provider {
        case .dynamic(let preparedPath):
            let store = try PreparedStore(path: preparedPath)
            let timeline = try narrow(TimelineInputs.timeline(store: store, pipeline: pipeline), options, pipeline)
            let pricer = try TimelineInputs.pricer(pipeline: pipeline)
            results = try await runner.run(variants) {
                DynamicContextSource(store: try PreparedStore(path: preparedPath), timeline: timeline, pricer: pricer)
            }
            source = "dynamic"
        case .artifact(let path, let allowStale):
            // The check reads the meta loaded with the content (one read transaction), so an in-place
            // update committed meanwhile cannot slip past it.
            let loaded = ArtifactContextSource(content: try ArtifactReader.load(path: path))
            let meta = loaded.content.meta
            if !allowStale {
                try ArtifactCompatibility(meta: meta, pipeline: pipeline).requireCurrent(
                    artifact: path, pipeline: options.pipelinePath)
            }
            let artifact = loaded.replacingTimeline(try narrow(loaded.content.timeline, options, pipeline))
            results = try await runner.run(variants) { artifact }
            source = meta.settingsFingerprint.hex
        }
        let manifest = RunManifest(
            pipeline: options.pipelinePath, source: source,
            variants: results.map { RunManifest.Variant(id: $0.variant, strategy: $0.strategy) },
            fields: [
                "symbol": pipeline.symbol, "timeframe": pipeline.timeframe.rawValue,
                "range": "\(pipeline.range.lowerBound)..\(pipeline.range.upperBound)",
                "settings_fingerprint": pipeline.artifactSettingsFingerprint.hex,
                "run_fingerprint": pipeline.runFingerprint.hex,
            ])
        try OutputFolder.build(at: URL(fileURLWithPath: options.outputPath)) { folder in
            try RunOutput.write(results, manifest: manifest, to: folder)
            try ReportPage.write(runFolder: folder)
        }
        return results
    }

    /// The timeline narrowed to `--from`/`--to`; an error when nothing of the window is left.
    static func narrow(_ timeline: BarTimeline, _ options: RunOptions, _ pipeline: Pipeline) throws -> BarTimeline {
        guard options.from != nil || options.to != nil else { return timeline }
        let from = options.from ?? pipeline.range.lowerBound
        let to = options.to ?? pipeline.range.upperBound
        guard from <= to, let narrowed = timeline.narrowed(to: from...to) else {
            throw InputError(
                .badValue, file: "--from/--to",
                detail: "\(from)..\(to) holds no bar of the pipeline's range "
                    + "\(pipeline.range.lowerBound)..\(pipeline.range.upperBound)")
        }
        return narrowed
    }
}
