import ArgumentParser
import MidasCore
import MidasData

/// `midas inspect`: what a prepared store (or another Midas file) holds.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a prepared store holds: symbol, ranges, row counts, input fingerprints.")

    @Argument(help: "The file to inspect.")
    var file: String

    @Flag(help: "Print JSON (sorted keys) instead of text.")
    var json = false

    func run() throws {
        switch try StoreKind.detect(path: file) {
        case .prepared:
            let description = try PreparedStoreDescription(path: file)
            print(json ? description.json : description.lines.joined(separator: "\n"))
        }
    }
}
