import ArgumentParser
import MidasCore
import MidasData
import MidasPipeline

/// `midas inspect`: what a prepared store (or another Midas file) holds.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a prepared store or an artifact holds: versions, symbol, ranges, counts, fingerprints.")

    @Argument(help: "The file to inspect.")
    var file: String

    @Flag(help: "Print JSON (sorted keys) instead of text.")
    var json = false

    @Option(help: "With --pipeline: the prepared store to check an artifact's input fingerprints against.")
    var prepared: String?

    @Option(help: "A pipeline to check an artifact against: whether it is stale, and why.")
    var pipeline: String?

    func run() throws {
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
}
