import Foundation
import MidasCore
import MidasData
import MidasPipeline
import MidasReport
import Testing

/// The dynamic and the precomputed path must give byte-identical run outputs (SPEC.md "Parity").
@Suite(.serialized)
struct ParityTests {
    @Test func precomputedAndDynamicRunsAreByteIdentical() async throws {
        let scenario = try Scenario.make(seed: 5)
        defer { scenario.remove() }
        let artifact = try scenario.precompute()

        // Layer 1: every bar's context, bit for bit.
        let pipeline = try Pipeline.load(path: scenario.pipeline.path)
        let store = try PreparedStore(path: scenario.prepared.path)
        let dynamic = DynamicContextSource(
            store: store, timeline: try TimelineInputs.timeline(store: store, pipeline: pipeline),
            pricer: try TimelineInputs.pricer(pipeline: pipeline))
        let precomputed = ArtifactContextSource(content: try ArtifactReader.load(path: artifact.path))
        let contextDifference = try ContextParity.firstDifference(dynamic, precomputed)
        #expect(contextDifference == nil, "first differing context: \(contextDifference ?? "")")

        // Layer 2: the run outputs, byte for byte.
        let (dynamicResults, dynamicOut, artifactOut) = try await scenario.runBothPaths(artifact: artifact)
        #expect(dynamicResults.contains { !$0.trades.isEmpty }, "parity of runs that trade")
        let comparison = try RunComparison(first: dynamicOut, second: artifactOut)
        #expect(comparison.isIdentical, "\(comparison.differences.first?.description ?? "")")
        #expect(comparison.filesCompared == 1 + 2 * RunComparison.variantFiles.count)
    }

    @Test func narrowedWindowsAgreeToo() async throws {
        let scenario = try Scenario.make(seed: 6)
        defer { scenario.remove() }
        let artifact = try scenario.precompute()
        var outputs: [URL] = []
        for (name, provider) in [
            ("dynamic", RunOptions.Provider.dynamic(preparedPath: scenario.prepared.path)),
            ("precomputed", .artifact(path: artifact.path, allowStale: false)),
        ] {
            let out = scenario.folder.appendingPathComponent(name)
            let results = try await RunStage.execute(
                RunOptions(
                    provider: provider, pipelinePath: scenario.pipeline.path, outputPath: out.path,
                    from: Day(iso: "2024-04-01"), to: Day(iso: "2024-04-30"), strategy: "iron_condor",
                    parameters: ["short_delta=0.2", "wing_width=100", "entry_dte={min: 1, max: 10}"], jobs: 1))
            #expect(results.count == 1)
            #expect(results[0].equity.first?.timestamp.istDay == Day(iso: "2024-04-01"))
            #expect(results[0].equity.last?.timestamp.istDay == Day(iso: "2024-04-30"))
            outputs.append(out)
        }
        let comparison = try RunComparison(first: outputs[0], second: outputs[1])
        #expect(comparison.isIdentical, "\(comparison.differences.first?.description ?? "")")
    }
}
