/// Calendar-month returns of an equity curve: each month's last equity against the previous month's last
/// (the first month against the starting capital), and each year's return compounded from its months.
struct MonthlyReturns: Equatable {
    /// One calendar year's row.
    struct Year: Equatable {
        /// The year, e.g. 2024.
        var year: Int
        /// Returns of January…December; NaN for a month without bars.
        var months: [Double]
        /// The year's return: its last equity against the previous year's last (or the starting capital).
        var total: Double
    }

    /// The years in order.
    var years: [Year]

    /// The returns of the curve `equity` at `timestamps` (ISO text starting `YYYY-MM`, IST dates), starting
    /// from `capital`.
    init(timestamps: [String], equity: [Double], capital: Double) {
        var years: [Year] = []
        var monthStart = capital
        var yearStart = capital
        for index in equity.indices {
            let month = timestamps[index].prefix(7)
            guard month.count == 7, let year = Int(month.prefix(4)), let number = Int(month.suffix(2)),
                (1...12).contains(number)
            else { continue }
            if years.last?.year != year {
                years.append(Year(year: year, months: Array(repeating: .nan, count: 12), total: .nan))
            }
            let next = index + 1 < timestamps.count ? timestamps[index + 1] : ""
            guard next.prefix(7) != month else { continue }
            years[years.count - 1].months[number - 1] = equity[index] / monthStart - 1
            years[years.count - 1].total = equity[index] / yearStart - 1
            monthStart = equity[index]
            if next.prefix(4) != month.prefix(4) { yearStart = equity[index] }
        }
        self.years = years
    }
}
