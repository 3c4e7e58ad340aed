import MidasCore
import Testing

@testable import MidasBacktest

/// The default margin model by hand (spot 22000, 50 units a leg, 10% scan in thirds, 2% exposure),
/// and the engine's margin gate and sizing on `StrategyMarket`.
struct MarginTests {
    let model = ScanMarginModel()

    func leg(_ quantity: Int, _ strike: Double, _ type: OptionType, at price: Double) -> MarginLeg {
        MarginLeg(strike: strike, type: type, quantity: quantity, price: price)
    }

    @Test func aSpreadBlocksItsWidthLessItsCredit() {
        // 200 × 50 − (40 − 16) × 50 = 8800.
        let spread = [leg(50, 21_600, .put, at: 16), leg(-50, 21_800, .put, at: 40)]
        #expect(model.margin(of: spread, spot: 22_000) == 8800)
    }

    @Test func aCondorBlocksOneWingLessItsCredit() {
        // 200 × 50 − (30 + 35 − 11 − 13) × 50 = 10000 − 2050 = 7950.
        let condor = [
            leg(50, 21_500, .put, at: 11), leg(-50, 21_700, .put, at: 30), leg(-50, 22_300, .call, at: 35),
            leg(50, 22_500, .call, at: 13),
        ]
        #expect(model.margin(of: condor, spot: 22_000) == 7950)
    }

    @Test func longOptionsBlockTheirPremium() {
        let straddle = [leg(50, 22_000, .put, at: 111), leg(50, 22_000, .call, at: 106)]
        #expect(model.margin(of: straddle, spot: 22_000) == 10_850)
    }

    @Test func aNakedStrangleBlocksItsScanRiskAndExposure() {
        // Scan to 24200: the call is worth 2000, (2000 − 38) × 50 lost less the put's 40 × 50 kept:
        // 96100 (the same at 19800). Exposure 0.02 × 22000 × 100 units = 44000.
        let strangle = [leg(-50, 21_800, .put, at: 40), leg(-50, 22_200, .call, at: 38)]
        #expect(isClose(model.margin(of: strangle, spot: 22_000), 140_100))
        // A 5% scan: at 23100, (900 − 38) × 50 − 40 × 50 = 41100; plus 44000.
        let narrow = ScanMarginModel(settings: MarginSettings(scanRange: 0.05))
        #expect(isClose(narrow.margin(of: strangle, spot: 22_000), 85_100))
    }

    @Test func aStrangleWithOneWingIsNakedOnTheOtherSide() {
        // The puts are covered; 50 naked call units: exposure 0.02 × 22000 × 50 = 22000. Worst scan
        // move, up 10%: the call loses (2000 − 38) × 50 = 98100, the short put keeps 40 × 50 and the
        // wing loses its 16 × 50: 96900. Down 10% loses only 6900.
        let legs = [leg(50, 21_600, .put, at: 16), leg(-50, 21_800, .put, at: 40), leg(-50, 22_200, .call, at: 38)]
        #expect(isClose(model.margin(of: legs, spot: 22_000), 118_900))
    }

    static func strangle(maxPositions: Int = 1) -> ShortStrangle {
        ShortStrangle(
            parameters: ShortStrangleParameters(
                rules: TradeRules(entryDTE: 5...10, maxPositions: maxPositions), shortStrike: .delta(0.2)))
    }

    static func spread(maxPositions: Int = 1) -> BullPutSpread {
        BullPutSpread(
            parameters: SpreadParameters(
                rules: TradeRules(entryDTE: 5...10, maxPositions: maxPositions), shortStrike: .delta(0.2),
                wingWidth: 200))
    }

