import Foundation
import Testing

struct ReportCommandTests {
    @Test func writesTheReportOrExitsTwoForAMissingFolder() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("MidasCLITests-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = root.appendingPathComponent("run")
        let files = [
            "manifest.json": "{\"pipeline\":\"demo.yaml\",\"source\":\"dynamic\"}\n",
            "summary.csv": "variant,strategy,total_return\nic,iron_condor,0.01\n",
            "ic/equity.csv": "timestamp,equity,drawdown\n2024-01-02T15:30:00+05:30,1010000,0\n",
            "ic/trades.csv": "trade_id,pnl,exit_reason\n",
            "ic/decisions.csv": "timestamp,regime\n2024-01-02T15:30:00+05:30,range\n",
            "ic/metrics.json":
                "{\"total_return\":0.01,\"by_regime\":{\"range\":{\"bars\":1,\"trades\":0,\"pnl\":0}}}\n",
        ]
        for (path, text) in files {
            let url = run.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        let written = try CLI.run(["report", run.path])
        #expect(written.status == 0)
        #expect(written.stdout == run.appendingPathComponent("report.html").path + "\n")
        let html = try String(contentsOf: run.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<strong>ic</strong>"))

        let missing = try CLI.run(["report", root.appendingPathComponent("absent").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("absent"))
    }
}
