import ArgumentParser
import Foundation
import MidasCore
import MidasReport

/// `midas compare DIR_A DIR_B [--tolerance X]`: prints the first divergence of every differing file.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two run outputs; exit 0 when identical, 1 when they differ.",
        discussion: """
            Compares the variant sets, then every file except manifest.json and report.html: CSV files \
            row by row and field by field, JSON files structurally. Prints the first divergence of each \
            differing file and a summary line.
            """
    )

    @Argument(help: "The first run output folder (A).")
    var first: String

    @Argument(help: "The second run output folder (B).")
    var second: String

    @Option(
        help: ArgumentHelp(
            "Numbers a and b are equal when |a - b| <= X * max(1, |a|, |b|); 0 means exact.", valueName: "X"))
    var tolerance: Double = 0

    func run() throws {
        guard tolerance.isFinite, tolerance >= 0 else {
            throw InputError(.badValue, file: "--tolerance", detail: "\(tolerance) is not a finite number >= 0")
        }
        let comparison = try RunComparison(
            first: URL(fileURLWithPath: first), second: URL(fileURLWithPath: second),
            tolerance: Tolerance(relative: tolerance))
        for difference in comparison.differences {
            print(difference)
        }
        print(comparison.isIdentical ? "identical: \(comparison.summary)" : comparison.summary)
        if !comparison.isIdentical { throw ExitCode(1) }
    }
}
