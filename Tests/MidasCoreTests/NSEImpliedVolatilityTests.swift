import Foundation
import Testing

@testable import MidasCore

/// NSE's published implied volatilities reproduced from its own snapshots, under NSE's
/// convention: Black–Scholes on spot S = underlyingValue, r = 10%, no dividend, T from the
/// snapshot time to 15:30 IST on expiry in calendar days / 365, price = last traded price.
@Suite struct NSEImpliedVolatilityTests {
    struct Leg {
        var expiry: Day
        var strike: Double
        var type: OptionType
        var last: Double
        var publishedIV: Double
    }

    struct Snapshot {
        var at: Timestamp
        var spot: Double
        var legs: [Leg]
    }

    /// Parses NSE's `dd-MMM-yyyy` dates.
    static func day(_ text: String) throws -> Day {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = text.split(separator: "-")
        let month = try #require(months.firstIndex(of: String(parts[1])))
        return try #require(Day(year: Int(parts[2])!, month: month + 1, day: Int(parts[0])!))
    }

    static func load(_ name: String) throws -> Snapshot {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let records = try #require(root["records"] as? [String: Any])
        let stamp = try #require(records["timestamp"] as? String)  // "24-Mar-2022 15:30:00"
        let dateAndTime = stamp.split(separator: " ")
        let clock = dateAndTime[1].split(separator: ":").map { Int($0)! }
        let at = Timestamp(day: try day(String(dateAndTime[0])), hour: clock[0], minute: clock[1], second: clock[2])
        let spot = try #require(records["underlyingValue"] as? Double)
        var legs: [Leg] = []
        for row in try #require(records["data"] as? [[String: Any]]) {
            for (key, type) in [("CE", OptionType.call), ("PE", .put)] {
                guard let leg = row[key] as? [String: Any],
                    let iv = (leg["impliedVolatility"] as? NSNumber)?.doubleValue, iv > 0,
                    let last = (leg["lastPrice"] as? NSNumber)?.doubleValue,
                    let strike = (leg["strikePrice"] as? NSNumber)?.doubleValue,
                    let expiry = leg["expiryDate"] as? String
                else { continue }
                legs.append(Leg(expiry: try day(expiry), strike: strike, type: type, last: last, publishedIV: iv))
            }
        }
        return Snapshot(at: at, spot: spot, legs: legs)
    }

    /// The absolute difference in vol points between our IV and NSE's, per leg (∞ when unsolved).
    /// Legs of the expiry the snapshot is taken on (T = 0 at 15:30) have no time value left and
    /// no implied volatility (status `expired`): NSE's figure for them is left over from earlier
    /// in the day, so they are not compared.
    static func differences(_ snapshot: Snapshot) -> [(leg: Leg, difference: Double)] {
        snapshot.legs.compactMap { leg in
            let time = TimeToExpiry.years(from: snapshot.at, expiry: leg.expiry)
            guard time > 0 else { return nil }
            let forward = Black76.forward(spot: snapshot.spot, rate: 0.1, dividendYield: 0, time: time)
            let result = ImpliedVolatility.solve(
                price: leg.last, forward: forward, strike: leg.strike, time: time, discount: exp(-0.1 * time),
                type: leg.type)
            let difference = result.status == .ok ? abs(100 * result.vol - leg.publishedIV) : .infinity
            return (leg, difference)
        }
    }

    static func report(_ name: String, _ diffs: [(leg: Leg, difference: Double)], threshold: Double) -> Double {
        let share = Double(diffs.filter { $0.difference <= threshold }.count) / Double(diffs.count)
        let worst = diffs.sorted { $0.difference > $1.difference }.prefix(3)
        print("\(name): \(diffs.count) legs, share within \(threshold): \(share)")
        for (leg, difference) in worst {
            print(
                "  worst \(leg.expiry) \(leg.strike) \(leg.type) last=\(leg.last) NSE=\(leg.publishedIV) Δ=\(difference)"
            )
        }
        return share
    }

    @Test func reproduces2022SnapshotWithinOneHundredthOfAVolPoint() throws {
        let snapshot = try Self.load("nse_option_chain_2022-03-24")
        #expect(snapshot.spot == 17_222.75)
        #expect(snapshot.at == Timestamp(day: Day(year: 2022, month: 3, day: 24)!, hour: 15, minute: 30))
        let diffs = Self.differences(snapshot)
        #expect(diffs.count == 678)  // 808 legs with a positive IV, 130 of them expiring at the snapshot
        #expect(Self.report("2022-03-24", diffs, threshold: 0.01) >= 0.99)
    }

    @Test func reproduces2025SnapshotWithinFiveHundredthsOfAVolPoint() throws {
        let snapshot = try Self.load("nse_option_chain_2025-07-17")
        #expect(snapshot.spot == 25_111.45)
        let diffs = Self.differences(snapshot)
        #expect(diffs.count == 664)  // 799 legs with a positive IV, 135 of them expiring at the snapshot
        #expect(Self.report("2025-07-17", diffs, threshold: 0.05) >= 0.8)
    }
}
