import Foundation
import Testing

@testable import MidasCore

@Suite struct MarkPriceTests {
    static let at = Timestamp(day: Day(year: 2024, month: 7, day: 8)!, hour: 15, minute: 30)
    static let expiry = Day(year: 2024, month: 7, day: 11)!

    static func quote(
        bid: Double = .nan, ask: Double = .nan, last: Double = .nan, settle: Double = .nan, volume: Double = 0
    ) -> OptionQuote {
        OptionQuote(
            timestamp: at, expiry: expiry, strike: 24_000, type: .call, bid: bid, ask: ask, last: last,
            settle: settle, volume: volume)
    }

    // MARK: - Book data

    @Test func tightBookMarksAtMid() {
        let mark = MarkPrice.observed(Self.quote(bid: 101, ask: 103, last: 99, volume: 10), settings: MarkSettings())
        #expect(mark == MarkPrice(price: 102, rule: .mid))
    }

    @Test func cheapOptionWithinPointLimitMarksAtMid() {
        // 0.05/0.10: a 67% spread, but within the 1-point default.
        let mark = MarkPrice.observed(Self.quote(bid: 0.05, ask: 0.10), settings: MarkSettings())
        #expect(mark.rule == .mid)
        #expect(abs(mark.price - 0.075) < 1e-15)
    }

    @Test func wideBookFallsBackToTheDaysLastTrade() {
        // Spread 40 on a mid of 120: beyond 25% and beyond 1 point.
        let mark = MarkPrice.observed(Self.quote(bid: 100, ask: 140, last: 118, volume: 25), settings: MarkSettings())
        #expect(mark == MarkPrice(price: 118, rule: .last))
    }

    @Test func oneSidedBookWithoutTradeHasNoObservedMark() {
        let mark = MarkPrice.observed(Self.quote(bid: 0, ask: 15, last: 14, volume: 0), settings: MarkSettings())
        #expect(mark.rule == .none)
        #expect(mark.price.isNaN)
    }

    @Test func stricterSettingsRejectTheMid() {
        let settings = MarkSettings(maxSpreadFraction: 0.01, maxSpreadPoints: 0.5)
        let mark = MarkPrice.observed(Self.quote(bid: 101, ask: 103, last: 99, volume: 3), settings: settings)
        #expect(mark == MarkPrice(price: 99, rule: .last))
    }

    // MARK: - End-of-day data (no book)

    @Test func tradedContractMarksAtLast() {
        let mark = MarkPrice.observed(Self.quote(last: 87.5, settle: 88.1, volume: 1200), settings: MarkSettings())
        #expect(mark == MarkPrice(price: 87.5, rule: .last))
    }

    @Test func untradedContractMarksAtSettlement() {
        // A bhavcopy carries the old close forward when nothing traded: the settlement price wins.
        let mark = MarkPrice.observed(Self.quote(last: 87.5, settle: 91.2, volume: 0), settings: MarkSettings())
        #expect(mark == MarkPrice(price: 91.2, rule: .settle))
    }

    @Test func nothingToMarkFrom() {
        let mark = MarkPrice.observed(Self.quote(), settings: MarkSettings())
        #expect(mark.rule == .none && mark.price.isNaN)
    }

    @Test func preferLastMarksAtAPositiveLastBeforeTheMid() throws {
        let settings = MarkSettings(prefersLast: true)
        let quoted = Self.quote(bid: 100, ask: 101, last: 99.5, volume: 0)
        #expect(MarkPrice.observed(quoted, settings: settings) == MarkPrice(price: 99.5, rule: .last))
        #expect(MarkPrice.observed(quoted, settings: MarkSettings()) == MarkPrice(price: 100.5, rule: .mid))
        // Without a last price the usual order applies.
        #expect(
            MarkPrice.observed(Self.quote(bid: 100, ask: 101), settings: settings)
                == MarkPrice(price: 100.5, rule: .mid))
        let value = ConfigValue.map([ConfigEntry(key: "prefer", value: .scalar("last"))])
        #expect(try MarkSettings(node: ConfigNode(value, file: "p.yaml", path: "context.mark")).prefersLast)
        let bad = ConfigValue.map([ConfigEntry(key: "prefer", value: .scalar("settle"))])
        #expect(throws: InputError.self) {
            try MarkSettings(node: ConfigNode(bad, file: "p.yaml", path: "context.mark"))
        }
    }

    // MARK: - Settings

    @Test func settingsDecodeFromContextMark() throws {
        let value = ConfigValue.map([
            ConfigEntry(key: "max_spread", value: .scalar("0.1")),
            ConfigEntry(key: "max_spread_points", value: .scalar("0.5")),
            ConfigEntry(key: "allow_model", value: .scalar("false")),
        ])
        let settings = try MarkSettings(node: ConfigNode(value, file: "p.yaml", path: "context.mark"))
        #expect(settings == MarkSettings(maxSpreadFraction: 0.1, maxSpreadPoints: 0.5, allowsModel: false))
        #expect(
            try MarkSettings(node: nil) == MarkSettings(maxSpreadFraction: 0.25, maxSpreadPoints: 1, allowsModel: true))
    }

    @Test func settingsRejectUnknownKeysAndBadValues() {
        let unknown = ConfigValue.map([ConfigEntry(key: "spread_limit", value: .scalar("0.1"))])
        #expect(throws: InputError.self) {
            try MarkSettings(node: ConfigNode(unknown, file: "p.yaml", path: "context.mark"))
        }
        let negative = ConfigValue.map([ConfigEntry(key: "max_spread_points", value: .scalar("-1"))])
        do {
            _ = try MarkSettings(node: ConfigNode(negative, file: "p.yaml", path: "context.mark"))
            Issue.record("a negative spread limit was accepted")
        } catch let error as InputError {
            #expect(error.field == "context.mark.max_spread_points")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
