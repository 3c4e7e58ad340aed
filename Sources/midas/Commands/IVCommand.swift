import ArgumentParser
import Foundation
import MidasCore
import MidasData

/// `midas iv --in FILE.csv [--out FILE.csv]`: batch implied volatility and greeks.
struct IVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iv",
        abstract: "Implied volatility and greeks for every row of a CSV file.",
        discussion: """
            Input columns: underlying,strike,option_type,expiry,at,price,rate (optional dividend_yield, \
            forward). Output: the input columns, then iv,delta,gamma,theta,vega,status. Black-76 on the \
            forward (underlying*e^((rate-dividend_yield)*T) unless a forward is given), discount \
            e^(-rate*T), T in calendar days / 365 to 15:30 IST on expiry.
            """
    )

    @Option(name: .customLong("in"), help: ArgumentHelp("The input CSV file.", valueName: "FILE.csv"))
    var input: String

    @Option(
        name: .customLong("out"), help: ArgumentHelp("Write the result here instead of stdout.", valueName: "FILE.csv"))
    var output: String?

    func run() throws {
        let text = try IVBatch.run(contentsOf: URL(fileURLWithPath: input))
        if let output {
            try AtomicFile.write(text.utf8, to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
