import Foundation
import MidasCore
import Testing

@testable import MidasData

struct SyntheticChainTests {
    /// One parsed chain row.
    struct Row {
        var timestamp: Substring
        var expiry: Day
        var strike: Double
        var type: OptionType
        var bid: Double
        var ask: Double
        var last: Double?
        var volume: Int
        var underlying: Double
        var mid: Double { Double(doubleMidTicks) / 40 }
        /// Bid + ask in ticks of 0.05 (twice the mid), exact.
        var doubleMidTicks: Int { Int(((bid + ask) * 20).rounded()) }
    }

    static func parse(_ fields: [Substring]) throws -> Row {
        try #require(fields.count == 10)
        return Row(
            timestamp: fields[0], expiry: try #require(Day(iso: fields[1])), strike: try #require(Double(fields[2])),
            type: try #require(OptionType(code: fields[3])), bid: try #require(Double(fields[4])),
            ask: try #require(Double(fields[5])), last: Double(fields[6]), volume: try #require(Int(fields[7])),
            underlying: try #require(Double(fields[9])))
    }

    @Test(arguments: [
        (IndexSpec.nifty, "2024-12-16", "2024-12-20", Timeframe.daily),
        (IndexSpec.bankNifty, "2024-11-11", "2024-11-14", Timeframe.daily),
        (IndexSpec.nifty, "2025-08-28", "2025-09-02", Timeframe.daily),  // Thursday → Tuesday expiries
        (IndexSpec.nifty, "2021-11-03", "2021-11-04", Timeframe.fifteenMinutes),  // Muhurat evening
    ])
    func chainsAreArbitrageFreeOnTheGridAndLive(
        index: IndexSpec, from: String, to: String, timeframe: Timeframe
    ) throws {
        let settings = testSettings(index, from: from, to: to, timeframe: timeframe)
        let data = try GeneratedDataSet(settings)
        defer { data.remove() }
        let calendar = TradingCalendar.nse
        let schedule = ExpirySchedule.standard(for: index)
        let tradingDays = calendar.tradingDays(from: settings.from, to: settings.to)
        let chainFiles = try data.files().keys.filter { $0.hasPrefix("chain/") }.sorted()
        #expect(chainFiles == tradingDays.map { "chain/\($0).csv" })

        var stale = 0
        var zeroBids = 0
        var rowCount = 0
        for day in tradingDays {
            let rows = try data.rows("chain/\(day).csv").map(SyntheticChainTests.parse)
            rowCount += rows.count
            let session = try #require(calendar.session(on: day))
            let live = schedule.expiries(listedOn: day, weeklies: settings.weeklies, monthlies: settings.monthlies)
            #expect(Set(rows.map(\.expiry)) == Set(live), "\(day)")
            let groups = Dictionary(grouping: rows) { "\($0.timestamp) \($0.expiry) \($0.type)" }
            for (key, group) in groups {
                let quotes = group.sorted { $0.strike < $1.strike }
                let instant = quotes[0].timestamp
                #expect(instant.hasPrefix(day.description) && instant.hasSuffix("+05:30"), "\(key)")
                let expiryInstant = Timestamp(day: quotes[0].expiry, hour: 15, minute: 30)
                let close = session.close.description
                #expect(instant <= close[...], "\(key) after the close")
                // Time to expiry from the snapshot instant (HH:MM of the timestamp).
                let clock = instant.dropFirst(11).prefix(5).split(separator: ":").map { Int($0)! }
                let at = Timestamp(day: day, hour: clock[0], minute: clock[1])
                let time = Double(at.seconds.distance(to: expiryInstant.seconds)) / (365 * 86_400)
                #expect(time >= 0, "\(key)")
                for (index, quote) in quotes.enumerated() {
                    #expect(settings.index.isOnGrid(quote.strike), "\(key) \(quote.strike)")
                    #expect(quote.bid >= 0 && quote.bid <= quote.ask && quote.ask > 0, "\(key) \(quote.strike)")
                    #expect(isOnTick(quote.bid) && isOnTick(quote.ask), "\(key) \(quote.strike)")
                    let forward = quote.underlying * exp((settings.rate - settings.dividendYield) * time)
                    let discount = exp(-settings.rate * time)
                    let intrinsic = discount * max(quote.type.sign * (forward - quote.strike), 0)
                    let upper = discount * (quote.type == .call ? forward : quote.strike)
                    #expect(
                        quote.mid >= intrinsic - 1e-9 && quote.mid <= upper,
                        "\(key) \(quote.strike) bounds: \(intrinsic) ≤ \(quote.mid) ≤ \(upper)")
                    if index > 0 {
                        let previous = quotes[index - 1]
                        if quote.type == .call {
                            #expect(
                                quote.doubleMidTicks <= previous.doubleMidTicks,
                                "\(key) call mid rises at \(quote.strike)")
                        } else {
                            #expect(
                                quote.doubleMidTicks >= previous.doubleMidTicks,
                                "\(key) put mid falls at \(quote.strike)")
                        }
                    }
                    if quote.volume == 0, let last = quote.last {
                        stale += 1
                        #expect(
                            Int((last * 40).rounded()) != quote.doubleMidTicks,
                            "\(key) \(quote.strike) stale last equals mid")
                    }
                    if quote.bid == 0 { zeroBids += 1 }
                }
            }
        }
        #expect(rowCount > 0)
        #expect(stale > 0 && stale < rowCount / 10)
        #expect(zeroBids > 0 && zeroBids < rowCount / 4)
    }

    @Test func strikesCoverTheBandAndSomeAreMissing() throws {
        let data = try GeneratedDataSet(testSettings(from: "2024-06-03", to: "2024-06-07"))
        defer { data.remove() }
        var missing = 0
        for day in ["2024-06-03", "2024-06-04", "2024-06-05", "2024-06-06", "2024-06-07"] {
            let rows = try data.rows("chain/\(day).csv").map(SyntheticChainTests.parse)
            let open = try #require(Double(data.rows("bars_1d.csv").first { $0[0].hasPrefix(day) }?[1] ?? ""))
            let low = (open * 0.9 / 50).rounded(.up) * 50
            let high = (open * 1.1 / 50).rounded(.down) * 50
            let expected = Int((high - low) / 50) + 1
            for (_, group) in Dictionary(grouping: rows, by: \.expiry) {
                let strikes = Set(group.map(\.strike))
                #expect(strikes.min()! >= low && strikes.max()! <= high)
                #expect(strikes.count <= expected && strikes.count >= expected - 8)
                missing += expected - strikes.count
            }
        }
        #expect(missing > 0)
    }

    @Test func intradaySnapshotsFollowTheChainInterval() throws {
        var settings = testSettings(from: "2024-06-03", to: "2024-06-03", timeframe: .fiveMinutes)
        settings.chainEveryMinutes = 60
        let data = try GeneratedDataSet(settings)
        defer { data.remove() }
        let rows = try data.rows("chain/2024-06-03.csv")
        let times = Set(rows.map { String($0[0].dropFirst(11).prefix(5)) })
        #expect(times == ["10:15", "11:15", "12:15", "13:15", "14:15", "15:15", "15:30"])
        // Rows run in time order, then expiry, strike and type (CE before PE).
        let keys = rows.map { ($0[0], $0[1], Double($0[2])!, $0[3]) }
        for (previous, next) in zip(keys, keys.dropFirst()) {
            #expect(
                previous.0 < next.0
                    || (previous.0 == next.0
                        && (previous.1 < next.1
                            || (previous.1 == next.1
                                && (previous.2 < next.2 || (previous.2 == next.2 && previous.3 < next.3))))),
                "\(previous) then \(next)")
        }
    }

    @Test func lotsAndLiquidityShowInOpenInterest() throws {
        // On 2024-12-23 the 2024-12-26 contracts carry 25, the 2025-01-02 weekly 75.
        let data = try GeneratedDataSet(testSettings(from: "2024-12-23", to: "2024-12-23"))
        defer { data.remove() }
        let rows = try data.rows("chain/2024-12-23.csv")
        let december = rows.filter { $0[1] == "2024-12-26" }.compactMap { Int($0[8]) }
        let january = rows.filter { $0[1] == "2025-01-02" }.compactMap { Int($0[8]) }
        #expect(!december.isEmpty && december.allSatisfy { $0 % 25 == 0 } && december.contains { $0 % 75 != 0 })
        #expect(!january.isEmpty && january.allSatisfy { $0 % 75 == 0 })
    }

    func isOnTick(_ price: Double) -> Bool {
        abs(price * 20 - (price * 20).rounded()) < 1e-6
    }
}
