import Foundation
import Testing

struct PrepareCommandTests {
    /// A minimal raw layout for NIFTY in a fresh folder.
    static func makeRaw() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("midas-cli-\(UUID().uuidString)")
        let nifty = root.appendingPathComponent("raw/NIFTY")
        try FileManager.default.createDirectory(
            at: nifty.appendingPathComponent("chain"), withIntermediateDirectories: true)
        let files = [
            "bars_1d.csv": "timestamp,open,high,low,close,volume\n2024-03-01,22000,22100,21950,22050,0\n",
            "vix.csv": "date,open,high,low,close\n2024-03-01,14,15,13.5,14.2\n",
            "chain/2024-03-01.csv": """
            timestamp,expiry,strike,option_type,bid,ask,last,volume,open_interest
            2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,99,100,99.5,12,210
            2024-03-01T15:30:00+05:30,2024-03-07,22000,PE,49,50,49.5,12,210

            """,
        ]
        for (path, text) in files { try Data(text.utf8).write(to: nifty.appendingPathComponent(path)) }
        return root
    }

    @Test func preparesReportsCoverageAndInspects() throws {
        let root = try Self.makeRaw()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["prepare", "--raw", "raw", "--symbol", "NIFTY", "--out", "NIFTY.sqlite"], in: root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("prepared NIFTY 1d → NIFTY.sqlite"))
        #expect(result.stdout.contains("chain: 1 days (2024-03-01 … 2024-03-01), 2 quotes"))
        #expect(result.stderr.contains("prepare: reading"))

        let again = try CLI.run(
            ["prepare", "--raw", "raw", "--symbol", "NIFTY", "--out", "NIFTY.sqlite", "--quiet"], in: root)
        #expect(again.status == 0)
        #expect(again.stdout.contains("re-read 0 changed or new files; 3 unchanged"))
        #expect(again.stderr.isEmpty)

        let inspect = try CLI.run(["inspect", "NIFTY.sqlite", "--json"], in: root)
        #expect(inspect.status == 0)
        #expect(inspect.stdout.contains("\"symbol\" : \"NIFTY\""))
        #expect(inspect.stdout.contains("\"path\" : \"chain/2024-03-01.csv\""))
    }

    @Test func badRowExitsTwoNamingFileLineAndField() throws {
        let root = try Self.makeRaw()
        defer { try? FileManager.default.removeItem(at: root) }
        let chain = root.appendingPathComponent("raw/NIFTY/chain/2024-03-01.csv")
        let text = try String(contentsOf: chain, encoding: .utf8).replacingOccurrences(
            of: ",22000,PE", with: ",22010,PE")
        try Data(text.utf8).write(to: chain)
        let result = try CLI.run(["prepare", "--raw", "raw", "--symbol", "NIFTY", "--out", "NIFTY.sqlite"], in: root)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("raw/NIFTY/chain/2024-03-01.csv:3: field 'strike': strike not on the symbol's grid"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("NIFTY.sqlite").path))

        let lenient = try CLI.run(
            ["prepare", "--raw", "raw", "--symbol", "NIFTY", "--out", "NIFTY.sqlite", "--lenient", "--quiet"], in: root)
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("skipped 1 bad row (--lenient):"))
        #expect(lenient.stdout.contains("strike not on the symbol's grid: 1"))
    }

    @Test func badFlagsExitTwo() throws {
        let root = try Self.makeRaw()
        defer { try? FileManager.default.removeItem(at: root) }
        let timeframe = try CLI.run(
            ["prepare", "--raw", "raw", "--symbol", "NIFTY", "--out", "x.sqlite", "--timeframe", "1h"], in: root)
        #expect(timeframe.status == 2)
        #expect(timeframe.stderr.contains("--timeframe"))
        let missing = try CLI.run(["prepare", "--raw", "nowhere", "--symbol", "NIFTY", "--out", "x.sqlite"], in: root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere/NIFTY: missing file"))
        let inspect = try CLI.run(["inspect", "raw/NIFTY/vix.csv"], in: root)
        #expect(inspect.status == 2)
    }
}
