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
    ])
    func badFlagExitsTwoNamingIt(flags: [String], flag: String) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("midas-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(
            ["generate", "--from", "2024-03-01", "--to", "2024-03-05", "--out", root.path] + flags)
        #expect(result.status == 2)
        #expect(result.stderr.contains(flag))
    }
}
