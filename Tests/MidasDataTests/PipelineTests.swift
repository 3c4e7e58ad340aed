import Foundation
import MidasCore
import Testing

@testable import MidasData

private let base = """
    symbol: NIFTY
    timeframe: 1d
    range: {from: 2022-01-03, to: 2025-12-31}
    warmup_days: 60
    regime: {trend: {slope_enter: 0.01}}
    context: {rate: 0.065, dividend_yield: 0.012, mark: {max_spread: 0.2}, max_chain_age: 1d}
    execution: {capital: 1000000, fill_at: same_bar}
    variants:
      - id: ic
        strategy: iron_condor
        params: {short_delta: 0.16, wing_width: 200}
        grid: {short_delta: [0.12, 0.20], wing_width: [100, 200]}

    """

private func pipeline(_ yaml: String) throws -> Pipeline {
    try Pipeline(yaml: yaml, file: "test.yaml")
}

private func replacing(_ old: String, with new: String) -> String {
    precondition(base.contains(old), "the base pipeline has \(old)")
    return base.replacingOccurrences(of: old, with: new)
}

struct PipelineTests {
    @Test func theShippedDemoPipelineDecodes() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("pipelines/nifty-daily.yaml")
        let demo = try Pipeline.load(path: url.path)
        #expect(demo.symbol == "NIFTY")
        #expect(demo.timeframe == .daily)
        #expect(demo.range == Day(iso: "2022-01-03")!...Day(iso: "2025-12-31")!)
        #expect(demo.warmupDays == 60)
        #expect(demo.regime == RegimeSettings())
        #expect(demo.context.rate == 0.065)
        #expect(demo.context.dividendYield == 0.012)
        #expect(demo.context.maxChainAge == 86_400)
        #expect(try demo.context.mark.required("max_spread").double() == 0.25)
        #expect(try demo.execution.required("capital").double() == 1_000_000)
        #expect(try demo.execution.required("costs").required("brokerage_per_order").double() == 20)
        #expect(
            demo.variants.map(\.id) == [
                "ic__short_delta=0.12__wing_width=100", "ic__short_delta=0.12__wing_width=200",
                "ic__short_delta=0.16__wing_width=100", "ic__short_delta=0.16__wing_width=200",
                "ic__short_delta=0.2__wing_width=100", "ic__short_delta=0.2__wing_width=200",
            ])
        let last = try #require(demo.variants.last)
        #expect(last.strategy == "iron_condor")
        #expect(
            try last.params.entries().map(\.key) == [
                "short_delta", "wing_width", "entry_dte", "allowed_regimes", "profit_target", "stop_loss", "exit_dte",
            ])
        #expect(try last.params.required("short_delta").string() == "0.20")
        #expect(try last.params.required("wing_width").int() == 200)
        #expect(
            try last.params.required("allowed_regimes").elements().map { try $0.string() } == ["range", "trend_up"])
        #expect(last.params.path == "variants[0].params")
        #expect(last.gridValues.map(\.key) == ["short_delta", "wing_width"])
    }

    @Test func gridKeysVaryInTheOrderGivenFirstKeySlowest() throws {
        let swapped = try pipeline(
            replacing(
                "grid: {short_delta: [0.12, 0.20], wing_width: [100, 200]}",
                with: "grid: {wing_width: [100, 200], short_delta: [0.12, 0.20]}"))
        #expect(
            swapped.variants.map(\.id) == [
                "ic__wing_width=100__short_delta=0.12", "ic__wing_width=100__short_delta=0.2",
                "ic__wing_width=200__short_delta=0.12", "ic__wing_width=200__short_delta=0.2",
            ])
        #expect(try swapped.variants[1].params.required("wing_width").int() == 100)
        #expect(try swapped.variants[1].params.required("short_delta").double() == 0.2)
    }

    @Test func aVariantWithoutGridKeepsItsIdAndParams() throws {
        let plain = try pipeline(replacing("    grid: {short_delta: [0.12, 0.20], wing_width: [100, 200]}\n", with: ""))
        #expect(plain.variants.map(\.id) == ["ic"])
        #expect(try plain.variants[0].params.required("short_delta").double() == 0.16)
        #expect(plain.variants[0].gridValues.isEmpty)
    }

    @Test func absentSectionsTakeTheirDefaults() throws {
        let minimal = try pipeline("symbol: BANKNIFTY\ntimeframe: 5m\nrange: {from: 2024-01-01, to: 2024-01-31}\n")
        #expect(minimal.timeframe == .fiveMinutes)
        #expect(minimal.warmupDays == 0)
        #expect(minimal.context.rate == 0.065)
        #expect(minimal.context.maxChainAge == 86_400)
        #expect(try minimal.context.mark.entries().isEmpty)
        #expect(try minimal.execution.entries().isEmpty)
        #expect(minimal.variants.isEmpty)
    }

    @Test(arguments: [("90m", Int64(5_400)), ("2h", 7_200), ("1d", 86_400), ("30s", 30)])
    func maxChainAgeIsADuration(text: String, seconds: Int64) throws {
        let decoded = try pipeline(replacing("max_chain_age: 1d", with: "max_chain_age: \(text)"))
        #expect(decoded.context.maxChainAge == seconds)
    }

    @Test(arguments: [
        (replacing("warmup_days: 60", with: "warmup_days: 60\ncolour: red"), "colour", InputError.Reason.unknownKey),
        (replacing("rate: 0.065,", with: "rate: 0.065, rates: 1,"), "context.rates", .unknownKey),
        (replacing("rate: 0.065", with: "rate: high"), "context.rate", .badNumber),
        (replacing("from: 2022-01-03", with: "from: 2022-13-03"), "range.from", .badDate),
        (replacing("to: 2025-12-31", with: "to: 2021-12-31"), "range.to", .badValue),
        (replacing("timeframe: 1d", with: "timeframe: 1h"), "timeframe", .badValue),
        (replacing("symbol: NIFTY\n", with: ""), "symbol", .missingColumn),
        (replacing("warmup_days: 60", with: "warmup_days: -1"), "warmup_days", .badValue),
        (replacing("max_chain_age: 1d", with: "max_chain_age: 1w"), "context.max_chain_age", .badValue),
        (
            replacing("{trend: {slope_enter: 0.01}}", with: "{trend: {slope_entry: 0.01}}"), "regime.trend.slope_entry",
            .unknownKey
        ),
        (
            replacing("strategy: iron_condor", with: "strategy: iron_condor\n    gird: {}"), "variants[0].gird",
            .unknownKey
        ),
        (replacing("wing_width: [100, 200]", with: "wing_width: 100"), "variants[0].grid.wing_width", .badValue),
        (replacing("wing_width: [100, 200]", with: "wing_width: []"), "variants[0].grid.wing_width", .badValue),
        (
            replacing("wing_width: [100, 200]", with: "wing_width: [100, [200]]"), "variants[0].grid.wing_width[1]",
            .badValue
        ),
        (replacing("id: ic", with: "id: \"ic 1\""), "variants[0].id", .badValue),
        (replacing("wing_width: [100, 200]", with: "wing_width: [wide/1]"), "variants[0].grid", .badValue),
        (replacing("    strategy: iron_condor\n", with: ""), "variants[0].strategy", .missingColumn),
    ])
    func badPipelinesNameTheKeyPath(yaml: String, field: String, reason: InputError.Reason) {
        #expect {
            try pipeline(yaml)
        } throws: { error in
            let input = error as? InputError
            return input?.field == field && input?.reason == reason && input?.file == "test.yaml"
        }
    }

    @Test func duplicateIdsNameBothVariants() {
        let yaml = base + "  - id: ic__short_delta=0.2__wing_width=100\n    strategy: iron_condor\n"
        #expect {
            try pipeline(yaml)
        } throws: { error in
            let input = error as? InputError
            return input?.reason == .duplicate && input?.field == "variants[1].id"
                && input?.detail
                    == "variant id 'ic__short_delta=0.2__wing_width=100' from variants[1] is also produced by variants[0]"
        }
    }

    @Test func gridValuesThatPrintAlikeCollide() {
        #expect(throws: InputError.self) {
            try pipeline(replacing("wing_width: [100, 200]", with: "wing_width: [100, 100.0]"))
        }
    }

    @Test func yamlSyntaxErrorsCarryTheLine() {
        #expect {
            try pipeline("symbol: NIFTY\nrange: {from: 2022-01-03\n")
        } throws: { error in
            (error as? InputError)?.line != nil && (error as? InputError)?.file == "test.yaml"
        }
        #expect {
            try pipeline("symbol: NIFTY\nsymbol: BANKNIFTY\n")
        } throws: { error in
            (error as? InputError)?.reason == .duplicate
        }
    }

    @Test func aMissingFileIsAnInputError() {
        #expect {
            try Pipeline.load(path: "/nonexistent/pipeline.yaml")
        } throws: { error in
            (error as? InputError)?.reason == .missingFile
        }
    }
}
