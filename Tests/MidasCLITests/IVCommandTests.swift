import Foundation
import Testing

@Suite struct IVCommandTests {
    static let input = """
        underlying,strike,option_type,expiry,at,price,rate
        17222.75,17200,CE,2022-03-31,2022-03-24T15:30:00+05:30,218.6,0.1

        """

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("midas-iv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesToStdoutOrToTheOutFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("in.csv")
        try Self.input.write(to: file, atomically: true, encoding: .utf8)
        let printed = try CLI.run(["iv", "--in", file.path])
        #expect(printed.status == 0)
        let lines = printed.stdout.split(separator: "\n")
        #expect(lines.first == "underlying,strike,option_type,expiry,at,price,rate,iv,delta,gamma,theta,vega,status")
        #expect(lines.count == 2 && lines[1].hasSuffix(",ok"))
        // NSE published 19.94 for this leg.
        #expect(lines[1].contains(",0.1994"))
        let out = dir.appendingPathComponent("out.csv")
        let written = try CLI.run(["iv", "--in", file.path, "--out", out.path])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8) == printed.stdout)
    }

    @Test func badRowExitsTwoNamingLineAndField() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.csv")
        try (Self.input + "17222.75,17200,XX,2022-03-31,2022-03-24,1,0.1\n").write(
            to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["iv", "--in", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.csv:3: field 'option_type': wrong option type"))
        let missing = try CLI.run(["iv", "--in", dir.appendingPathComponent("none.csv").path])
        #expect(missing.status == 2)
    }
}
