import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct PrepareKillTests {
    /// A raw layout with `days` chain days of `strikes` × 2 quotes each.
    static func makeRaw(days: Int, strikes: Int) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("midas-kill-\(UUID().uuidString)")
        let nifty = root.appendingPathComponent("raw/NIFTY")
        try FileManager.default.createDirectory(
            at: nifty.appendingPathComponent("chain"), withIntermediateDirectories: true)
        var bars = "timestamp,open,high,low,close,volume\n"
        var vix = "date,open,high,low,close\n"
        var day = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2024, month: 1, day: 1).date!
        var written = 0
        while written < days {
            defer { day = day.addingTimeInterval(86_400) }
            let weekday = Calendar(identifier: .gregorian).component(.weekday, from: day)
            if weekday == 1 || weekday == 7 { continue }
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            let iso = formatter.string(from: day)
            bars += "\(iso),22000,22100,21900,22050,0\n"
            vix += "\(iso),14,15,13,14.5\n"
            var chain = "timestamp,expiry,strike,option_type,bid,ask,last,volume,open_interest\n"
            for k in 0..<strikes {
                for type in ["CE", "PE"] {
                    chain += "\(iso)T15:30:00+05:30,2026-12-31,\(20000 + 50 * k),\(type),10,11,10.5,1,100\n"
                }
            }
            try Data(chain.utf8).write(to: nifty.appendingPathComponent("chain/\(iso).csv"))
            written += 1
        }
        try Data(bars.utf8).write(to: nifty.appendingPathComponent("bars_1d.csv"))
        try Data(vix.utf8).write(to: nifty.appendingPathComponent("vix.csv"))
        return root
    }

    @Test func killedPrepareLeavesTheOldStoreOrACompleteNewOne() throws {
        let root = try Self.makeRaw(days: 60, strikes: 400)
        defer { try? FileManager.default.removeItem(at: root) }
        let arguments = ["prepare", "--raw", "raw", "--symbol", "NIFTY", "--out", "NIFTY.sqlite", "--quiet"]
        #expect(try CLI.run(arguments, in: root).status == 0)
        let store = root.appendingPathComponent("NIFTY.sqlite")
        let before = try Data(contentsOf: store)

        let process = Process()
        process.executableURL = CLI.productsDirectory.appendingPathComponent("midas")
        process.arguments = arguments + ["--full"]
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(300_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let after = try Data(contentsOf: store)
        if after != before {
            let inspect = try CLI.run(["inspect", "NIFTY.sqlite", "--json"], in: root)
            #expect(inspect.status == 0)
            #expect(inspect.stdout.contains("\"quotes\" : 48000"))
        }
        #expect(try CLI.run(arguments, in: root).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
