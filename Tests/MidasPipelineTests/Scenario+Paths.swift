import Foundation
import MidasBacktest
import MidasPipeline

extension Scenario {
    /// Precomputes the scenario's artifact into its folder.
    func precompute() throws -> URL {
        let artifact = folder.appendingPathComponent("artifact.sqlite")
        _ = try PrecomputeStage.execute(
            PrecomputeOptions(
                preparedPath: prepared.path, pipelinePath: pipeline.path, outputPath: artifact.path, jobs: 2))
        return artifact
    }

    /// Runs the pipeline dynamically and from `artifact` into `dynamic/` and `precomputed/`; returns
    /// the dynamic results and both folders.
    func runBothPaths(artifact: URL) async throws -> (results: [VariantResult], dynamic: URL, precomputed: URL) {
        let dynamicOut = folder.appendingPathComponent("dynamic")
        let artifactOut = folder.appendingPathComponent("precomputed")
        let results = try await RunStage.execute(
            RunOptions(
                provider: .dynamic(preparedPath: prepared.path), pipelinePath: pipeline.path,
                outputPath: dynamicOut.path, jobs: 2))
        _ = try await RunStage.execute(
            RunOptions(
                provider: .artifact(path: artifact.path, allowStale: false), pipelinePath: pipeline.path,
                outputPath: artifactOut.path, jobs: 2))
        return (results, dynamicOut, artifactOut)
    }
}
