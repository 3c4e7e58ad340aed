import Foundation
import MidasBacktest
import MidasCore
import MidasData
import MidasReport

/// `midas run`: every variant of a pipeline (or one ad-hoc variant) over the artifact or the
/// dynamic path, and with `--walk-forward` the stitched out-of-sample variant `walk_forward`
/// after them, written as one output folder swapped into place.
public enum RunStage {
    /// Runs and writes the outputs; returns the results in variant order (`walk_forward` last).
    public static func execute(_ options: RunOptions) async throws -> [VariantResult] {
        let pipeline = try Pipeline.load(path: options.pipelinePath)
        let variants: [Variant]
        if let strategy = options.strategy {
            variants = [try Variant.adHoc(strategy: strategy, assignments: options.parameters)]
        } else {
            variants = pipeline.variants
        }
        if options.walkForward != nil, variants.contains(where: { $0.id == WalkForwardStitcher.variantID }) {
            throw InputError(
                .duplicate, file: pipeline.file, field: "variants",
                detail: "the id '\(WalkForwardStitcher.variantID)' is the walk-forward's own; rename the variant")
        }
        let provider = try ContextProvider.open(options, pipeline: pipeline)
        // The walk-forward's windows are checked before anything runs.
        let plan = try options.walkForward.map {
            try WalkForwardPlan(
                spec: $0.spec, tradingDays: WalkForwardPlan.tradingDays(of: provider.timeline.windowBars))
        }
        let runner = VariantRunner(pipeline: pipeline, jobs: options.jobs)
        var results = try await runner.run(variants) { try provider.makeSource(provider.timeline) }
        var fields = [
            "symbol": pipeline.symbol, "timeframe": pipeline.timeframe.rawValue,
            "range": "\(pipeline.range.lowerBound)..\(pipeline.range.upperBound)",
            "settings_fingerprint": pipeline.artifactSettingsFingerprint.hex,
            "run_fingerprint": pipeline.runFingerprint.hex,
        ]
        if let walkForward = options.walkForward, let plan {
            results.append(
                try await WalkForwardRun.run(
                    plan, metric: walkForward.metric, variants: variants, runner: runner, provider: provider))
            fields["walk_forward"] = "\(walkForward.spec) select=\(walkForward.metric)"
        }
        let manifest = RunManifest(
            pipeline: options.pipelinePath, source: provider.source,
            variants: results.map { RunManifest.Variant(id: $0.variant, strategy: $0.strategy) }, fields: fields)
        try OutputFolder.build(at: URL(fileURLWithPath: options.outputPath)) { folder in
            try RunOutput.write(results, manifest: manifest, to: folder)
            try ReportPage.write(runFolder: folder)
        }
        return results
    }
}
