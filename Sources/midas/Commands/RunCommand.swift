import ArgumentParser
import Foundation
import MidasBacktest
import MidasCore
import MidasPipeline
import MidasReport

/// `midas run`: run every variant of a pipeline over the artifact, or dynamically.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline's strategy variants and write the run outputs.",
        discussion: """
            With --artifact FILE, bar contexts are read from the precompute artifact, loaded once and shared \
            by every variant. With --no-precompute --prepared FILE, every bar's context is computed bar by bar \
            from the prepared store (the dynamic path); both give byte-identical outputs. Outputs: manifest.json, summary.csv and one folder per \
            variant (equity, fills, trades, decisions, metrics), swapped into place when complete. \
            With --walk-forward train=N,test=M[,step=K] --select METRIC, each window's training days pick \
            the best variant by METRIC, which then trades the following test days; the test parts are \
            stitched into one more variant, walk_forward, whose decisions name each window's choice.
            """)

    @Option(help: "The precompute artifact to run over.")
    var artifact: String?

    @Flag(name: .customLong("allow-stale"), help: "Run over an artifact even when it does not match the pipeline.")
    var allowStale = false

    @Flag(name: .customLong("no-precompute"), help: "Compute every bar's context dynamically from --prepared.")
    var noPrecompute = false

    @Option(help: "The prepared store (with --no-precompute).")
    var prepared: String?

    @Option(help: "The pipeline file.")
    var pipeline: String

    @Option(name: .customLong("out"), help: "The output folder.")
    var output: String

    @Option(help: "First trading day of a narrower window (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Last trading day of a narrower window (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Run one ad-hoc variant of this strategy instead of the pipeline's variants.")
    var strategy: String?

    @Option(name: .customLong("param"), help: "A parameter of the ad-hoc variant, key=value (repeatable).")
    var parameters: [String] = []

    @Option(help: "Variants run at once (default: the number of cores).")
    var jobs: Int?

    @Flag(
        name: .customLong("by-regime"), help: "After the summary, print each variant's bars, trades and P&L per regime."
    )
    var byRegime = false

    @Option(
        name: .customLong("walk-forward"),
        help:
            "Also walk forward over the variants: train=N,test=M[,step=K] in trading days (step ≥ test, default test).")
    var walkForward: String?

    @Option(help: "The metric the walk-forward picks each window's variant by (a metrics.json scalar, e.g. sharpe).")
    var select: String?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() async throws {
        let provider: RunOptions.Provider
        switch (artifact, noPrecompute, prepared) {
        case (let artifact?, false, nil):
            provider = .artifact(path: artifact, allowStale: allowStale)
        case (nil, true, let prepared?):
            provider = .dynamic(preparedPath: prepared)
        case (nil, true, nil):
            throw InputError(.badValue, file: "--prepared", detail: "--no-precompute needs --prepared FILE")
        default:
            throw InputError(
                .badValue, file: "--artifact",
                detail: "give either --artifact FILE or --no-precompute --prepared FILE")
        }
        if !parameters.isEmpty, strategy == nil {
            throw InputError(.badValue, file: "--param", detail: "--param needs --strategy NAME")
        }
        if let jobs, jobs < 1 { throw InputError(.badValue, file: "--jobs", detail: "\(jobs), expected at least 1") }
        var options = RunOptions(
            provider: provider, pipelinePath: pipeline, outputPath: output,
            from: try Self.day(from, flag: "--from"), to: try Self.day(to, flag: "--to"),
            strategy: strategy, parameters: parameters)
        if let jobs { options.jobs = jobs }
        switch (walkForward, select) {
        case (let spec?, let metric?): options.walkForward = try WalkForwardOptions(spec: spec, select: metric)
        case (nil, nil): break
        case (nil, _?): throw InputError(.badValue, file: "--select", detail: "--select needs --walk-forward SPEC")
        case (_?, nil):
            throw InputError(.badValue, file: "--walk-forward", detail: "--walk-forward needs --select METRIC")
        }
        let started = Date()
        let results = try await RunStage.execute(options) { Console.progress($0, quiet: quiet) }
        Console.progress(
            "run: \(results.count) variant(s) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s → \(output)",
            quiet: quiet)
        if !quiet { print(SummaryTable.text(results)) }
        if !quiet, byRegime { print("\n" + RegimeTable.text(results)) }
    }

    static func day(_ text: String?, flag: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text) else {
            throw InputError(.badDate, file: flag, detail: "'\(text)' is not YYYY-MM-DD")
        }
        return day
    }
}
