import ArgumentParser
import MidasCore
import MidasPipeline

/// `midas precompute`: compute every bar's context once and write the artifact.
struct PrecomputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precompute",
        abstract: "Build the precompute artifact (SQLite) of a pipeline from a prepared store.",
        discussion: """
            Computes features, regimes, the bar → chain-timestamp map, and every chain snapshot's marks, \
            implied volatilities and greeks, and writes them into one SQLite file. Incremental (the default): \
            when the artifact at --out was built under the same versions and context settings, the chains of \
            snapshots whose raw chain file and spot are unchanged are kept, the rest priced, features and \
            regimes recomputed, and the artifact updated in place in one SQLite transaction (a crash rolls it \
            back). Otherwise, or with --full, a new file is written aside and renamed into place. Either way a \
            failure leaves the previous artifact as it was. A second precompute of the same artifact at once \
            fails (exit 70): it holds <out>.lock.
            """)

    @Option(help: "The prepared store.")
    var prepared: String

    @Option(help: "The pipeline file.")
    var pipeline: String

    @Option(name: .customLong("out"), help: "The artifact to write.")
    var output: String

    @Flag(help: "Rebuild everything.")
    var full = false

    @Option(help: "Snapshots priced at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "No progress lines on stderr.")
    var quiet = false

    func run() throws {
        if let jobs, jobs < 1 { throw InputError(.badValue, file: "--jobs", detail: "\(jobs), expected at least 1") }
        var options = PrecomputeOptions(
            preparedPath: prepared, pipelinePath: pipeline, outputPath: output, isFull: full)
        if let jobs { options.jobs = jobs }
        let summary = try PrecomputeStage.execute(options) { Console.progress($0, quiet: quiet) }
        print(summary.lines.joined(separator: "\n"))
    }
}
