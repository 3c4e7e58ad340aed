import Foundation
import MidasData
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `kill -9` at any moment of a prepare or a precompute leaves the previous file byte-identical,
/// and a second writer of the same file is refused while the first holds its lock.
@Suite(.serialized)
struct FaultTests {
    /// Half a year of generated NIFTY data, prepared and precomputed once.
    struct Workspace {
        let folder: URL
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        var store: String { path("NIFTY-1d.sqlite") }
        var artifact: String { path("nifty.sqlite") }

        init() throws {
            folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("midas-faults-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, rate) in [("pipeline.yaml", "0.065"), ("other-rate.yaml", "0.07")] {
                let text = """
                    symbol: NIFTY
                    timeframe: 1d
                    range: {from: 2024-02-01, to: 2024-06-28}
                    warmup_days: 5
                    regime:
                      windows: {fast_ma: 5, slow_ma: 10, slope: 3, realised_vol: 10, vix_percentile: 20,
                                fii_flow: 10, usdinr: 10, range: 10}
                    context: {rate: \(rate), dividend_yield: 0.012, max_chain_age: 1d}
                    execution: {capital: 1000000}
                    variants:
                      - {id: ic, strategy: iron_condor, params: {short_delta: 0.16, wing_width: 200}}
                    """
                try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            }
            try Self.require(
                [
                    "generate", "--symbol", "NIFTY", "--from", "2024-01-01", "--to", "2024-06-28", "--seed", "5",
                    "--out", path("raw"),
                ])
            try Self.require(prepareArguments(full: false))
            try Self.require(precomputeArguments(pipeline: "pipeline.yaml", full: false))
        }

        func prepareArguments(full: Bool) -> [String] {
            ["prepare", "--raw", path("raw"), "--symbol", "NIFTY", "--out", store, "--quiet"] + (full ? ["--full"] : [])
        }

        func precomputeArguments(pipeline: String, full: Bool) -> [String] {
            ["precompute", "--prepared", store, "--pipeline", path(pipeline), "--out", artifact, "--quiet"]
                + (full ? ["--full"] : [])
        }

        static func require(_ arguments: [String]) throws {
            let result = try CLI.run(arguments)
            try #require(result.status == 0, "\(arguments[0]): \(result.stderr)")
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// Starts `midas` with its output discarded.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CLI.productsDirectory.appendingPathComponent("midas")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Whether process `pid` holds a `flock` lock (Linux's /proc/locks: `1: FLOCK  ADVISORY  WRITE 4242 …`).
    static func holdsFlock(_ pid: Int32) -> Bool {
        guard let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return false }
        return table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            return fields.count > 4 && fields[1] == "FLOCK" && fields[4] == "\(pid)"
        }
    }

    /// How long `arguments` take to run to completion (their output file is changed).
    static func duration(_ arguments: [String]) throws -> Double {
        let started = Date()
        try Workspace.require(arguments)
        return Date().timeIntervalSince(started)
    }

    /// Runs `arguments` `kills` times, each killed with SIGKILL at a growing fraction of `duration`,
    /// and checks after each that `file` still has the bytes it had; returns how many were killed mid-run.
    /// With `beforeChecking`, the artifact there is first compared with its copy `<artifact>.saved` by
    /// `midas compare --artifacts`, a reader that must see the previous content (rolling back an
    /// interrupted in-place update).
    static func killRepeatedly(
        _ arguments: [String], duration: Double, file: String, kills: Int = 5, beforeChecking artifact: String? = nil
    ) throws -> Int {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let before = Fingerprint(of: [UInt8](bytes))
        var killed = 0
        for step in 0..<kills {
            let process = try start(arguments)
            Thread.sleep(forTimeInterval: 0.8 * duration * (Double(step) + 0.5) / Double(kills))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard process.terminationReason == .uncaughtSignal else {
                // It finished first (the machine was busier when it was timed): put the previous file back.
                try bytes.write(to: URL(fileURLWithPath: file))
                continue
            }
            killed += 1
            if let artifact {
                let comparison = try CLI.run(["compare", "--artifacts", artifact, artifact + ".saved"])
                #expect(comparison.status == 0, "step \(step): \(comparison.stdout) \(comparison.stderr)")
            }
            let after = try Fingerprint(of: [UInt8](Data(contentsOf: URL(fileURLWithPath: file))))
            #expect(after == before, "step \(step): \(arguments[0]) killed at \(step) left a changed \(file)")
        }
        return killed
    }

