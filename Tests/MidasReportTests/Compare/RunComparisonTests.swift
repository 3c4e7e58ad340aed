import Foundation
import MidasCore
import Testing

@testable import MidasReport

struct RunComparisonTests {
    @Test func identicalRunsIgnoringManifestAndReport() throws {
        let runs = try RunFolderFixture()
        let comparison = try RunComparison(first: runs.a, second: runs.b)
        #expect(comparison.isIdentical)
        #expect(comparison.filesCompared == 11)
        #expect(comparison.summary == "11 files compared, 0 differing")
    }

    @Test func catchesOneUlpInOneNumber() throws {
        let runs = try RunFolderFixture()
        let nudged = "\(101.25.nextUp)"
        #expect(nudged == "101.25000000000001")
        try runs.change("strangle/fills.csv", ",101.25,", ",\(nudged),")
        let comparison = try RunComparison(first: runs.a, second: runs.b)
        let expected = FileDifference(
            variant: "strangle", file: "fills.csv",
            divergence: .field(row: 1, column: "price", first: "101.25", second: nudged))
        #expect(comparison.differences == [expected])
        #expect(comparison.filesCompared == 11)
        #expect(
            expected.description == "strangle/fills.csv: row 1, column price: A 101.25, B 101.25000000000001")
    }

    @Test func catchesAMissingRow() throws {
        let runs = try RunFolderFixture()
        try runs.change("ic_30/equity.csv", "2024-01-03T15:30:00+05:30,999000,0,999000,-0.0010504948\n", "")
        let comparison = try RunComparison(first: runs.a, second: runs.b)
        #expect(
            comparison.differences == [
                FileDifference(variant: "ic_30", file: "equity.csv", divergence: .rowOnlyIn(.first, row: 3))
            ])
        #expect(comparison.differences[0].description == "ic_30/equity.csv: row 3 only in A")
    }

    @Test func missingMiddleRowShowsAsTheFirstDifferingField() throws {
        let runs = try RunFolderFixture()
        try runs.change("ic_30/equity.csv", "2024-01-02T15:30:00+05:30,1001250.5,-1200.25,1000050.25,0\n", "")
        let comparison = try RunComparison(first: runs.a, second: runs.b)
        #expect(
            comparison.differences.map(\.divergence) == [
                .field(
                    row: 2, column: "timestamp", first: "2024-01-02T15:30:00+05:30",
                    second: "2024-01-03T15:30:00+05:30")
            ])
    }

    @Test func catchesAnExtraVariantAndAMissingOne() throws {
        let runs = try RunFolderFixture()
        try runs.writeVariant("straddle", in: runs.b)
        try FileManager.default.removeItem(at: runs.b.appendingPathComponent("ic_30"))
        let comparison = try RunComparison(first: runs.a, second: runs.b)
        #expect(
            comparison.differences == [
                FileDifference(variant: "ic_30", file: nil, divergence: .variantOnlyIn(.first)),
                FileDifference(variant: "straddle", file: nil, divergence: .variantOnlyIn(.second)),
            ])
        #expect(comparison.filesCompared == 6)
        #expect(comparison.differences[1].description == "straddle: variant only in B")
    }

    @Test func catchesAReorderedColumn() throws {
        let runs = try RunFolderFixture()
        try runs.change("ic_30/trades.csv", "entry_credit,exit_debit", "exit_debit,entry_credit")
        try runs.change("ic_30/trades.csv", "2787.5,1500", "1500,2787.5")
        let comparison = try RunComparison(first: runs.a, second: runs.b)
        #expect(
            comparison.differences.map(\.divergence) == [
                .header(position: 6, first: "entry_credit", second: "exit_debit")
            ])
        #expect(
            comparison.differences[0].description == "ic_30/trades.csv: header, column 6: A entry_credit, B exit_debit")
    }

    @Test func reportsOnlyTheFirstDivergencePerFileAndEveryDifferingFile() throws {
        let runs = try RunFolderFixture()
        try runs.change("summary.csv", "1.42", "1.43")
        try runs.change("ic_30/decisions.csv", "long 21700 CE", "long 21800 CE")
        try runs.change("ic_30/fills.csv", "SELL", "BUY")
        try runs.change("ic_30/fills.csv", ",entry\n", ",stop_loss\n")
        let comparison = try RunComparison(first: runs.a, second: runs.b)
        #expect(
            comparison.differences.map(\.relativePath) == ["summary.csv", "ic_30/fills.csv", "ic_30/decisions.csv"])
        #expect(
            comparison.differences.map(\.divergence) == [
                .field(row: 1, column: "sharpe", first: "1.42", second: "1.43"),
                .field(row: 1, column: "side", first: "SELL", second: "BUY"),
                .field(
                    row: 1, column: "detail", first: "short 21500 CE, long 21700 CE",
                    second: "short 21500 CE, long 21800 CE"),
            ])
        #expect(comparison.summary == "11 files compared, 3 differing")
    }

    @Test func comparesJSONStructurally() throws {
        let runs = try RunFolderFixture()
        try runs.write(
            """
            {
              "win_rate": null, "sharpe": 1.42, "cagr": 5e-1,
              "by_regime": {"range": {"trades": 1, "pnl": 1205.5, "bars": 3}}
            }
            """, to: runs.b, "ic_30/metrics.json")
        #expect(try RunComparison(first: runs.a, second: runs.b).isIdentical)

        try runs.change("ic_30/metrics.json", "\"bars\": 3", "\"bars\": 4")
        try runs.change("strangle/metrics.json", "\"win_rate\":null", "\"win_rate\":0.5,\"calmar\":2")
        let comparison = try RunComparison(first: runs.a, second: runs.b)
        #expect(
            comparison.differences == [
                FileDifference(
                    variant: "ic_30", file: "metrics.json",
                    divergence: .json(path: "$.by_regime.range.bars", first: "3", second: "4")),
                FileDifference(
                    variant: "strangle", file: "metrics.json",
                    divergence: .json(path: "$.calmar", first: nil, second: "2")),
            ])
        #expect(comparison.differences[1].description == "strangle/metrics.json: $.calmar: A (absent), B 2")
    }

    @Test func toleranceAcceptsSmallRelativeDifferencesOnly() throws {
        let runs = try RunFolderFixture()
        try runs.change("ic_30/equity.csv", "1000050.25", "1000050.75")
        #expect(try !RunComparison(first: runs.a, second: runs.b).isIdentical)
        #expect(try RunComparison(first: runs.a, second: runs.b, tolerance: Tolerance(relative: 1e-6)).isIdentical)
        let tight = try RunComparison(first: runs.a, second: runs.b, tolerance: Tolerance(relative: 1e-7))
        #expect(
            tight.differences.map(\.divergence) == [
                .field(row: 2, column: "equity", first: "1000050.25", second: "1000050.75")
            ])
    }

    @Test func missingFoldersAndFilesAreInputErrors() throws {
        let runs = try RunFolderFixture()
        let absent = runs.root.appendingPathComponent("absent")
        let noFolder = try #require(throws: InputError.self) { try RunComparison(first: runs.a, second: absent) }
        #expect(noFolder.reason == .missingFile)
        #expect(noFolder.file == absent.path)

        try FileManager.default.removeItem(at: runs.b.appendingPathComponent("strangle/trades.csv"))
        let noFile = try #require(throws: InputError.self) { try RunComparison(first: runs.a, second: runs.b) }
        #expect(noFile.reason == .missingFile)
        #expect(noFile.file == runs.b.appendingPathComponent("strangle/trades.csv").path)

        try FileManager.default.removeItem(at: runs.a.appendingPathComponent("summary.csv"))
        let noSummary = try #require(throws: InputError.self) { try RunComparison(first: runs.a, second: runs.b) }
        #expect(noSummary.file == runs.a.appendingPathComponent("summary.csv").path)
    }

    @Test func malformedFilesAreInputErrorsNamingTheLine() throws {
        let runs = try RunFolderFixture()
        try runs.write("a,b\n1,\"2\n3,4\n", to: runs.b, "ic_30/fills.csv")
        let csv = try #require(throws: InputError.self) { try RunComparison(first: runs.a, second: runs.b) }
        #expect(csv.file == runs.b.appendingPathComponent("ic_30/fills.csv").path)
        #expect(csv.line == 2)

        try runs.write(RunFolderFixture.fills, to: runs.b, "ic_30/fills.csv")
        try runs.write("{\"cagr\": 0.5,\n \"sharpe\": }", to: runs.b, "ic_30/metrics.json")
        let json = try #require(throws: InputError.self) { try RunComparison(first: runs.a, second: runs.b) }
        #expect(json.line == 2)
        #expect(json.detail.hasPrefix("not valid JSON"))
    }

    @Test func extraFilesAreComparedOrReportedAsOneSided() throws {
        let runs = try RunFolderFixture()
        try runs.write("x\n", to: runs.a, "ic_30/notes.txt")
        try runs.write("x\n", to: runs.b, "ic_30/notes.txt")
        try runs.write("only b\n", to: runs.b, "extra.csv")
        let comparison = try RunComparison(first: runs.a, second: runs.b)
        #expect(comparison.filesCompared == 12)
        #expect(
            comparison.differences == [
                FileDifference(variant: nil, file: "extra.csv", divergence: .fileOnlyIn(.second))
            ])
    }
}