    @Test func skipsAnEntryThatNeedsMoreMarginThanIsFree() throws {
        let result = try StrategyMarket.run(
            Self.strangle(), dates: ["2024-03-05"], chains: [StrategyMarket.chain("2024-03-05")], capital: 100_000)
        #expect(result.fills.isEmpty)
        #expect(result.decisions.map(\.action) == [.enter, .skip])
        #expect(
            result.decisions.last?.detail
                == "-21800PE@2024-03-14 -22200CE@2024-03-14 x1: margin needed 140100 exceeds free 100000")
    }

    @Test func countsTheMarginOfOpenPositionsAtTheirMarks() throws {
        // Day 1: the spread needs 8800 of 15000. Day 2: cash 15000 + 1200 − 42 = 16158, positions
        // (15.5 − 40.5) × 50 = −1250: equity 14908; the open spread at its marks blocks
        // 200 × 50 − 25 × 50 = 8750, leaving 6158 free for a second spread that needs 8800.
        let dates = ["2024-03-05", "2024-03-06"]
        let result = try StrategyMarket.run(
            Self.spread(maxPositions: 2), dates: dates, chains: dates.map { StrategyMarket.chain($0) },
            capital: 15_000)
        #expect(result.trades.count == 1)
        #expect(
            result.decisions.last { $0.action == .skip }?.detail
                == "+21600PE@2024-03-14 -21800PE@2024-03-14 x1: margin needed 8800 exceeds free 6158")
    }

    @Test func sizesByAFractionOfEquity() throws {
        // floor(0.5 × 100000 / 8800) = 5 spreads: 250 units a leg, credit 24 × 250 = 6000.
        let result = try StrategyMarket.run(
            Self.spread(), dates: ["2024-03-05"], chains: [StrategyMarket.chain("2024-03-05")], capital: 100_000,
            sizing: .marginFraction(0.5))
        #expect(result.fills.map(\.quantity) == [250, 250, 250, 250])
        #expect(result.trades.first?.entryCredit == 6000)
        #expect(
            result.decisions.first { $0.action == .filled }?.detail.hasSuffix("; credit 6000; 5 package(s) by margin")
                == true)
        let tooSmall = try StrategyMarket.run(
            Self.spread(), dates: ["2024-03-05"], chains: [StrategyMarket.chain("2024-03-05")], capital: 10_000,
            sizing: .marginFraction(0.5))
        #expect(tooSmall.fills.isEmpty)
        #expect(
            tooSmall.decisions.last?.detail
                == "+21600PE@2024-03-14 -21800PE@2024-03-14 x1: margin per package 8800 exceeds 0.5 of equity 10000")
    }

    static func execution(_ entries: [ConfigEntry]) -> ConfigNode {
        ConfigNode(.map(entries), file: "p.yaml", path: "execution")
    }

    @Test func decodesMarginAndSizingStrictly() throws {
        let settings = try ExecutionSettings(
            node: Self.execution([
                ConfigEntry(key: "margin", value: .map([ConfigEntry(key: "scan_range", value: .scalar("0.12"))])),
                ConfigEntry(key: "sizing", value: .map([ConfigEntry(key: "margin_fraction", value: .scalar("0.4"))])),
            ]))
        #expect(settings.margin == MarginSettings(scanRange: 0.12, scanSteps: 3, exposure: 0.02))
        #expect(settings.sizing == .marginFraction(0.4))
        #expect(try ExecutionSettings(node: Self.execution([])).margin == MarginSettings())
        let none = try ExecutionSettings(node: Self.execution([ConfigEntry(key: "margin", value: .scalar("none"))]))
        #expect(none.margin == nil)
        #expect(none.sizing == .fixed)

        let failures: [([ConfigEntry], String)] = [
            (
                [ConfigEntry(key: "margin", value: .map([ConfigEntry(key: "scan", value: .scalar("0.1"))]))],
                "execution.margin.scan"
            ),
            ([ConfigEntry(key: "sizing", value: .scalar("kelly"))], "execution.sizing"),
            (
                [ConfigEntry(key: "sizing", value: .map([ConfigEntry(key: "margin_fraction", value: .scalar("1.5"))]))],
                "execution.sizing.margin_fraction"
            ),
            (
                [
                    ConfigEntry(key: "margin", value: .scalar("none")),
                    ConfigEntry(
                        key: "sizing", value: .map([ConfigEntry(key: "margin_fraction", value: .scalar("0.5"))])),
                ], "execution.sizing"
            ),
        ]
        for (entries, field) in failures {
            do {
                _ = try ExecutionSettings(node: Self.execution(entries))
                Issue.record("accepted \(field)")
            } catch let error as InputError {
                #expect(error.field == field)
            }
        }
    }
}