    @Test func killedBuildsLeaveThePreviousFilesAndLocksRefuseASecondWriter() throws {
        let work = try Workspace()
        defer { work.remove() }

        // Precompute under another rate: a full re-pricing whose result differs from the file on disk.
        let otherRate = work.precomputeArguments(pipeline: "other-rate.yaml", full: true)
        let saved = work.path("saved.sqlite")
        try FileManager.default.copyItem(atPath: work.artifact, toPath: saved)
        let precomputeTime = try Self.duration(otherRate)
        try FileManager.default.removeItem(atPath: work.artifact)
        try FileManager.default.copyItem(atPath: saved, toPath: work.artifact)
        let killedPrecomputes = try Self.killRepeatedly(otherRate, duration: precomputeTime, file: work.artifact)
        #expect(killedPrecomputes >= 3)
        #expect(try CLI.run(["compare", "--artifacts", work.artifact, saved]).status == 0)

        // An incremental precompute after one corrected chain day, killed likewise.
        let day = work.folder.appendingPathComponent("raw/NIFTY/chain/2024-03-15.csv")
        let text = try String(contentsOf: day, encoding: .utf8)
        // One more digit on every row's last field, the underlying.
        let edited = text.split(separator: "\n").map { $0.hasPrefix("timestamp") ? String($0) : $0 + "1" }
        try Data((edited.joined(separator: "\n") + "\n").utf8).write(to: day)
        try Workspace.require(work.prepareArguments(full: false))
        let incremental = work.precomputeArguments(pipeline: "pipeline.yaml", full: false)
        let incrementalSaved = work.artifact + ".saved"
        try FileManager.default.copyItem(atPath: work.artifact, toPath: incrementalSaved)
        let incrementalTime = try Self.duration(incremental)
        try FileManager.default.removeItem(atPath: work.artifact)
        try FileManager.default.copyItem(atPath: incrementalSaved, toPath: work.artifact)
        // It updates the artifact in place in one SQLite transaction: a kill during the commit leaves a hot
        // journal, which the next reader rolls back before anything is read.
        let killedUpdates = try Self.killRepeatedly(
            incremental, duration: incrementalTime, file: work.artifact, beforeChecking: work.artifact)
        #expect(killedUpdates >= 3)

        // A full prepare, killed likewise.
        let prepareTime = try Self.duration(work.prepareArguments(full: true))
        #expect(
            try Self.killRepeatedly(work.prepareArguments(full: true), duration: prepareTime, file: work.store) >= 3)

        // The next run cleans up what the killed ones left beside the files.
        try Workspace.require(work.prepareArguments(full: false))
        try Workspace.require(incremental)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.folder.path).filter {
            $0.hasSuffix(".tmp") || $0.contains(".tmp-")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")

        // A second precompute of the same artifact while the first holds its lock: exit 70, a clear message.
        let first = try Self.start(otherRate)
        defer { first.waitUntilExit() }
        var held = false
        for _ in 0..<2000 where !held {
            held = Self.holdsFlock(first.processIdentifier)
            if !held { Thread.sleep(forTimeInterval: 0.005) }
        }
        try #require(held, "the first precompute never took its lock")
        let second = try CLI.run(otherRate)
        #expect(second.status == 70)
        #expect(second.stderr.contains("another midas is writing \(work.artifact)"), "\(second.stderr)")
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
    }
}
