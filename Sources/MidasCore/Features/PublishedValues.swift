/// Availability of daily series (DESIGN.md "Availability"): for each bar, the row of a daily
/// series that is published by the bar's time.
///
/// A row of day `r` is in force at a bar of day `d` when `r ≤ d` if the series' same-day value
/// is known at the bar (VIX and USDINR on daily bars, stamped at the 15:30 close), else when
/// `r < d` (FII flows always: they are known after the close; every daily value on intraday
/// bars). A row older than `maxStalenessDays` calendar days is no longer in force.
enum PublishedValues {
    /// The longest gap, in calendar days, over which a daily value stays in force.
    static let maxStalenessDays = 7

    /// Per bar, the index of the row in force, or −1 when none is.
    static func rowInForce(barDays: [Day], rowDays: [Day], sameDayKnown: Bool) -> [Int] {
        var result = [Int](repeating: -1, count: barDays.count)
        var next = 0
        for (bar, day) in barDays.enumerated() {
            while next < rowDays.count, sameDayKnown ? rowDays[next] <= day : rowDays[next] < day {
                next += 1
            }
            let row = next - 1
            if row >= 0, rowDays[row].days(to: day) <= maxStalenessDays { result[bar] = row }
        }
        return result
    }
}
