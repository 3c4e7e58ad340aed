import ArgumentParser
import Foundation
import MidasReport

/// `midas report DIR`: (re)writes `DIR/report.html` from the run folder's files.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write DIR/report.html, a self-contained page of a run's charts and tables.",
        discussion: """
            Reads manifest.json, summary.csv and every variant's equity.csv, trades.csv, decisions.csv and \
            metrics.json, and writes one HTML file with inline SVG charts: no network access, no script \
            needed to read it.
            """
    )

    @Argument(help: "The run output folder.")
    var folder: String

    func run() throws {
        let url = try ReportPage.write(runFolder: URL(fileURLWithPath: folder))
        print(url.path)
    }
}
