import ArgumentParser
import Foundation
import MidasCore
import MidasData
import MidasReport

/// `midas compare DIR_A DIR_B [--tolerance X]`: prints the first divergence of every differing file;
/// `midas compare --artifacts A B`: the first divergence of each of two artifacts' views.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two run outputs (or two artifacts); exit 0 when identical, 1 when they differ.",
        discussion: """
            Compares the variant sets, then every file except manifest.json and report.html: CSV files \
            row by row and field by field, JSON files structurally. Prints the first divergence of each \
            differing file and a summary line. With --artifacts, compares two artifacts' logical content, \
            the views bar_context_v and chain_quotes_v row by row and column by column (exactly; the \
            files' bytes may differ), printing each view's first divergence.
            """
    )

    @Argument(help: "The first run output folder (A), or artifact with --artifacts.")
    var first: String

    @Argument(help: "The second run output folder (B), or artifact with --artifacts.")
    var second: String

    @Flag(help: "Compare two artifacts' views bar_context_v and chain_quotes_v instead of run outputs.")
    var artifacts = false

    @Option(
        help: ArgumentHelp(
            "Numbers a and b are equal when |a - b| <= X * max(1, |a|, |b|); 0 means exact.", valueName: "X"))
    var tolerance: Double = 0

    func run() throws {
        guard tolerance.isFinite, tolerance >= 0 else {
            throw InputError(.badValue, file: "--tolerance", detail: "\(tolerance) is not a finite number >= 0")
        }
        if artifacts { return try compareArtifacts() }
        let comparison = try RunComparison(
            first: URL(fileURLWithPath: first), second: URL(fileURLWithPath: second),
            tolerance: Tolerance(relative: tolerance))
        for difference in comparison.differences {
            print(difference)
        }
        print(comparison.isIdentical ? "identical: \(comparison.summary)" : comparison.summary)
        if !comparison.isIdentical { throw ExitCode(1) }
    }

    private func compareArtifacts() throws {
        guard tolerance == 0 else {
            throw InputError(.badValue, file: "--tolerance", detail: "artifacts are compared exactly; drop --tolerance")
        }
        let comparison = try ArtifactComparison(first: first, second: second)
        for difference in comparison.differences {
            print(difference)
        }
        print(comparison.isIdentical ? "identical: \(comparison.summary)" : comparison.summary)
        if !comparison.isIdentical { throw ExitCode(1) }
    }
}
