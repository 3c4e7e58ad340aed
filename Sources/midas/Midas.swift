import ArgumentParser
import MidasCore

/// The `midas` command: the root of the subcommands, one file each under `Commands/`.
struct Midas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "midas",
        abstract: "Backtest index-option strategies over option-chain data.",
        version: """
            midas \(Versions.midas) (artifact schema \(Versions.artifactSchema), \
            prepared schema \(Versions.preparedSchema), context \(Versions.context))
            """,
        subcommands: [
            GenerateCommand.self,
            PrepareCommand.self,
            PrecomputeCommand.self,
            RunCommand.self,
            CompareCommand.self,
            InspectCommand.self,
            IVCommand.self,
            ReportCommand.self,
        ]
    )
}
