import Foundation
import Testing

struct CompareCommandTests {
    /// Writes a minimal run folder with one variant whose fills price is `price`.
    private func writeRun(at run: URL, price: String) throws {
        let files = [
            "summary.csv": "variant,strategy,pnl\nic,iron_condor,12.5\n",
            "manifest.json": "{\"run\":\"\(run.lastPathComponent)\"}\n",
            "ic/equity.csv": "timestamp,equity\n2024-01-02T15:30:00+05:30,1000012.5\n",
            "ic/fills.csv": "timestamp,price\n2024-01-02T15:30:00+05:30,\(price)\n",
            "ic/trades.csv": "trade_id,pnl\n1,12.5\n",
            "ic/decisions.csv": "timestamp,action\n2024-01-02T15:30:00+05:30,enter\n",
            "ic/metrics.json": "{\"sharpe\":1.5}\n",
        ]
        for (path, text) in files {
            let url = run.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    @Test func exitCodesZeroForIdenticalOneForDifferentTwoForUnreadable() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("MidasCLITests-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a")
        let b = root.appendingPathComponent("b")
        let c = root.appendingPathComponent("c")
        try writeRun(at: a, price: "101.25")
        try writeRun(at: b, price: "101.25")
        try writeRun(at: c, price: "101.25000000000001")

        let identical = try CLI.run(["compare", a.path, b.path])
        #expect(identical.status == 0)
        #expect(identical.stdout == "identical: 6 files compared, 0 differing\n")

        let different = try CLI.run(["compare", a.path, c.path])
        #expect(different.status == 1)
        #expect(
            different.stdout == """
                ic/fills.csv: row 1, column price: A 101.25, B 101.25000000000001
                6 files compared, 1 differing

                """)

        let tolerated = try CLI.run(["compare", a.path, c.path, "--tolerance", "1e-12"])
        #expect(tolerated.status == 0)

        let missing = try CLI.run(["compare", a.path, root.appendingPathComponent("absent").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("absent"))
        #expect(missing.stderr.contains("missing file"))

        let negative = try CLI.run(["compare", a.path, b.path, "--tolerance=-1"])
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("--tolerance"))
    }

    @Test func helpExitsZero() throws {
        let help = try CLI.run(["compare", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: midas compare <first> <second> [--artifacts] [--tolerance <X>]"))
    }
}
