import Foundation
import Testing

struct GenerateCommandTests {
    @Test func writesTheRawLayout() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("midas-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run([
            "generate", "--symbol", "BANKNIFTY", "--from", "2024-03-01", "--to", "2024-03-05", "--seed", "3",
            "--weeklies", "1", "--monthlies", "1", "--out", root.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        // 2024-03-02 is a Saturday session.
        #expect(result.stderr.contains("4 trading days"))
        let folder = root.appendingPathComponent("BANKNIFTY")
        for name in [
            "bars_1d.csv", "vix.csv", "fii.csv", "usdinr.csv", "chain/2024-03-01.csv", "chain/2024-03-02.csv",
            "chain/2024-03-04.csv", "chain/2024-03-05.csv",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        let header = try String(contentsOf: folder.appendingPathComponent("chain/2024-03-04.csv"), encoding: .utf8)
            .prefix { $0 != "\n" }
        #expect(header == "timestamp,expiry,strike,option_type,bid,ask,last,volume,open_interest,underlying")
        // One weekly (2024-03-06) and one monthly (2024-03-27, the first last-Wednesday monthly).
        let chain = try String(contentsOf: folder.appendingPathComponent("chain/2024-03-04.csv"), encoding: .utf8)
        let expiries = Set(chain.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] })
        #expect(expiries == ["2024-03-06", "2024-03-27"])
    }

    @Test(arguments: [
        (["--symbol", "FINNIFTY"], "--symbol"),
        (["--symbol", "NIFTY", "--timeframe", "1h"], "--timeframe"),
        (["--symbol", "NIFTY", "--chain-every", "7"], "--chain-every"),
        (["--symbol", "NIFTY", "--weeklies", "0", "--monthlies", "0"], "--weeklies"),
        (["--symbol", "NIFTY", "--vix", "vix.csv"], "--underlying"),
        (["--symbol", "NIFTY", "--underlying", "bars.csv"], "--vix"),
    ])
    func badFlagExitsTwoNamingIt(flags: [String], flag: String) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("midas-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(
            ["generate", "--from", "2024-03-01", "--to", "2024-03-05", "--out", root.path] + flags)
        #expect(result.status == 2)
        #expect(result.stderr.contains(flag))
    }

    /// A real history with a near-canonical VIX file (close named `india_vix`, mapped by a columns.yaml
    /// beside it) and a day missing from the VIX file.
    @Test func realPathFromHistoryFilesReportsHowDaysWereMatched() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("midas-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let history = root.appendingPathComponent("history")
        try FileManager.default.createDirectory(at: history, withIntermediateDirectories: true)
        try Data(
            """
            date,open,high,low,close,log_return
            2019-03-05,10864.85,10994.9,10817,10987.45,0.011
            2019-03-06,11024.85,11062.8,10960.3,11053,0.006

            """.utf8
        ).write(to: history.appendingPathComponent("nifty50.csv"))
        try Data("date,open,high,low,india_vix\n2019-03-05,16.27,16.86,15.45,15.66\n".utf8)
            .write(to: history.appendingPathComponent("india_vix.csv"))
        try Data("india_vix.csv:\n  close: india_vix\n".utf8).write(to: history.appendingPathComponent("columns.yaml"))
        let result = try CLI.run([
            "generate", "--symbol", "NIFTY", "--from", "2019-03-01", "--to", "2019-03-31", "--weeklies", "1",
            "--monthlies", "1", "--underlying", history.appendingPathComponent("nifty50.csv").path, "--vix",
            history.appendingPathComponent("india_vix.csv").path, "--out", root.appendingPathComponent("raw").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("real path: 2 days; 1 without a VIX row carried the last VIX close forward"))
        let bars = try String(
            contentsOf: root.appendingPathComponent("raw/NIFTY/bars_1d.csv"), encoding: .utf8)
        #expect(bars.contains("2019-03-06T15:30:00+05:30,11024.85,11062.8,10960.3,11053,"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("raw/NIFTY/fii.csv").path))
    }
}
