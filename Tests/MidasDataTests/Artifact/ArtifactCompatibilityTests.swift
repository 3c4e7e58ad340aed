import Foundation
import MidasCore
import Testing

@testable import MidasData

struct ArtifactCompatibilityTests {
    private func edited(_ old: String, _ new: String) -> String {
        precondition(ArtifactFixture.pipelineYAML.contains(old), "the fixture pipeline has \(old)")
        return ArtifactFixture.pipelineYAML.replacingOccurrences(of: old, with: new)
    }

    @Test func aFreshArtifactIsCurrent() throws {
        let compatibility = ArtifactCompatibility(
            meta: try ArtifactFixture.meta(), pipeline: try ArtifactFixture.pipeline())
        #expect(compatibility.isCurrent)
        try compatibility.requireCurrent(artifact: "a.sqlite")
    }

    @Test(arguments: [
        ("capital: 1000000", "capital: 2000000"),
        ("fill_at: same_bar", "fill_at: next_bar"),
        ("short_delta: 0.16", "short_delta: 0.2"),
        ("id: ic", "id: condor"),
    ])
    func executionAndVariantChangesNeverMakeItStale(old: String, new: String) throws {
        let pipeline = try ArtifactFixture.pipeline(edited(old, new))
        let compatibility = ArtifactCompatibility(meta: try ArtifactFixture.meta(), pipeline: pipeline)
        #expect(compatibility.causes.isEmpty)
    }

    @Test(arguments: [
        ("symbol: NIFTY", "symbol: BANKNIFTY", StaleCause.symbol(artifact: "NIFTY", pipeline: "BANKNIFTY")),
        ("timeframe: 1d", "timeframe: 15m", StaleCause.timeframe(artifact: .daily, pipeline: .fifteenMinutes)),
        ("warmup_days: 2", "warmup_days: 3", StaleCause.warmupDays(artifact: 2, pipeline: 3)),
        ("slope_exit: 0.004", "slope_exit: 0.005", StaleCause.regimeSettings),
        ("rate: 0.065", "rate: 0.07", StaleCause.contextSettings),
        (
            "to: 2024-01-12", "to: 2024-01-19",
            StaleCause.range(
                artifact: Day(year: 2024, month: 1, day: 3)!...Day(year: 2024, month: 1, day: 12)!,
                pipeline: Day(year: 2024, month: 1, day: 3)!...Day(year: 2024, month: 1, day: 19)!)
        ),
    ])
    func eachSettingChangeIsNamedAndRefusedWithExitCode3(old: String, new: String, cause: StaleCause) throws {
        let pipeline = try ArtifactFixture.pipeline(edited(old, new))
        let compatibility = ArtifactCompatibility(meta: try ArtifactFixture.meta(), pipeline: pipeline)
        #expect(compatibility.causes == [cause])
        let error = try #require(throws: StaleArtifactError.self) {
            try compatibility.requireCurrent(artifact: "data/a.sqlite", prepared: "p.sqlite", pipeline: "q.yaml")
        }
        #expect(error.kind == .stale)
        #expect(error.kind.exitCode == 3)
        #expect(
            error.description
                == "artifact data/a.sqlite is stale: \(cause); rebuild it with: midas precompute --prepared p.sqlite "
                + "--pipeline q.yaml --out data/a.sqlite --full (or pass --allow-stale to use it anyway)")
    }

    @Test func versionChangesAreStaleAndRebuildEverything() throws {
        var meta = try ArtifactFixture.meta()
        meta.schemaVersion = Versions.artifactSchema + 1
        meta.contextVersion = Versions.context + 1
        let compatibility = ArtifactCompatibility(meta: meta, pipeline: try ArtifactFixture.pipeline())
        #expect(
            compatibility.causes == [
                .schemaVersion(artifact: Versions.artifactSchema + 1, current: Versions.artifactSchema),
                .contextVersion(artifact: Versions.context + 1, current: Versions.context),
            ])
        #expect(compatibility.rebuildsEverything && compatibility.barsAreStale && compatibility.chainsAreStale)
        let error = try #require(throws: StaleArtifactError.self) { try compatibility.requireCurrent(artifact: "a") }
        #expect(error.description.contains("context version is \(Versions.context + 1), this midas computes"))
        #expect(error.description.contains("--prepared PREPARED --pipeline PIPELINE --out a --full"))
    }

    @Test func aSettingsFingerprintAloneIsStaleToo() throws {
        var meta = try ArtifactFixture.meta()
        meta.settingsFingerprint = Fingerprint(ofText: "older scheme")
        let compatibility = ArtifactCompatibility(meta: meta, pipeline: try ArtifactFixture.pipeline())
        #expect(compatibility.causes.count == 1)
        #expect(compatibility.rebuildsEverything)
    }

    @Test func finerReportSeparatesRegimeContextAndInputs() throws {
        let meta = try ArtifactFixture.meta()
        let regime = ArtifactCompatibility(
            meta: meta, pipeline: try ArtifactFixture.pipeline(edited("slope_exit: 0.004", "slope_exit: 0.005")))
        #expect(regime.barsAreStale && !regime.chainsAreStale && !regime.rebuildsEverything)
        let context = ArtifactCompatibility(
            meta: meta, pipeline: try ArtifactFixture.pipeline(edited("rate: 0.065", "rate: 0.07")))
        #expect(!context.barsAreStale && context.chainsAreStale && !context.rebuildsEverything)

        let inputs = [
            InputFingerprint(partition: "bars_1d.csv", fingerprint: Fingerprint(ofText: "bars")),
            InputFingerprint(partition: "chain/2024-01-04", fingerprint: Fingerprint(ofText: "day 4 fixed")),
            InputFingerprint(partition: "chain/2024-01-05", fingerprint: Fingerprint(ofText: "day 5")),
        ]
        let changed = ArtifactCompatibility(meta: meta, pipeline: try ArtifactFixture.pipeline(), inputs: inputs)
        #expect(changed.isCurrent)
        #expect(changed.changedInputs == ["chain/2024-01-04", "chain/2024-01-05"])
        let gone = ArtifactCompatibility(meta: meta, pipeline: try ArtifactFixture.pipeline(), inputs: [inputs[0]])
        #expect(gone.changedInputs == ["chain/2024-01-04"])
    }
}
