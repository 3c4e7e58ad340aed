import MidasCore
import Testing

@testable import MidasBacktest

/// `regime_switching` over three days of `StrategyMarket`: range, trend_up, high_vol.
struct RegimeSwitchingTests {
    static let dates = ["2024-03-05", "2024-03-06", "2024-03-07"]
    static let regimes: [Regime] = [.range, .trendUp, .highVol]

    static func strategy(regimeExit: Bool) -> RegimeSwitching {
        let rules = TradeRules(entryDTE: 5...10, profitTarget: 0.5)
        return RegimeSwitching(
            parameters: RegimeSwitchingParameters(
                routes: [
                    .range: .strategy(
                        ShortStrangle(parameters: ShortStrangleParameters(rules: rules, shortStrike: .delta(0.2)))),
                    .trendUp: .strategy(
                        BullPutSpread(
                            parameters: SpreadParameters(
                                rules: TradeRules(entryDTE: 5...10), shortStrike: .delta(0.2), wingWidth: 200))),
                    .highVol: .flat,
                ],
                regimeExit: regimeExit))
    }

    @Test func tradesTheMappedStrategyAndClosesItWhenTheRegimeChanges() throws {
        let chains = Self.dates.map { StrategyMarket.chain($0) }
        let result = try StrategyMarket.run(
            Self.strategy(regimeExit: true), dates: Self.dates, chains: chains, regimes: Self.regimes)
        #expect(result.strategy == "regime_switching")
        #expect(result.trades.count == 2)
        // Range: the strangle sells 21800PE at 40 and 22200CE at 38; trend_up closes it at the
        // asks 41 and 39 (debit 4000) and opens the bull put spread, +21600PE at 16, −21800PE at 40.
        let strangle = result.trades[0]
        #expect(strangle.legs == "-21800PE@2024-03-14 -22200CE@2024-03-14")
        #expect(strangle.entryRegime == .range)
        #expect(strangle.exitReason == .regimeExit)
        #expect(strangle.exitTime == TestMarket.close("2024-03-06"))
        #expect(strangle.exitDebit == 4000)
        // High_vol is flat: the spread closes, selling 21600PE at 15 and buying 21800PE at 41.
        let spread = result.trades[1]
        #expect(spread.legs == "+21600PE@2024-03-14 -21800PE@2024-03-14")
        #expect(spread.entryRegime == .trendUp)
        #expect(spread.entryTime == TestMarket.close("2024-03-06"))
        #expect(spread.exitReason == .regimeExit)
        #expect(spread.exitDebit == 1300)
        let lastBar = result.decisions.filter { $0.timestamp == TestMarket.close("2024-03-07") }
        #expect(lastBar.map(\.action) == [.skip, .exit, .filled])
        #expect(lastBar.first?.detail == "regime high_vol is flat")
    }

    @Test func withoutRegimeExitTradesKeepTheirOwnExits() throws {
        // The strangle outlives trend_up and takes its profit target in high_vol (marks 20.5 and
        // 18.5: profit 1950 ≥ 0.5 × 3900); the spread, without exits, runs to the end of the data.
        let chains = [
            StrategyMarket.chain(Self.dates[0]), StrategyMarket.chain(Self.dates[1]),
            StrategyMarket.chain(Self.dates[2], bids: ["21800PE": 20, "22200CE": 18]),
        ]
        let result = try StrategyMarket.run(
            Self.strategy(regimeExit: false), dates: Self.dates, chains: chains, regimes: Self.regimes)
        #expect(result.trades.map(\.exitReason) == [.profitTarget, .endOfData])
        #expect(result.trades.map(\.entryRegime) == [.range, .trendUp])
        #expect(result.trades[0].exitTime == TestMarket.close("2024-03-07"))
    }

    static func params(range: ConfigValue, extra: [ConfigEntry] = []) -> ConfigNode {
        let map = ConfigValue.map(
            [ConfigEntry(key: "range", value: range), ConfigEntry(key: "high_vol", value: .scalar("flat"))] + extra)
        return ConfigNode(
            .map([ConfigEntry(key: "map", value: map), ConfigEntry(key: "regime_exit", value: .scalar("false"))]),
            file: "p.yaml", path: "variants[0].params")
    }

    static func route(_ strategy: String, _ params: [(String, String)]) -> ConfigValue {
        let window = ConfigValue.map([
            ConfigEntry(key: "min", value: .scalar("5")), ConfigEntry(key: "max", value: .scalar("10")),
        ])
        let entries =
            [ConfigEntry(key: "entry_dte", value: window)] + params.map { ConfigEntry(key: $0, value: .scalar($1)) }
        return .map([
            ConfigEntry(key: "strategy", value: .scalar(strategy)), ConfigEntry(key: "params", value: .map(entries)),
        ])
    }

    @Test func decodesItsMapStrictly() throws {
        let condor = Self.route("iron_condor", [("short_delta", "0.16"), ("wing_width", "200")])
        let strategy = try StrategyFactory.make(name: "regime_switching", params: Self.params(range: condor))
        let switching = try #require(strategy as? RegimeSwitching)
        #expect(switching.parameters.regimeExit == false)
        #expect(switching.parameters.routes.count == 2)
        guard case .strategy(let range) = switching.parameters.routes[.range] else {
            Issue.record("range is not routed to a strategy")
            return
        }
        #expect(range.name == "iron_condor")
        guard case .flat = switching.parameters.routes[.highVol] else {
            Issue.record("high_vol is not flat")
            return
        }

        let failures: [(ConfigNode, String)] = [
            (
                Self.params(range: condor, extra: [ConfigEntry(key: "warmup", value: .scalar("flat"))]),
                "variants[0].params.map.warmup"
            ),
            (
                Self.params(range: Self.route("iron_condor", [("short_delta", "0.16"), ("wingwidth", "200")])),
                "variants[0].params.map.range.params.wingwidth"
            ),
            (Self.params(range: Self.route("regime_switching", [])), "variants[0].params.map.range.strategy"),
            (Self.params(range: .scalar("sideways")), "variants[0].params.map.range"),
        ]
        for (node, field) in failures {
            do {
                _ = try StrategyFactory.make(name: "regime_switching", params: node)
                Issue.record("accepted \(field)")
            } catch let error as InputError {
                #expect(error.field == field)
            }
        }
    }
}
