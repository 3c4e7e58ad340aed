import Foundation
import Testing

/// `midas precompute` and `midas run --artifact` end to end on the built binary: staleness is
/// refused with exit 3 for each cause and never for execution or variant changes.
@Suite(.serialized)
struct ArtifactRunCommandTests {
    static let pipeline = """
        symbol: NIFTY
        timeframe: 1d
        range: {from: 2024-02-01, to: 2024-03-28}
        regime:
          windows: {fast_ma: 5, slow_ma: 10, slope: 3, realised_vol: 10, vix_percentile: 20,
                    fii_flow: 10, usdinr: 10, range: 10}
        context: {rate: 0.065, dividend_yield: 0.012}
        execution: {capital: 1000000}
        variants:
          - id: ic
            strategy: iron_condor
            params: {short_delta: 0.16, wing_width: 100, entry_dte: {min: 1, max: 12}}
        """

    /// Generates, prepares and precomputes a tiny data set; returns its folder.
    static func makeArtifact() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "midas-artifact-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(pipeline, to: folder.appendingPathComponent("p.yaml"))
        let steps: [[String]] = [
            [
                "generate", "--symbol", "NIFTY", "--from", "2024-01-01", "--to", "2024-03-28", "--weeklies", "2",
                "--monthlies", "1", "--strike-band", "0.04", "--out", folder.appendingPathComponent("raw").path,
                "--quiet",
            ],
            [
                "prepare", "--raw", folder.appendingPathComponent("raw").path, "--symbol", "NIFTY", "--out",
                folder.appendingPathComponent("p.sqlite").path, "--quiet",
            ],
            [
                "precompute", "--prepared", folder.appendingPathComponent("p.sqlite").path, "--pipeline",
                folder.appendingPathComponent("p.yaml").path, "--out", folder.appendingPathComponent("a.sqlite").path,
                "--quiet",
            ],
        ]
        for step in steps {
            let result = try CLI.run(step)
            #expect(result.status == 0, "\(step[0]): \(result.stderr)")
        }
        return folder
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    static func run(_ folder: URL, pipeline: String, extra: [String] = []) throws -> CLI.Result {
        let file = folder.appendingPathComponent("variant.yaml")
        try write(pipeline, to: file)
        return try CLI.run(
            [
                "run", "--artifact", folder.appendingPathComponent("a.sqlite").path, "--pipeline", file.path, "--out",
                folder.appendingPathComponent("out").path, "--quiet",
            ] + extra)
    }

    @Test func refusesAStaleArtifactForEachCauseButNotForExecutionOrVariants() throws {
        let folder = try Self.makeArtifact()
        defer { try? FileManager.default.removeItem(at: folder) }

        #expect(try Self.run(folder, pipeline: Self.pipeline).status == 0)
        let unaffected = [
            Self.pipeline.replacingOccurrences(of: "capital: 1000000", with: "capital: 500000, fill_at: next_bar"),
            Self.pipeline.replacingOccurrences(of: "wing_width: 100", with: "wing_width: 200"),
        ]
        for text in unaffected {
            let result = try Self.run(folder, pipeline: text)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let stale: [(String, String)] = [
            (Self.pipeline.replacingOccurrences(of: "slow_ma: 10", with: "slow_ma: 12"), "regime"),
            (Self.pipeline.replacingOccurrences(of: "rate: 0.065", with: "rate: 0.07"), "context"),
            (Self.pipeline.replacingOccurrences(of: "to: 2024-03-28", with: "to: 2024-03-27"), "range"),
            (Self.pipeline.replacingOccurrences(of: "timeframe: 1d", with: "timeframe: 15m"), "timeframe"),
        ]
        for (text, cause) in stale {
            let result = try Self.run(folder, pipeline: text)
            #expect(result.status == 3, "\(cause): exit \(result.status)")
            #expect(result.stderr.contains(cause), "\(cause): \(result.stderr)")
            #expect(result.stderr.contains("midas precompute"), "names the rebuild command")
        }
        let forced = try Self.run(
            folder, pipeline: Self.pipeline.replacingOccurrences(of: "slow_ma: 10", with: "slow_ma: 12"),
            extra: ["--allow-stale"])
        #expect(forced.status == 0, "\(forced.stderr)")
    }

    @Test func inspectSaysWhetherTheArtifactIsStale() throws {
        let folder = try Self.makeArtifact()
        defer { try? FileManager.default.removeItem(at: folder) }
        let artifact = folder.appendingPathComponent("a.sqlite").path
        let current = try CLI.run([
            "inspect", artifact, "--pipeline", folder.appendingPathComponent("p.yaml").path, "--prepared",
            folder.appendingPathComponent("p.sqlite").path,
        ])
        #expect(current.status == 0)
        #expect(current.stdout.contains("stale: no"))
        let changed = folder.appendingPathComponent("changed.yaml")
        try Self.write(Self.pipeline.replacingOccurrences(of: "rate: 0.065", with: "rate: 0.07"), to: changed)
        let stale = try CLI.run(["inspect", artifact, "--pipeline", changed.path])
        #expect(stale.stdout.contains("stale: yes"))
        #expect(stale.stdout.contains("context settings differ"))
    }
}
