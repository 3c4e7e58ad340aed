import Foundation
import MidasBacktest
import MidasCore
import MidasData
import Testing

/// The pipelines shipped in `pipelines/` decode, and the demo's two share one artifact.
struct ShippedPipelinesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("pipelines")

    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func everyShippedPipelineDecodesWithItsStrategiesAndExecution() throws {
        #expect(Self.files.count >= 2)
        for file in Self.files {
            let pipeline = try Pipeline.load(path: file.path)
            _ = try ExecutionSettings(node: pipeline.execution)
            _ = try MarkSettings(node: pipeline.context.mark)
            for (index, variant) in pipeline.variants.enumerated() {
                _ = try StrategyFactory.make(
                    name: variant.strategy, params: variant.params, strategyPath: "variants[\(index)].strategy")
            }
        }
    }

    @Test func theDemoPipelinesShareOneArtifact() throws {
        let daily = try Pipeline.load(path: Self.folder.appendingPathComponent("nifty-daily.yaml").path)
        let strategies = try Pipeline.load(path: Self.folder.appendingPathComponent("nifty-strategies.yaml").path)
        #expect(daily.artifactSettingsFingerprint == strategies.artifactSettingsFingerprint)
    }
}
