import ArgumentParser
import MidasCore
import MidasData
import MidasPipeline

/// `midas inspect`: what a prepared store (or another Midas file) holds.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a prepared store or an artifact holds: versions, symbol, ranges, counts, fingerprints.",
        discussion: """
            Given a pipeline file (.yaml), prints its symbol, timeframe and settings fingerprints; with \
            --field, one of them alone (symbol, timeframe, artifact_fingerprint, run_fingerprint), as make reads them.
            """)

    @Argument(help: "The file to inspect: a prepared store, an artifact or a pipeline (.yaml).")
    var file: String

    @Option(help: "For a pipeline file: print only this field.")
    var field: String?

    @Flag(help: "Print JSON (sorted keys) instead of text.")
    var json = false

    @Option(help: "With --pipeline: the prepared store to check an artifact's input fingerprints against.")
    var prepared: String?

    @Option(help: "A pipeline to check an artifact against: whether it is stale, and why.")
    var pipeline: String?

    func run() throws {
        if file.hasSuffix(".yaml") || file.hasSuffix(".yml") { return try printPipeline() }
        switch try StoreKind.detect(path: file) {
        case .prepared:
            let description = try PreparedStoreDescription(path: file)
            print(json ? description.json : description.lines.joined(separator: "\n"))
        case .artifact:
            let summary = try ArtifactReader(path: file).summary()
            print(json ? summary.json : summary.text)
            if let pipeline {
                let staleness = try ArtifactStaleness(
                    meta: summary.meta, pipelinePath: pipeline, preparedPath: prepared)
                print(json ? staleness.json : staleness.text)
            }
        }
    }

    /// The pipeline's fields, or the one asked for.
    private func printPipeline() throws {
        let pipeline = try Pipeline.load(path: file)
        let fields = [
            ("symbol", pipeline.symbol), ("timeframe", pipeline.timeframe.rawValue),
            ("artifact_fingerprint", pipeline.artifactSettingsFingerprint.hex),
            ("run_fingerprint", pipeline.runFingerprint.hex),
        ]
        guard let field else { return print(fields.map { "\($0.0): \($0.1)" }.joined(separator: "\n")) }
        guard let value = fields.first(where: { $0.0 == field })?.1 else {
            throw InputError(
                .badValue, file: "--field",
                detail: "'\(field)', expected one of \(fields.map(\.0).joined(separator: ", "))")
        }
        print(value)
    }
}
