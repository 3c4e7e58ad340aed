import MidasCore
import Testing

@testable import MidasBacktest

struct ExecutionSettingsTests {
    func node(_ entries: [ConfigEntry]) -> ConfigNode {
        ConfigNode(.map(entries), file: "pipelines/p.yaml", path: "execution")
    }

    @Test func keepsDefaultsForAbsentKeys() throws {
        let settings = try ExecutionSettings(node: node([]))
        #expect(settings == ExecutionSettings())
        #expect(settings.capital == 1_000_000)
        #expect(settings.fillTiming == .sameBar)
        #expect(settings.costs.brokeragePerOrder == 20)
    }

    @Test func decodesEveryKey() throws {
        let settings = try ExecutionSettings(
            node: node([
                ConfigEntry(key: "capital", value: .scalar("500000")),
                ConfigEntry(key: "fill_at", value: .scalar("next_bar")),
                ConfigEntry(
                    key: "slippage",
                    value: .map([
                        ConfigEntry(key: "points", value: .scalar("0.5")),
                        ConfigEntry(
                            key: "bookless_half_spread",
                            value: .map([ConfigEntry(key: "fraction", value: .scalar("0.02"))])),
                    ])),
                ConfigEntry(key: "costs", value: .map([ConfigEntry(key: "brokerage_per_order", value: .scalar("10"))])),
                ConfigEntry(key: "lots", value: .map([ConfigEntry(key: "size", value: .scalar("75"))])),
            ]))
        #expect(settings.capital == 500_000)
        #expect(settings.fillTiming == .nextBar)
        #expect(settings.slippage == SlippageSettings(points: 0.5, booklessFraction: 0.02))
        #expect(settings.costs.brokeragePerOrder == 10)
        #expect(settings.lots == LotOverride(size: 75))
    }

    @Test(arguments: [
        ("fill_at", ConfigValue.scalar("tomorrow"), "execution.fill_at"),
        ("capital", .scalar("-5"), "execution.capital"),
        ("slipage", .scalar("1"), "execution.slipage"),
        ("slippage", .map([ConfigEntry(key: "pts", value: .scalar("1"))]), "execution.slippage.pts"),
    ])
    func namesTheKeyPathOfABadValue(key: String, value: ConfigValue, path: String) {
        do {
            _ = try ExecutionSettings(node: node([ConfigEntry(key: key, value: value)]))
            Issue.record("accepted \(key)")
        } catch let error as InputError {
            #expect(error.field == path)
            #expect(error.file == "pipelines/p.yaml")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
